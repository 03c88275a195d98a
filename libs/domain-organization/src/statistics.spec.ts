import { PartyOrgFact, existsOn, partyOrgFigures } from './statistics';

const org = (over: Partial<PartyOrgFact>): PartyOrgFact => ({ path: '/c/p/b', kind: 'branch', form: 'independent', foundedOn: '2020-05-01', revokedOn: null, ...over });

describe('partyOrgFigures', () => {
  it('should count the branches in existence on the date by form, and general branches apart', () => {
    const figures = partyOrgFigures(
      [org({}), org({ form: 'joint' }), org({ form: 'hosted' }), org({ form: null }), org({ kind: 'general-branch', form: null }), org({ kind: 'party-committee', form: null }), org({ kind: 'party-group', form: null }), org({ foundedOn: '2027-01-01' }), org({ revokedOn: '2025-03-01' })],
      '2026-06-30',
    );
    expect(figures).toMatchObject({ branches: 4, independent: 1, joint: 1, hosted: 1, formUnknown: 1, generalBranches: 1, partyCommittees: 1, partyGroups: 1 });
  });

  it('should count what was formed and revoked from 1 January of the date’s year up to the date (上饶: 8 new, 3 revoked)', () => {
    const formed = Array.from({ length: 8 }, (_, i) => org({ foundedOn: `2026-0${i + 1}-15` }));
    const revoked = Array.from({ length: 3 }, (_, i) => org({ foundedOn: '2019-01-01', revokedOn: `2026-0${i + 2}-01` }));
    const later = org({ foundedOn: '2026-12-01' });
    const lastYear = org({ foundedOn: '2025-12-31', revokedOn: '2025-12-31' });
    expect(partyOrgFigures([...formed, ...revoked, later, lastYear], '2026-11-29')).toMatchObject({ formedThisYear: 8, revokedThisYear: 3, branches: 8 });
  });

  it('should treat the revocation day as the first day without the org', () => {
    expect(existsOn({ foundedOn: '2020-01-01', revokedOn: '2026-03-01' }, '2026-02-28')).toBe(true);
    expect(existsOn({ foundedOn: '2020-01-01', revokedOn: '2026-03-01' }, '2026-03-01')).toBe(false);
  });
});
