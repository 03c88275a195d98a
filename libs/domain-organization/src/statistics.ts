// The party-building statistics table upper levels ask for (党内统计): party organizations by form, as of a date,
// and those formed and revoked in the date's year. Pure; the service gathers the facts.

export interface PartyOrgFact {
  path: string;
  kind: string;
  form: 'independent' | 'joint' | 'hosted' | null;
  /** `YYYY-MM-DD` */
  foundedOn: string;
  revokedOn: string | null;
}

export interface PartyOrgFigures {
  /** Branches in existence on the date. */
  branches: number;
  independent: number;
  joint: number;
  hosted: number;
  /** Branches whose form is not recorded. */
  formUnknown: number;
  generalBranches: number;
  partyCommittees: number;
  partyGroups: number;
  /** Formed from 1 January of the date's year up to the date. */
  formedThisYear: number;
  /** Revoked in the same span. */
  revokedThisYear: number;
}

export const EMPTY_PARTY_ORG_FIGURES: PartyOrgFigures = { branches: 0, independent: 0, joint: 0, hosted: 0, formUnknown: 0, generalBranches: 0, partyCommittees: 0, partyGroups: 0, formedThisYear: 0, revokedThisYear: 0 };

/** In existence on the date: founded by then and not revoked by then. */
export function existsOn(org: Pick<PartyOrgFact, 'foundedOn' | 'revokedOn'>, date: string): boolean {
  return org.foundedOn <= date && (org.revokedOn === null || org.revokedOn > date);
}

export function partyOrgFigures(orgs: readonly PartyOrgFact[], date: string): PartyOrgFigures {
  const yearStart = `${date.slice(0, 4)}-01-01`;
  const out = { ...EMPTY_PARTY_ORG_FIGURES };
  for (const org of orgs) {
    if (org.foundedOn >= yearStart && org.foundedOn <= date) out.formedThisYear++;
    if (org.revokedOn !== null && org.revokedOn >= yearStart && org.revokedOn <= date) out.revokedThisYear++;
    if (!existsOn(org, date)) continue;
    if (org.kind === 'general-branch' || org.kind === 'party-committee' || org.kind === 'party-group') {
      if (org.kind === 'general-branch') out.generalBranches++;
      else if (org.kind === 'party-committee') out.partyCommittees++;
      else out.partyGroups++;
      continue;
    }
    out.branches++;
    if (org.form === 'independent') out.independent++;
    else if (org.form === 'joint') out.joint++;
    else if (org.form === 'hosted') out.hosted++;
    else out.formUnknown++;
  }
  return out;
}
