// Enterprise requests (企业诉求): raised on a visit or by the enterprise's liaison, tracked to closure (销号).

export const REQUEST_CATEGORIES = ['financing', 'hiring', 'land', 'safety', 'policy', 'other'] as const;
export type RequestCategory = (typeof REQUEST_CATEGORIES)[number];
export const REQUEST_CATEGORY_LABELS: Record<RequestCategory, string> = {
  financing: '融资 / financing',
  hiring: '用工 / hiring',
  land: '用地 / land',
  safety: '安全生产 / safety',
  policy: '政策咨询 / policy',
  other: '其他 / other',
};

/** Days to close a request of each category, counted from acceptance; policy may set its own. */
export type RequestSlaDays = Record<RequestCategory, number>;
export const DEFAULT_REQUEST_SLA_DAYS: RequestSlaDays = { financing: 30, hiring: 15, land: 60, safety: 7, policy: 10, other: 30 };

export const REQUEST_STATUSES = ['accepted', 'in-progress', 'closed', 'rejected'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  accepted: '已受理 / accepted',
  'in-progress': '办理中 / in progress',
  closed: '已销号 / closed',
  rejected: '不予办理 / rejected',
};

const NEXT: Record<RequestStatus, readonly RequestStatus[]> = {
  accepted: ['in-progress', 'closed', 'rejected'],
  'in-progress': ['closed', 'rejected'],
  closed: [],
  rejected: [],
};

/**
 * Why a request may not move to a status, or null: accepted → in progress → closed (with the
 * resolution) or rejected (with the reason); a closed or rejected request stays so.
 */
export function requestTransitionProblem(from: RequestStatus, to: RequestStatus, input: { resolution?: string | null; reason?: string | null }): { field: string; message: string } | null {
  if (!NEXT[from].includes(to)) {
    return { field: 'status', message: `诉求“${REQUEST_STATUS_LABELS[from]}”不能改为“${REQUEST_STATUS_LABELS[to]}” / a request ${from} cannot become ${to}` };
  }
  if (to === 'closed' && !input.resolution?.trim()) return { field: 'resolution', message: '销号须填写办理结果 / closing a request needs its resolution' };
  if (to === 'rejected' && !input.reason?.trim()) return { field: 'reason', message: '不予办理须说明理由 / rejecting a request needs a reason' };
  return null;
}

/** The day `days` after `day`, `YYYY-MM-DD`. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const SLA_STATES = ['on-time', 'due-soon', 'overdue', 'done'] as const;
export type SlaState = (typeof SLA_STATES)[number];

/**
 * Where an open request stands against its due day (the console's colours): overdue after it, due soon
 * in its last fifth (at least the last 2 days), on time before; a finished request is done.
 */
export function slaState(request: { status: RequestStatus; acceptedOn: string; dueOn: string }, today: string): SlaState {
  if (request.status === 'closed' || request.status === 'rejected') return 'done';
  if (today > request.dueOn) return 'overdue';
  const total = daysBetween(request.acceptedOn, request.dueOn);
  const left = daysBetween(today, request.dueOn);
  return left <= Math.max(2, Math.floor(total / 5)) ? 'due-soon' : 'on-time';
}

/**
 * How far an open request is escalated: 0 until its due day has passed, 1 (to the park) once it has,
 * 2 (to the county) once it is late by its whole time limit again.
 */
export function escalationLevel(request: { status: RequestStatus; acceptedOn: string; dueOn: string }, today: string): 0 | 1 | 2 {
  if (slaState(request, today) !== 'overdue') return 0;
  const limit = Math.max(1, daysBetween(request.acceptedOn, request.dueOn));
  return daysBetween(request.dueOn, today) > limit ? 2 : 1;
}

export function requestSlaDaysProblems(value: unknown): { field: string; message: string }[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ field: 'requestSlaDays', message: '应为各类诉求的办理时限（天）/ expected days per request category' }];
  }
  const problems: { field: string; message: string }[] = [];
  for (const [key, days] of Object.entries(value)) {
    if (!(REQUEST_CATEGORIES as readonly string[]).includes(key)) problems.push({ field: `requestSlaDays.${key}`, message: '没有这类诉求 / no such category' });
    else if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > 365) problems.push({ field: `requestSlaDays.${key}`, message: '应为 1–365 的整数 / expected an integer from 1 to 365' });
  }
  for (const key of REQUEST_CATEGORIES) if (!(key in value)) problems.push({ field: `requestSlaDays.${key}`, message: '缺少该类诉求的时限 / missing this category' });
  return problems;
}
