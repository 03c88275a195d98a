// The monthly "345" visit: three firsts, four clears, five roles, at least once a month per enterprise.

export const THREE_FIRSTS = ['know', 'report', 'coordinate'] as const;
export const FOUR_CLEARS = ['enterprise', 'members', 'business', 'hazards'] as const;
export const FIVE_ROLES = ['policy', 'safety-patrol', 'mediation', 'business-service', 'development-guidance'] as const;

/** Every item of the checklist, as `<group>.<item>`: `firsts.know`, `clears.hazards`, `roles.mediation`… */
export const CHECKLIST_ITEMS = [
  ...THREE_FIRSTS.map((i) => `firsts.${i}` as const),
  ...FOUR_CLEARS.map((i) => `clears.${i}` as const),
  ...FIVE_ROLES.map((i) => `roles.${i}` as const),
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export const CHECKLIST_LABELS: Record<ChecklistItem, string> = {
  'firsts.know': '第一时间知情 / first to know',
  'firsts.report': '第一时间报告 / first to report',
  'firsts.coordinate': '第一时间协调 / first to coordinate',
  'clears.enterprise': '企业基本情况清 / knows the enterprise',
  'clears.members': '党员职工情况清 / knows its members and staff',
  'clears.business': '生产经营情况清 / knows its business',
  'clears.hazards': '风险隐患情况清 / knows its hazards',
  'roles.policy': '政策宣传员 / policy explainer',
  'roles.safety-patrol': '安全巡查员 / safety patrol',
  'roles.mediation': '矛盾调解员 / mediator',
  'roles.business-service': '企业服务员 / business service',
  'roles.development-guidance': '发展指导员 / development guide',
};

export const CHECKLIST_GROUPS = [
  { key: 'firsts', label: '三个第一 / three firsts', items: THREE_FIRSTS.map((i) => `firsts.${i}` as ChecklistItem) },
  { key: 'clears', label: '四个清楚 / four clears', items: FOUR_CLEARS.map((i) => `clears.${i}` as ChecklistItem) },
  { key: 'roles', label: '五员角色 / five roles', items: FIVE_ROLES.map((i) => `roles.${i}` as ChecklistItem) },
] as const;

export interface FieldProblem {
  field: string;
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * What is wrong with a visit: the day must be a real date, not in the future, and within an
 * assignment of this instructor to this enterprise; the checklist names known items, at least one.
 */
export function visitProblems(
  visit: { visitedOn: string; checklist: readonly string[] },
  assignments: readonly { from: string; until: string | null }[],
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isCalendarDate(visit.visitedOn)) problems.push({ field: 'visitedOn', message: '不是有效日期 / not a calendar date' });
  else if (visit.visitedOn > today) problems.push({ field: 'visitedOn', message: '走访日期不能晚于今天 / a visit cannot be in the future' });
  else if (!assignments.some((a) => a.from <= visit.visitedOn && (a.until === null || visit.visitedOn < a.until))) {
    problems.push({ field: 'enterpriseId', message: '走访当日该企业不在本人联系范围内 / the enterprise was not assigned to this instructor on that day' });
  }
  const unknown = visit.checklist.filter((i) => !(CHECKLIST_ITEMS as readonly string[]).includes(i));
  if (unknown.length) problems.push({ field: 'checklist', message: `没有这些清单项：${unknown.join('、')} / unknown checklist items` });
  if (visit.checklist.length === 0) problems.push({ field: 'checklist', message: '至少勾选一项“三个第一、四个清楚、五员”内容 / tick at least one item of the 345 checklist' });
  return problems;
}

/** `YYYY-MM` of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** First day of a month and first day of the next, `YYYY-MM-DD`. */
export function monthSpan(month: string): { from: string; until: string } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, until: `${next}-01` };
}

/** Whether an assignment was in force on any day of a month (and so owes that month's visits). */
export function assignedDuring(assignment: { from: string; until: string | null }, month: string): boolean {
  const span = monthSpan(month);
  const start = assignment.from > span.from ? assignment.from : span.from;
  const end = assignment.until === null || assignment.until > span.until ? span.until : assignment.until;
  return start < end;
}

/** An assignment's visits in a month against the policy's frequency. */
export function visitStanding(visits: number, required: number): { visits: number; required: number; missing: number; done: boolean } {
  const missing = Math.max(0, required - visits);
  return { visits, required, missing, done: missing === 0 };
}
