import { NATIONAL_DEFAULTS, PolicyVersion, effectivePolicy, placeVersion, settingsProblems, targetDue } from './policy';

const version = (orgPath: string, effectiveFrom: string, settings: PolicyVersion['settings'], effectiveUntil?: string): PolicyVersion => ({
  id: `${orgPath}@${effectiveFrom}`,
  orgPath,
  effectiveFrom,
  effectiveUntil,
  settings,
});

describe('effectivePolicy', () => {
  const county = '/huaining';
  const park = '/huaining/econ-zone';
  const versions = new Map([
    [county, [version(county, '2020-01-01', { jointBranchMaxEnterprises: 13, coverageTargets: [{ by: '2020-12-31', organization: 90, work: 95 }] }, '2022-01-01'), version(county, '2022-01-01', { jointBranchMaxEnterprises: 15 })]],
    [park, [version(park, '2021-06-01', { jointBranchMaxEnterprises: 5, instructorVisitsPerMonth: 2 })]],
  ]);

  it('should give the national defaults where no jurisdiction sets anything, saying so', () => {
    const policy = effectivePolicy('/elsewhere/park', '2021-01-01', versions);
    expect(policy.settings).toEqual(NATIONAL_DEFAULTS);
    expect(Object.values(policy.sources).every((s) => s.kind === 'default')).toBe(true);
  });

  it('should let a park override single settings and inherit the rest, naming where each value comes from', () => {
    const policy = effectivePolicy(park, '2021-07-01', versions);
    expect(policy.settings).toMatchObject({ jointBranchMaxEnterprises: 5, instructorVisitsPerMonth: 2, independentBranchMinFormalMembers: 3 });
    expect(policy.settings.coverageTargets).toEqual([{ by: '2020-12-31', organization: 90, work: 95 }]);
    expect(policy.sources.jointBranchMaxEnterprises).toEqual({ kind: 'jurisdiction', orgPath: park, versionId: `${park}@2021-06-01`, effectiveFrom: '2021-06-01' });
    expect(policy.sources.coverageTargets).toMatchObject({ kind: 'jurisdiction', orgPath: county });
    expect(policy.sources.independentBranchMinFormalMembers).toEqual({ kind: 'default' });
  });

  it('should answer for any date with the versions in force then', () => {
    expect(effectivePolicy(park, '2021-05-31', versions).settings.jointBranchMaxEnterprises).toBe(13);
    expect(effectivePolicy(county, '2022-01-01', versions).settings).toMatchObject({ jointBranchMaxEnterprises: 15, coverageTargets: [] });
    expect(effectivePolicy(county, '2019-12-31', versions).settings.jointBranchMaxEnterprises).toBe(5);
  });

  it('should not let a caller change the defaults through the answer', () => {
    effectivePolicy('/x', '2021-01-01', versions).settings.meetingCadence.committeeMeetingsPerYear = 99;
    expect(NATIONAL_DEFAULTS.meetingCadence.committeeMeetingsPerYear).toBe(12);
  });
});

