// Member development (双找双培): applicant → activist → development target → probationary → formal, each
// step dated, with the minimum durations of the national rules (policy may set its own). Durations count in
// calendar months, not days: an activist named on 31 January 2025 may become a target on 31 January 2026 at the
// earliest, and one named on 29 February 2024 on 28 February 2025. Pure rules.

export const DEVELOPMENT_STAGES = ['applicant', 'activist', 'target', 'probationary', 'formal'] as const;
export type DevelopmentStage = (typeof DEVELOPMENT_STAGES)[number];

export const DEVELOPMENT_STAGE_LABELS: Record<DevelopmentStage, string> = {
  applicant: '入党申请人',
  activist: '入党积极分子',
  target: '发展对象',
  probationary: '预备党员',
  formal: '正式党员',
};

export interface DevelopmentMinimums {
  /** Months as an activist before becoming a development target (national rule: 12). */
  activistMonths: number;
  /** Months of probation before becoming formal (national rule: 12). */
  probationMonths: number;
  /** Months a probation may be extended by, at most (national rule: 12). */
  maxExtensionMonths: number;
}

export const NATIONAL_DEVELOPMENT_MINIMUMS: DevelopmentMinimums = { activistMonths: 12, probationMonths: 12, maxExtensionMonths: 12 };

export interface DevelopmentStep {
  stage: DevelopmentStage;
  /** `YYYY-MM-DD` */
  on: string;
}

/** `YYYY-MM-DD` plus n calendar months; a day the month lacks becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addCalendarMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export type DevelopmentProblem =
  | { code: 'out-of-order'; message: string }
  | { code: 'before-previous'; message: string }
  | { code: 'in-future'; message: string }
  | { code: 'too-early'; message: string; earliest: string }
  | { code: 'extension-too-long'; message: string };

/**
 * Why `next` cannot follow the steps so far (oldest first), or null when it may. `extensionMonths` is the
 * probation's extension the branch decided (0 when none), which moves the earliest formal date.
 */
export function developmentStepProblem(
  steps: readonly DevelopmentStep[],
  next: DevelopmentStep,
  today: string,
  minimums: DevelopmentMinimums = NATIONAL_DEVELOPMENT_MINIMUMS,
  extensionMonths = 0,
): DevelopmentProblem | null {
  const last = steps[steps.length - 1];
  const expected = last ? DEVELOPMENT_STAGES[DEVELOPMENT_STAGES.indexOf(last.stage) + 1] : 'applicant';
  if (next.stage !== expected) {
    const label = expected ? DEVELOPMENT_STAGE_LABELS[expected] : '（已是正式党员）';
    return { code: 'out-of-order', message: `下一步应为${label} / the next step must be ${expected ?? 'none: already formal'}` };
  }
  if (next.on > today) return { code: 'in-future', message: '日期不能晚于今天 / the date cannot be in the future' };
  if (last && next.on < last.on) return { code: 'before-previous', message: `日期不能早于上一步（${last.on}）/ the date cannot precede the previous step` };
  if (extensionMonths > minimums.maxExtensionMonths) {
    return { code: 'extension-too-long', message: `预备期最多延长 ${minimums.maxExtensionMonths} 个月 / probation may be extended by ${minimums.maxExtensionMonths} months at most` };
  }
  const wait =
    next.stage === 'target' ? minimums.activistMonths : next.stage === 'formal' ? minimums.probationMonths + Math.max(0, extensionMonths) : 0;
  if (last && wait > 0) {
    const earliest = addCalendarMonths(last.on, wait);
    if (next.on < earliest) {
      return {
        code: 'too-early',
        earliest,
        message: `${DEVELOPMENT_STAGE_LABELS[last.stage]}须满 ${wait} 个月，最早 ${earliest} / ${wait} months as ${last.stage} are required, ${earliest} at the earliest`,
      };
    }
  }
  return null;
}

/** The first day a probationary member may become formal: the probation, plus any extension, from the vote. */
export function probationEndsOn(votedOn: string, extensionMonths = 0, minimums: DevelopmentMinimums = NATIONAL_DEVELOPMENT_MINIMUMS): string {
  return addCalendarMonths(votedOn, minimums.probationMonths + extensionMonths);
}

/** Days before a probation ends from which the branch is reminded to prepare the vote on full membership. */
export const PROBATION_REMINDER_DAYS = 30;

/** Whether a probation ends within the reminder window after `today` (today included, the end day included). */
export function probationEndingSoon(votedOn: string, today: string, extensionMonths = 0, minimums: DevelopmentMinimums = NATIONAL_DEVELOPMENT_MINIMUMS): boolean {
  const end = Date.parse(`${probationEndsOn(votedOn, extensionMonths, minimums)}T00:00:00Z`);
  const now = Date.parse(`${today}T00:00:00Z`);
  return end >= now && end - now <= PROBATION_REMINDER_DAYS * 86_400_000;
}
