import { kindAllowedUnder } from './org-unit.rules';

describe('kindAllowedUnder', () => {
  it('should allow only a county at the root', () => {
    expect(kindAllowedUnder('county', null)).toBe(true);
    expect(kindAllowedUnder('park', null)).toBe(false);
  });

  it('should put parks and townships under the county, general branches under them, branches under any of those', () => {
    expect(kindAllowedUnder('park', 'county')).toBe(true);
    expect(kindAllowedUnder('township', 'county')).toBe(true);
    expect(kindAllowedUnder('general-branch', 'park')).toBe(true);
    expect(kindAllowedUnder('branch', 'general-branch')).toBe(true);
    expect(kindAllowedUnder('branch', 'township')).toBe(true);
  });

  it('should refuse a branch directly under the county and a park under a park', () => {
    expect(kindAllowedUnder('branch', 'county')).toBe(false);
    expect(kindAllowedUnder('park', 'park')).toBe(false);
    expect(kindAllowedUnder('general-branch', 'branch')).toBe(false);
  });

  it('should put a party committee under a park or township, general branches and branches under it, and party groups only under a branch', () => {
    expect(kindAllowedUnder('party-committee', 'park')).toBe(true);
    expect(kindAllowedUnder('party-committee', 'county')).toBe(false);
    expect(kindAllowedUnder('general-branch', 'party-committee')).toBe(true);
    expect(kindAllowedUnder('branch', 'party-committee')).toBe(true);
    expect(kindAllowedUnder('party-group', 'branch')).toBe(true);
    expect(kindAllowedUnder('party-group', 'general-branch')).toBe(false);
    expect(kindAllowedUnder('branch', 'party-group')).toBe(false);
  });
});
