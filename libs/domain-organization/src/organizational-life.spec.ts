import { complianceOf, meetingsPerYear, periodOf } from './organizational-life';
import { NATIONAL_DEFAULTS } from './policy';

describe('organizational life against its cadence', () => {
  it('divides the calendar year into the cadence’s periods', () => {
    expect(periodOf('2026-11-29', 12)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(periodOf('2026-11-29', 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodOf('2024-02-10', 12)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('2026-03-31', 2)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(() => periodOf('2026-03-31', 5)).toThrow(RangeError);
  });

  it('takes the 三会一课 cadence from the policy and adds the monthly theme day and the yearly meetings', () => {
    expect(meetingsPerYear(NATIONAL_DEFAULTS.meetingCadence)).toMatchObject({ 'general-meeting': 4, 'committee-meeting': 12, 'party-lecture': 4, 'theme-day': 12, 'member-review': 1 });
  });

  it('lists the ended months without a committee meeting, and is overdue from the day after the first', () => {
    const standing = complianceOf('committee-meeting', 12, ['2026-07-10', '2026-08-12', '2026-10-09'], '2026-07-01', '2026-11-29');
    expect(standing.missed).toEqual([{ from: '2026-09-01', to: '2026-09-30' }]);
    expect(standing.overdueSince).toBe('2026-10-01');
    expect(standing.lastHeld).toBe('2026-10-09');
  });

  it('does not count the current period before it ends, nor meetings outside the span', () => {
    const standing = complianceOf('general-meeting', 4, ['2026-02-01', '2026-05-20', '2026-08-30'], '2026-01-01', '2026-11-29');
    expect(standing.missed).toEqual([]);
    expect(standing.overdueSince).toBeNull();
    expect(complianceOf('general-meeting', 4, ['2025-12-30'], '2026-01-01', '2026-04-02').missed).toEqual([{ from: '2026-01-01', to: '2026-03-31' }]);
  });

  it('never marks a kind without a cadence overdue', () => {
    expect(complianceOf('party-lecture', 0, [], '2025-01-01', '2026-11-29')).toMatchObject({ missed: [], overdueSince: null, lastHeld: null });
  });
});
