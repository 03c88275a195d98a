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

/** A band of monthly income up to and including `upToYuan` (null: no upper bound) and its rate in thousandths of the whole income. */
export interface DuesBand {
  upToYuan: number | null;
  permille: number;
}

/** The rate bands of those who pay by income; policy may set its own, these are the national ones. */
export interface DuesBands {
  employed: DuesBand[];
  retired: DuesBand[];
}

const YUAN = 100;
export const NATIONAL_DUES_BANDS: DuesBands = {
  employed: [
    { upToYuan: 3_000, permille: 5 },
    { upToYuan: 5_000, permille: 10 },
    { upToYuan: 10_000, permille: 15 },
    { upToYuan: null, permille: 20 },
  ],
  retired: [
    { upToYuan: 5_000, permille: 5 },
    { upToYuan: null, permille: 10 },
  ],
};

/** What is wrong with a policy's bands: each list rising, ending open, rates 0–100 ‰. */
export function duesBandsProblems(value: unknown): { field: string; message: string }[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ field: 'duesBands', message: '应为 { employed, retired } 两组档次 / expected { employed, retired }' }];
  const problems: { field: string; message: string }[] = [];
  for (const key of Object.keys(value)) if (key !== 'employed' && key !== 'retired') problems.push({ field: `duesBands.${key}`, message: '没有这类党员 / no such category' });
  for (const key of ['employed', 'retired'] as const) {
    const bands = (value as Record<string, unknown>)[key];
    const at = `duesBands.${key}`;
    if (!Array.isArray(bands) || bands.length === 0) {
      problems.push({ field: at, message: '应为档次列表 / expected a list of bands' });
      continue;
    }
    bands.forEach((band: Partial<DuesBand>, i) => {
      const last = i === bands.length - 1;
      if (!Number.isInteger(band?.permille) || band.permille! < 0 || band.permille! > 100) problems.push({ field: `${at}.${i}.permille`, message: '费率应为 0–100 的整数（千分之）/ permille: an integer from 0 to 100' });
      if (last && band?.upToYuan !== null) problems.push({ field: `${at}.${i}.upToYuan`, message: '最后一档不设上限（null）/ the last band has no upper bound (null)' });
      if (!last && (typeof band?.upToYuan !== 'number' || !(band.upToYuan > 0) || (i > 0 && !(band.upToYuan > (bands[i - 1] as DuesBand).upToYuan!)))) {
        problems.push({ field: `${at}.${i}.upToYuan`, message: '上限应为正数且逐档递增 / upper bounds must be positive and rising' });
      }
    });
  }
  return problems;
}

/** Students, the unemployed and members in hardship pay 0.2 元 a month; farmers 0.2 to 1 元. */
export const FIXED_DUES_FEN = { min: 20, farmerMax: 100 } as const;

/**
 * The monthly dues in fen. Employed and retired members pay a rate on the **whole** after-tax monthly income
 * (not a rate per band): 4,000 元 pays 1 % of 4,000 = 40 元. Fractions of a fen round half up. Farmers pay the
 * amount their branch set within 0.2–1 元 (`farmerFen`, 0.2 元 unless given); the others 0.2 元.
 */
export function monthlyDuesFen(category: DuesCategory, incomeFen: number, farmerFen: number = FIXED_DUES_FEN.min, bands: DuesBands = NATIONAL_DUES_BANDS): number {
  if (!Number.isInteger(incomeFen) || incomeFen < 0) throw new RangeError('income must be a whole number of fen, not negative');
  if (category === 'employed' || category === 'retired') {
    const band = bands[category].find((b) => b.upToYuan === null || incomeFen <= b.upToYuan * YUAN)!;
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
