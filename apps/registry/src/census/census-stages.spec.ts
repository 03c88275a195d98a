import { CENSUS_STAGES, ENTERPRISE_STATUSES } from '@dangjian/contracts';
import { STAGES, statusChangeAllowed } from '@dangjian/domain-registry';

// The wire contract and the pure rules name the same stages and statuses (domain libs may not import contracts).
describe('census stages and enterprise statuses', () => {
  it('should be the same five checks, in the same order, in the contract and in the rules', () => {
    expect([...CENSUS_STAGES]).toEqual([...STAGES]);
  });

  it('should give every contract status a place in the lifecycle rules', () => {
    for (const from of ENTERPRISE_STATUSES) {
      for (const to of ENTERPRISE_STATUSES) expect(typeof statusChangeAllowed(from, to)).toBe('boolean');
    }
    expect(statusChangeAllowed('operating', 'abnormal')).toBe(true);
  });
});
