// The yearly instructor review (指导员考核): a proposed score from the year's work, the park's final
// score, and recall (召回调整) of an instructor who fails.

export interface ReviewFacts {
  /** Visits the policy asked for in the year, over every assigned enterprise and month. */
  visitsDue: number;
  /** Of those, done in their month. */
  visitsDone: number;
  /** Requests raised in the instructor's enterprises during the year. */
  requests: number;
  /** Of those, closed (销号). */
  requestsClosed: number;
  /** Party organizations formed in assigned enterprises during the year. */
  orgsFormed: number;
  /** Liaisons' feedback, each 0–100; none when no liaison answered. */
  feedback: readonly number[];
}

export const REVIEW_WEIGHTS = { visits: 40, requests: 30, orgsFormed: 10, feedback: 20 } as const;
/** A final score below this fails the review; the instructor is then recalled and replaced. */
export const REVIEW_PASS_SCORE = 60;

export interface ProposedScore {
  visits: number;
  requests: number;
  orgsFormed: number;
  feedback: number;
  total: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Visits on time give up to 40, requests closed up to 30 (full marks when none were raised), each org
 * formed 5 up to 10, the liaisons' mean feedback up to 20 (full marks when none answered, so that an
 * instructor is not marked down for a silent liaison).
 */
export function proposedScore(facts: ReviewFacts): ProposedScore {
  const visits = facts.visitsDue === 0 ? REVIEW_WEIGHTS.visits : (REVIEW_WEIGHTS.visits * Math.min(facts.visitsDone, facts.visitsDue)) / facts.visitsDue;
  const requests = facts.requests === 0 ? REVIEW_WEIGHTS.requests : (REVIEW_WEIGHTS.requests * Math.min(facts.requestsClosed, facts.requests)) / facts.requests;
  const orgsFormed = Math.min(REVIEW_WEIGHTS.orgsFormed, facts.orgsFormed * 5);
  const mean = facts.feedback.length ? facts.feedback.reduce((a, b) => a + b, 0) / facts.feedback.length : 100;
  const feedback = (REVIEW_WEIGHTS.feedback * Math.max(0, Math.min(100, mean))) / 100;
  const parts = { visits: round1(visits), requests: round1(requests), orgsFormed: round1(orgsFormed), feedback: round1(feedback) };
  return { ...parts, total: round1(parts.visits + parts.requests + parts.orgsFormed + parts.feedback) };
}

export const REVIEW_RESULTS = ['excellent', 'pass', 'fail'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];
export const REVIEW_RESULT_LABELS: Record<ReviewResult, string> = { excellent: '优秀 / excellent', pass: '合格 / pass', fail: '不合格 / fail' };

export function reviewResult(finalScore: number): ReviewResult {
  return finalScore >= 90 ? 'excellent' : finalScore >= REVIEW_PASS_SCORE ? 'pass' : 'fail';
}
