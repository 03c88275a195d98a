import { assignedDuring, monthSpan, visitProblems, visitStanding } from './visit';

describe('visitProblems', () => {
  const assigned = [{ from: '2026-03-01', until: null }];
  const ok = { visitedOn: '2026-05-10', checklist: ['firsts.know', 'clears.hazards', 'roles.mediation'] };

  it('accepts a visit within the assignment, ticking known items', () => {
    expect(visitProblems(ok, assigned, '2026-05-20')).toEqual([]);
  });

  it('refuses a visit in the future', () => {
    expect(visitProblems({ ...ok, visitedOn: '2026-05-21' }, assigned, '2026-05-20')).toEqual([{ field: 'visitedOn', message: expect.stringContaining('不能晚于今天') }]);
  });

  it('refuses a visit to an enterprise not assigned that day: before the assignment, after it ended, or never', () => {
    expect(visitProblems({ ...ok, visitedOn: '2026-02-28' }, assigned, '2026-05-20')[0].field).toBe('enterpriseId');
    expect(visitProblems(ok, [{ from: '2026-03-01', until: '2026-05-10' }], '2026-05-20')[0].field).toBe('enterpriseId');
    expect(visitProblems(ok, [], '2026-05-20')[0].field).toBe('enterpriseId');
  });

  it('refuses an empty checklist, unknown items and a day that does not exist', () => {
    expect(visitProblems({ ...ok, checklist: [] }, assigned, '2026-05-20')).toEqual([{ field: 'checklist', message: expect.stringContaining('至少勾选一项') }]);
    expect(visitProblems({ ...ok, checklist: ['firsts.guess'] }, assigned, '2026-05-20')[0].message).toContain('firsts.guess');
    expect(visitProblems({ ...ok, visitedOn: '2026-02-30' }, assigned, '2026-05-20')[0].field).toBe('visitedOn');
  });
});

describe('monthly visits', () => {
  it('spans a month up to the first of the next, across the year end', () => {
    expect(monthSpan('2026-12')).toEqual({ from: '2026-12-01', until: '2027-01-01' });
  });

  it('owes a month’s visits for any day assigned in it', () => {
    expect(assignedDuring({ from: '2026-05-31', until: null }, '2026-05')).toBe(true);
    expect(assignedDuring({ from: '2026-06-01', until: null }, '2026-05')).toBe(false);
    expect(assignedDuring({ from: '2026-01-01', until: '2026-05-01' }, '2026-05')).toBe(false);
    expect(assignedDuring({ from: '2026-01-01', until: '2026-05-02' }, '2026-05')).toBe(true);
    // Ended the day it began: never in force.
    expect(assignedDuring({ from: '2026-05-10', until: '2026-05-10' }, '2026-05')).toBe(false);
  });

  it('counts what is missing against the policy frequency', () => {
    expect(visitStanding(0, 1)).toEqual({ visits: 0, required: 1, missing: 1, done: false });
    expect(visitStanding(3, 2)).toEqual({ visits: 3, required: 2, missing: 0, done: true });
  });
});
