// The five checks of the annual census (五个查), taken in order; a record that passes all five enters
// the party-building base (党建基数), a record excluded at any check leaves the campaign.

export const STAGES = [
  'township-preliminary',
  'liaison-on-site',
  'industry-filter',
  'responsible-unit-summary',
  'org-dept-standard',
] as const;
export type Stage = (typeof STAGES)[number];

export type Outcome = 'pending' | 'in-base' | 'excluded';

export interface CensusState {
  /** How many checks passed so far (0–5). */
  passed: number;
  outcome: Outcome;
}

export type CheckVerdict = 'pass' | 'exclude';

export type CheckResult =
  | { ok: true; next: CensusState }
  | { ok: false; problem: 'finished' | 'out-of-order'; expected?: Stage };

export function expectedStage(state: CensusState): Stage | null {
  return state.outcome === 'pending' ? STAGES[state.passed] : null;
}

export function applyCheck(state: CensusState, stage: Stage, verdict: CheckVerdict): CheckResult {
  const expected = expectedStage(state);
  if (!expected) return { ok: false, problem: 'finished' };
  if (stage !== expected) return { ok: false, problem: 'out-of-order', expected };
  if (verdict === 'exclude') return { ok: true, next: { passed: state.passed, outcome: 'excluded' } };
  const passed = state.passed + 1;
  return { ok: true, next: { passed, outcome: passed === STAGES.length ? 'in-base' : 'pending' } };
}
