import { addDays, escalationLevel, requestSlaDaysProblems, requestTransitionProblem, slaState } from './enterprise-request';

describe('requestTransitionProblem', () => {
  it('moves accepted → in progress → closed with a resolution', () => {
    expect(requestTransitionProblem('accepted', 'in-progress', {})).toBeNull();
    expect(requestTransitionProblem('in-progress', 'closed', { resolution: '已协调银行放贷' })).toBeNull();
  });

  it('refuses closing without a resolution and rejecting without a reason', () => {
    expect(requestTransitionProblem('in-progress', 'closed', { resolution: '  ' })).toEqual({ field: 'resolution', message: expect.stringContaining('办理结果') });
    expect(requestTransitionProblem('accepted', 'rejected', {})).toEqual({ field: 'reason', message: expect.stringContaining('理由') });
  });

  it('keeps a closed or rejected request as it is, and never goes back', () => {
    expect(requestTransitionProblem('closed', 'in-progress', {})?.field).toBe('status');
    expect(requestTransitionProblem('rejected', 'closed', { resolution: 'x' })?.field).toBe('status');
    expect(requestTransitionProblem('in-progress', 'accepted', {})?.field).toBe('status');
  });
});

describe('time limits', () => {
  const request = { status: 'accepted' as const, acceptedOn: '2026-05-01', dueOn: addDays('2026-05-01', 10) };

  it('adds days across month ends', () => {
    expect(addDays('2026-01-25', 10)).toBe('2026-02-04');
  });

  it('colours a request on time, due soon in its last days, overdue after its due day, done when finished', () => {
    expect(slaState(request, '2026-05-02')).toBe('on-time');
    expect(slaState(request, '2026-05-09')).toBe('due-soon');
    expect(slaState(request, '2026-05-11')).toBe('due-soon');
    expect(slaState(request, '2026-05-12')).toBe('overdue');
    expect(slaState({ ...request, status: 'closed' }, '2026-06-30')).toBe('done');
  });

  it('escalates to the park once overdue and to the county once late by the whole limit again', () => {
    expect(escalationLevel(request, '2026-05-11')).toBe(0);
    expect(escalationLevel(request, '2026-05-12')).toBe(1);
    expect(escalationLevel(request, '2026-05-21')).toBe(1);
    expect(escalationLevel(request, '2026-05-22')).toBe(2);
    expect(escalationLevel({ ...request, status: 'rejected' }, '2026-07-01')).toBe(0);
  });

  it('checks a policy’s days per category', () => {
    expect(requestSlaDaysProblems({ financing: 30, hiring: 15, land: 60, safety: 7, policy: 10, other: 30 })).toEqual([]);
    expect(requestSlaDaysProblems({ financing: 0, hiring: 15, land: 60, safety: 7, policy: 10, other: 30, rumours: 3 }).map((p) => p.field)).toEqual(['requestSlaDays.financing', 'requestSlaDays.rumours']);
    expect(requestSlaDaysProblems({ financing: 30 }).length).toBe(5);
  });
});
