import { CoverageInputs, counterDelta, coverageState, gapKeys, industrySection, rate, targetStandings } from './coverage';

const inputs = (over: Partial<CoverageInputs> = {}): CoverageInputs => ({
  jurisdictions: ['/huaining', '/huaining/econ-zone'],
  kind: 'enterprise',
  status: 'operating',
  industryCode: 'C3411',
  employees: 10,
  partyMembers: 1,
  admitted: true,
  attached: false,
  instructors: 0,
  employeeLine: 50,
  ...over,
});

describe('coverageState', () => {
  it('should count only the base: an enterprise the census never admitted is covered by nothing, even attached', () => {
    expect(coverageState(inputs({ admitted: false, attached: true, employees: 80, partyMembers: 0 }))).toMatchObject({ inBase: false, organization: false, work: false, large: false });
  });

  it('should take a deregistered enterprise out of the base', () => {
    expect(coverageState(inputs({ status: 'deregistered', attached: true })).inBase).toBe(false);
  });

  it('should count an attached enterprise in both coverages, and one with only an instructor in work coverage', () => {
    expect(coverageState(inputs({ attached: true }))).toMatchObject({ organization: true, work: true });
    expect(coverageState(inputs({ instructors: 1 }))).toMatchObject({ organization: false, work: true });
    expect(coverageState(inputs())).toMatchObject({ organization: false, work: false });
  });

  it('should apply the employee line of the policy in force', () => {
    expect(coverageState(inputs({ employees: 60 })).large).toBe(true);
    expect(coverageState(inputs({ employees: 60, employeeLine: 100 })).large).toBe(false);
  });

  it('should file an enterprise under its industry section, or - without a code', () => {
    expect(industrySection('C3411')).toBe('C');
    expect(industrySection(null)).toBe('-');
    expect(coverageState(inputs({ industryCode: undefined })).industry).toBe('-');
  });
});

describe('counterDelta', () => {
  it('should add an enterprise entering the base to every jurisdiction above it, under all, its kind and its industry', () => {
    const delta = counterDelta(null, coverageState(inputs()));
    expect([...delta.keys()]).toEqual(['/huaining', '/huaining/econ-zone']);
    expect(delta.get('/huaining')).toEqual({ 'dims.all.base': 1, 'dims.kind:enterprise.base': 1, 'dims.industry:C.base': 1 });
  });

  it('should change only what changed when a branch takes the enterprise', () => {
    const delta = counterDelta(coverageState(inputs()), coverageState(inputs({ attached: true })));
    expect(delta.get('/huaining/econ-zone')).toEqual({
      'dims.all.organization': 1, 'dims.kind:enterprise.organization': 1, 'dims.industry:C.organization': 1,
      'dims.all.work': 1, 'dims.kind:enterprise.work': 1, 'dims.industry:C.work': 1,
    });
  });

  it('should move the counts from the old park to the new one and leave the county alone when an enterprise moves', () => {
    const before = coverageState(inputs({ attached: true }));
    const after = coverageState(inputs({ attached: true, jurisdictions: ['/huaining', '/huaining/gaohe'] }));
    const delta = counterDelta(before, after);
    expect(delta.has('/huaining')).toBe(false);
    expect(delta.get('/huaining/econ-zone')?.['dims.all.base']).toBe(-1);
    expect(delta.get('/huaining/gaohe')?.['dims.all.organization']).toBe(1);
  });

  it('should be empty between equal states', () => {
    expect(counterDelta(coverageState(inputs()), coverageState(inputs())).size).toBe(0);
  });
});

describe('gapKeys', () => {
  it('should list a large enterprise without members and without org or instructor in all three gaps, per jurisdiction', () => {
    const keys = gapKeys(coverageState(inputs({ employees: 80, partyMembers: 0 })));
    expect(keys).toEqual([
      '/huaining|organization', '/huaining|work', '/huaining|large-without-members',
      '/huaining/econ-zone|organization', '/huaining/econ-zone|work', '/huaining/econ-zone|large-without-members',
    ]);
    expect(gapKeys(coverageState(inputs({ attached: true })))).toEqual([]);
  });
});

describe('rate and targets', () => {
  it('should give no rate for an empty base', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(2, 3)).toBe(66.7);
  });

  it('should tell each dated target met or missed, and whether its date has passed', () => {
    const figures = { base: 100, organization: 92, work: 97, large: 5, largeWithoutMembers: 1 };
    const targets = [{ by: '2021-12-31', organization: 100, work: 100 }, { by: '2020-12-31', organization: 90, work: 95 }];
    expect(targetStandings(targets, figures, '2021-06-30')).toEqual([
      { by: '2020-12-31', organization: 90, work: 95, organizationMet: true, workMet: true, due: true },
      { by: '2021-12-31', organization: 100, work: 100, organizationMet: false, workMet: false, due: false },
    ]);
  });
});