describe('settingsProblems', () => {
  it('should accept sensible settings', () => {
    expect(settingsProblems({ jointBranchMaxEnterprises: 13, coverageTargets: [{ by: '2021-12-31', organization: 100, work: 100 }], employeeRuleBy: '2022-12-31' })).toEqual([]);
  });

  it('should name each field that is negative, not whole, or unknown', () => {
    const problems = settingsProblems({ jointBranchMaxEnterprises: -1, instructorVisitsPerMonth: 1.5, colour: 'red' }).map((p) => p.field);
    expect(problems.sort()).toEqual(['colour', 'instructorVisitsPerMonth', 'jointBranchMaxEnterprises']);
  });

  it('should check request time limits and the leaders’ contact rule field by field', () => {
    expect(settingsProblems({ requestSlaDays: { financing: 20, hiring: 10, land: 90, safety: 3, policy: 5, other: 15 }, leaderRule: { enterprisesPerCountyLeader: 1, orgsPerCommitteeMember: 7 } })).toEqual([]);
    const fields = settingsProblems({ requestSlaDays: { financing: 0, hiring: 10, land: 90, safety: 3, policy: 5, other: 15 }, leaderRule: { enterprisesPerCountyLeader: 0, orgsPerCommitteeMember: 7 } }).map((p) => p.field);
    expect(fields).toEqual(['requestSlaDays.financing', 'leaderRule.enterprisesPerCountyLeader']);
  });

  it('should refuse a maximum below the minimum, also against an inherited minimum', () => {
    expect(settingsProblems({ jointBranchMinEnterprises: 4, jointBranchMaxEnterprises: 3 })).toEqual([
      { field: 'jointBranchMaxEnterprises', message: expect.stringContaining('the maximum (3) is below the minimum (4)') },
    ]);
    expect(settingsProblems({ jointBranchMinEnterprises: 6 }, { ...NATIONAL_DEFAULTS, jointBranchMaxEnterprises: 5 })).toEqual([
      { field: 'jointBranchMinEnterprises', message: expect.stringContaining('the maximum (5) is below the minimum (6)') },
    ]);
  });

  it('should let development minimums ask more than the national rules, never less', () => {
    expect(settingsProblems({ developmentMinimums: { activistMonths: 18, probationMonths: 12, maxExtensionMonths: 6 } })).toEqual([]);
    const problems = settingsProblems({ developmentMinimums: { activistMonths: 6, probationMonths: 12, maxExtensionMonths: 24, trainingDays: 3 } }).map((p) => p.field);
    expect(problems.sort()).toEqual(['developmentMinimums.activistMonths', 'developmentMinimums.maxExtensionMonths', 'developmentMinimums.trainingDays']);
    expect(settingsProblems({ developmentMinimums: 12 }).map((p) => p.field)).toEqual(['developmentMinimums']);
  });

  it('should refuse fewer than three formal members for an independent branch, as the national rule requires', () => {
    expect(settingsProblems({ independentBranchMinFormalMembers: 2 }).map((p) => p.field)).toEqual(['independentBranchMinFormalMembers']);
  });

  it('should check each coverage target: a real date, rates 0–100, work at least organization, one target per date', () => {
    const problems = settingsProblems({
      coverageTargets: [
        { by: '2021-02-30', organization: 90, work: 95 },
        { by: '2021-12-31', organization: 101, work: 100 },
        { by: '2022-12-31', organization: 100, work: 90 },
        { by: '2022-12-31', organization: 90, work: 90 },
      ],
    });
    expect(problems.map((p) => p.field)).toEqual(['coverageTargets.0.by', 'coverageTargets.1.organization', 'coverageTargets.2.work', 'coverageTargets']);
  });

  it('should check every meeting count of a cadence and refuse unknown meetings', () => {
    const problems = settingsProblems({ meetingCadence: { generalMeetingsPerYear: 4, committeeMeetingsPerYear: -1, groupMeetingsPerYear: 12, partyLecturesPerYear: 2, dances: 1 } as never });
    expect(problems.map((p) => p.field)).toEqual(['meetingCadence.committeeMeetingsPerYear', 'meetingCadence.dances']);
    // A cadence that does not divide the year into whole months (5, 24 a year) cannot be checked for compliance.
    const uneven = settingsProblems({ meetingCadence: { generalMeetingsPerYear: 5, committeeMeetingsPerYear: 24, groupMeetingsPerYear: 12, partyLecturesPerYear: 6 } });
    expect(uneven.map((p) => p.field)).toEqual(['meetingCadence.generalMeetingsPerYear', 'meetingCadence.committeeMeetingsPerYear']);
  });
});

describe('placeVersion', () => {
  const existing = [version('/c', '2020-01-01', {}, '2021-01-01'), version('/c', '2021-01-01', {})];

  it('should end the open-ended latest version the day a later one starts', () => {
    expect(placeVersion(existing, { effectiveFrom: '2023-01-01' })).toEqual({ ok: true, close: { id: '/c@2021-01-01', effectiveUntil: '2023-01-01' } });
  });

  it('should refuse a version sharing a day with another, naming it', () => {
    expect(placeVersion(existing, { effectiveFrom: '2020-06-01', effectiveUntil: '2020-07-01' })).toEqual({ ok: false, overlapping: existing[0] });
    expect(placeVersion(existing, { effectiveFrom: '2021-01-01' })).toEqual({ ok: false, overlapping: existing[1] });
  });

  it('should fit a bounded version into a gap before the first', () => {
    expect(placeVersion(existing, { effectiveFrom: '2019-01-01', effectiveUntil: '2020-01-01' })).toEqual({ ok: true });
  });
});

describe('targetDue', () => {
  it('should give the next target on or after a date', () => {
    const settings = { coverageTargets: [{ by: '2021-12-31', organization: 100, work: 100 }, { by: '2020-12-31', organization: 90, work: 95 }] };
    expect(targetDue(settings, '2020-06-01')?.organization).toBe(90);
    expect(targetDue(settings, '2021-01-01')?.organization).toBe(100);
    expect(targetDue(settings, '2022-01-01')).toBeUndefined();
  });
});
