import fc from 'fast-check';
import { STAGES, applyCheck, expectedStage } from './census-rules';

describe('census checks', () => {
  it('should admit a record to the base after all five checks pass in order', () => {
    let state = { passed: 0, outcome: 'pending' as const } as { passed: number; outcome: 'pending' | 'in-base' | 'excluded' };
    for (const stage of STAGES) {
      const result = applyCheck(state, stage, 'pass');
      if (!result.ok) throw new Error(result.problem);
      state = result.next;
    }
    expect(state).toEqual({ passed: 5, outcome: 'in-base' });
    expect(expectedStage(state)).toBeNull();
  });

  it('should refuse a check taken out of order and name the one expected', () => {
    expect(applyCheck({ passed: 1, outcome: 'pending' }, 'industry-filter', 'pass')).toEqual({
      ok: false,
      problem: 'out-of-order',
      expected: 'liaison-on-site',
    });
  });

  it('should stop a record at the check that excludes it', () => {
    const result = applyCheck({ passed: 3, outcome: 'pending' }, 'responsible-unit-summary', 'exclude');
    expect(result).toEqual({ ok: true, next: { passed: 3, outcome: 'excluded' } });
    expect(applyCheck({ passed: 3, outcome: 'excluded' }, 'org-dept-standard', 'pass')).toEqual({ ok: false, problem: 'finished' });
  });

  it('should accept checks only in order, whatever order they are attempted in', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STAGES), { maxLength: 15 }), (stages) => {
        let state = { passed: 0, outcome: 'pending' } as { passed: number; outcome: 'pending' | 'in-base' | 'excluded' };
        const accepted: string[] = [];
        for (const stage of stages) {
          const result = applyCheck(state, stage, 'pass');
          if (result.ok) {
            state = result.next;
            accepted.push(stage);
          }
        }
        return accepted.join() === STAGES.slice(0, accepted.length).join() && (state.outcome === 'in-base') === (accepted.length === 5);
      }),
    );
  });
});
