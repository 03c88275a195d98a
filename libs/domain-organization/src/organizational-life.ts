// Organizational life (组织生活) against its cadence: each kind of meeting is due once per period of the
// calendar year (12 a year: every month; 4: every quarter; 2: every half year; 1: every year). A period that
// ended without a meeting of that kind is missed; the org is overdue from the first day after the earliest
// missed period it has not made up. The current period is never overdue before it ends. Pure rules.
import { MeetingCadence } from './policy';

export const MEETING_KINDS = ['general-meeting', 'committee-meeting', 'group-meeting', 'party-lecture', 'theme-day', 'life-meeting', 'member-review'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  'general-meeting': '支部党员大会',
  'committee-meeting': '支部委员会',
  'group-meeting': '党小组会',
  'party-lecture': '党课',
  'theme-day': '主题党日',
  'life-meeting': '组织生活会',
  'member-review': '民主评议党员',
};

/** Meetings a year of each kind: the policy's 三会一课 cadence, a theme day a month, the life meeting and the review yearly. */
export function meetingsPerYear(cadence: MeetingCadence): Record<MeetingKind, number> {
  return {
    'general-meeting': cadence.generalMeetingsPerYear,
    'committee-meeting': cadence.committeeMeetingsPerYear,
    'group-meeting': cadence.groupMeetingsPerYear,
    'party-lecture': cadence.partyLecturesPerYear,
    'theme-day': 12,
    'life-meeting': 1,
    'member-review': 1,
  };
}

export interface Period {
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, `YYYY-MM-DD`. */
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period of a cadence that holds `date`; the cadence must divide 12 (1, 2, 3, 4, 6 or 12 a year). */
export function periodOf(date: string, perYear: number): Period {
  if (![1, 2, 3, 4, 6, 12].includes(perYear)) throw new RangeError(`a cadence of ${perYear} a year does not divide the year into whole months`);
  const [y, m] = date.split('-').map(Number);
  const months = 12 / perYear;
  const first = Math.floor((m - 1) / months) * months + 1;
  const last = first + months - 1;
  return { from: `${y}-${pad(first)}-01`, to: `${y}-${pad(last)}-${pad(lastDayOf(y, last))}` };
}

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface ComplianceStanding {
  kind: MeetingKind;
  perYear: number;
  lastHeld: string | null;
  /** Ended periods since `since` with no meeting of the kind, oldest first. */
  missed: Period[];
  /** The day after the earliest missed period, or null when none is missed. */
  overdueSince: string | null;
}

/**
 * Each kind's standing on `today` for an org with meetings on `held` dates, counting periods from `since` (the
 * org's founding, or the start of the year asked about) — a kind with no cadence (0 a year) is never overdue.
 */
export function complianceOf(kind: MeetingKind, perYear: number, held: readonly string[], since: string, today: string): ComplianceStanding {
  const dates = [...held].filter((d) => d >= since && d <= today).sort();
  const lastHeld = dates[dates.length - 1] ?? null;
  const missed: Period[] = [];
  if (perYear > 0) {
    for (let period = periodOf(since, perYear); period.to < today; period = periodOf(dayAfter(period.to), perYear)) {
      if (!dates.some((d) => d >= period.from && d <= period.to)) missed.push(period);
    }
  }
  return { kind, perYear, lastHeld, missed, overdueSince: missed.length ? dayAfter(missed[0].to) : null };
}
