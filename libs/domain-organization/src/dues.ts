// Party dues (党费), the national rules: the monthly amount from a member's category and after-tax monthly
// income, back-payment limits, and how long a member has gone without paying. Money is counted in fen
// (分, integers) so no rounding error creeps into the books. Pure rules; the service stores the books.

/** Who pays by income (employed, retired), and who pays a fixed small amount. */
export const DUES_CATEGORIES = ['employed', 'retired', 'farmer', 'student', 'unemployed', 'low-income'] as const;
export type DuesCategory = (typeof DUES_CATEGORIES)[number];

export const DUES_CATEGORY_LABELS: Record<DuesCategory, string> = {
  employed: '在职',
  retired: '离退休',
  farmer: '农民',
  student: '学生',
  unemployed: '下岗失业',
  'low-income': '生活困难',
};

/** A band of monthly income (in fen, up to and including `upTo`) and its rate in thousandths of the whole income. */
interface Band {
  upTo: number;
  permille: number;
}

const YUAN = 100;
const BANDS: Record<'employed' | 'retired', Band[]> = {
  employed: [
    { upTo: 3_000 * YUAN, permille: 5 },
    { upTo: 5_000 * YUAN, permille: 10 },
    { upTo: 10_000 * YUAN, permille: 15 },
    { upTo: Number.MAX_SAFE_INTEGER, permille: 20 },
  ],
  retired: [
    { upTo: 5_000 * YUAN, permille: 5 },
    { upTo: Number.MAX_SAFE_INTEGER, permille: 10 },
  ],
};

/** Students, the unemployed and members in hardship pay 0.2 元 a month; farmers 0.2 to 1 元. */
export const FIXED_DUES_FEN = { min: 20, farmerMax: 100 } as const;

/**
 * The monthly dues in fen. Employed and retired members pay a rate on the **whole** after-tax monthly income
 * (not a rate per band): 4,000 元 pays 1 % of 4,000 = 40 元. Fractions of a fen round half up. Farmers pay the
 * amount their branch set within 0.2–1 元 (`farmerFen`, 0.2 元 unless given); the others 0.2 元.
 */
export function monthlyDuesFen(category: DuesCategory, incomeFen: number, farmerFen: number = FIXED_DUES_FEN.min): number {
  if (!Number.isInteger(incomeFen) || incomeFen < 0) throw new RangeError('income must be a whole number of fen, not negative');
  if (category === 'employed' || category === 'retired') {
    const band = BANDS[category].find((b) => incomeFen <= b.upTo)!;
    return Math.round((incomeFen * band.permille) / 1000);
  }
  if (category === 'farmer') return Math.min(FIXED_DUES_FEN.farmerMax, Math.max(FIXED_DUES_FEN.min, farmerFen));
  return FIXED_DUES_FEN.min;
}

/** `YYYY-MM` months between two months, counting both ends is not wanted: `2026-01` → `2026-03` is 2. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Back-payment reaches at most this many months before the month it is paid in. */
export const MAX_BACK_PAYMENT_MONTHS = 6;

/** Why a payment for `month`, made in `paidIn`, is refused; null when it may be booked. */
export function duesPaymentProblem(month: string, paidIn: string, closedUpTo?: string): 'future-month' | 'too-far-back' | 'month-closed' | null {
  if (monthsBetween(paidIn, month) > 0) return 'future-month';
  if (monthsBetween(month, paidIn) > MAX_BACK_PAYMENT_MONTHS) return 'too-far-back';
  if (closedUpTo && monthsBetween(month, closedUpTo) >= 0) return 'month-closed';
  return null;
}

/** Six consecutive months without dues (or organizational life), without good reason, count as leaving the party. */
export const LAPSE_MONTHS = 6;
/** The platform warns well before: from this many unpaid months on. */
export const ARREARS_WARNING_MONTHS = 3;

export interface ArrearsStanding {
  /** Consecutive months, up to and including `asOf`, with nothing paid. */
  unpaidMonths: number;
  /** The first of those months, when there are any. */
  since: string | null;
  level: 'ok' | 'warning' | 'lapse';
}

/**
 * How long a member has gone without paying, counted back from `asOf` through the months due (from `dueFrom`,
 * the month they started paying: for a probationary member the month of the vote).
 */
export function arrearsStanding(paidMonths: Iterable<string>, dueFrom: string, asOf: string): ArrearsStanding {
  const paid = new Set(paidMonths);
  let unpaid = 0;
  for (let month = asOf; monthsBetween(dueFrom, month) >= 0 && !paid.has(month); month = addMonths(month, -1)) unpaid += 1;
  return {
    unpaidMonths: unpaid,
    since: unpaid ? addMonths(asOf, -(unpaid - 1)) : null,
    level: unpaid >= LAPSE_MONTHS ? 'lapse' : unpaid >= ARREARS_WARNING_MONTHS ? 'warning' : 'ok',
  };
}
