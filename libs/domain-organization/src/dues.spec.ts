import { NATIONAL_DUES_BANDS, addMonths, arrearsStanding, duesBandsProblems, duesPaymentProblem, monthlyDuesFen, monthsBetween } from './dues';

const yuan = (n: number) => Math.round(n * 100);

describe('party dues', () => {
  it('applies the employed rate to the whole monthly income, by the band the income falls in', () => {
    expect(monthlyDuesFen('employed', yuan(3000))).toBe(yuan(15)); // 0.5 % of 3,000 (the band includes its top)
    expect(monthlyDuesFen('employed', yuan(3000.01))).toBe(yuan(30)); // 1 % of the whole, not of the part above 3,000
    expect(monthlyDuesFen('employed', yuan(4000))).toBe(yuan(40));
    expect(monthlyDuesFen('employed', yuan(5000))).toBe(yuan(50));
    expect(monthlyDuesFen('employed', yuan(8000))).toBe(yuan(120));
    expect(monthlyDuesFen('employed', yuan(12000))).toBe(yuan(240));
  });

  it('applies the retired rates, and rounds a fraction of a fen half up', () => {
    expect(monthlyDuesFen('retired', yuan(5000))).toBe(yuan(25));
    expect(monthlyDuesFen('retired', yuan(6000))).toBe(yuan(60));
    expect(monthlyDuesFen('employed', 333)).toBe(2); // 0.5 % of 3.33 元 = 1.665 分
  });

  it('charges students, the unemployed and members in hardship 0.2 元, farmers 0.2–1 元', () => {
    expect(monthlyDuesFen('student', yuan(9999))).toBe(20);
    expect(monthlyDuesFen('low-income', 0)).toBe(20);
    expect(monthlyDuesFen('farmer', 0)).toBe(20);
    expect(monthlyDuesFen('farmer', 0, 50)).toBe(50);
    expect(monthlyDuesFen('farmer', 0, 500)).toBe(100);
  });

  it('refuses a negative or fractional income', () => {
    expect(() => monthlyDuesFen('employed', -1)).toThrow(RangeError);
    expect(() => monthlyDuesFen('employed', 10.5)).toThrow(RangeError);
  });

  it('counts calendar months across years', () => {
    expect(monthsBetween('2025-11', '2026-02')).toBe(3);
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 13)).toBe('2027-01');
  });

  it('books a payment for this month or up to 6 months back, never ahead or into a closed month', () => {
    expect(duesPaymentProblem('2026-11', '2026-11')).toBeNull();
    expect(duesPaymentProblem('2026-05', '2026-11')).toBeNull();
    expect(duesPaymentProblem('2026-04', '2026-11')).toBe('too-far-back');
    expect(duesPaymentProblem('2026-12', '2026-11')).toBe('future-month');
    expect(duesPaymentProblem('2026-09', '2026-11', '2026-10')).toBe('month-closed');
    expect(duesPaymentProblem('2026-11', '2026-11', '2026-10')).toBeNull();
  });

  it('warns from 3 consecutive unpaid months and marks 6 as a lapse, counting only months due', () => {
    expect(arrearsStanding(['2026-11'], '2026-01', '2026-11')).toEqual({ unpaidMonths: 0, since: null, level: 'ok' });
    expect(arrearsStanding(['2026-08'], '2026-01', '2026-11')).toEqual({ unpaidMonths: 3, since: '2026-09', level: 'warning' });
    expect(arrearsStanding(['2026-05'], '2026-01', '2026-11')).toEqual({ unpaidMonths: 6, since: '2026-06', level: 'lapse' });
    // A probationary member voted in September owes from September only.
    expect(arrearsStanding([], '2026-09', '2026-11')).toEqual({ unpaidMonths: 3, since: '2026-09', level: 'warning' });
  });
});

describe('dues bands of a policy', () => {
  it('should apply a jurisdiction’s own bands to the whole income', () => {
    const bands = { ...NATIONAL_DUES_BANDS, employed: [{ upToYuan: 4_000, permille: 5 }, { upToYuan: null, permille: 10 }] };
    expect(monthlyDuesFen('employed', 400_000, undefined, bands)).toBe(2_000); // 0.5 % of 4,000 元
    expect(monthlyDuesFen('employed', 400_001, undefined, bands)).toBe(4_000);
  });

  it('should accept the national bands and refuse falling bounds, a closed last band and rates out of range', () => {
    expect(duesBandsProblems(NATIONAL_DUES_BANDS)).toEqual([]);
    const problems = duesBandsProblems({
      employed: [{ upToYuan: 5_000, permille: 5 }, { upToYuan: 3_000, permille: 10 }, { upToYuan: 10_000, permille: 200 }],
      retired: [],
      students: [],
    }).map((p) => p.field);
    expect(problems.sort()).toEqual(['duesBands.employed.1.upToYuan', 'duesBands.employed.2.permille', 'duesBands.employed.2.upToYuan', 'duesBands.retired', 'duesBands.students']);
  });
});
