import { addCalendarMonths, developmentStepProblem, probationEndingSoon, probationEndsOn } from './member-development';

const TODAY = '2026-11-29';

describe('member development', () => {
  it('counts calendar months, a missing day becoming the month’s last', () => {
    expect(addCalendarMonths('2025-01-31', 12)).toBe('2026-01-31');
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addCalendarMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-12-15', 14)).toBe('2026-02-15');
  });

  it('takes the stages in order, from applicant to formal', () => {
    expect(developmentStepProblem([], { stage: 'applicant', on: '2025-01-05' }, TODAY)).toBeNull();
    expect(developmentStepProblem([], { stage: 'activist', on: '2025-01-05' }, TODAY)?.code).toBe('out-of-order');
    const formal = [
      { stage: 'applicant', on: '2022-01-05' },
      { stage: 'activist', on: '2022-03-01' },
      { stage: 'target', on: '2023-03-01' },
      { stage: 'probationary', on: '2023-06-01' },
      { stage: 'formal', on: '2024-06-01' },
    ] as const;
    expect(developmentStepProblem(formal, { stage: 'formal', on: '2025-01-01' }, TODAY)?.code).toBe('out-of-order');
  });

  it('refuses a target named before a full year as activist, and says from when it may be', () => {
    const steps = [{ stage: 'applicant', on: '2025-01-05' }, { stage: 'activist', on: '2025-01-31' }] as const;
    expect(developmentStepProblem(steps, { stage: 'target', on: '2026-01-30' }, TODAY)).toMatchObject({ code: 'too-early', earliest: '2026-01-31' });
    expect(developmentStepProblem(steps, { stage: 'target', on: '2026-01-31' }, TODAY)).toBeNull();
  });

  it('makes a probationary member formal after the probation and any extension, within the longest extension', () => {
    const steps = [
      { stage: 'applicant', on: '2023-01-05' },
      { stage: 'activist', on: '2023-02-01' },
      { stage: 'target', on: '2024-02-01' },
      { stage: 'probationary', on: '2024-06-15' },
    ] as const;
    expect(developmentStepProblem(steps, { stage: 'formal', on: '2025-06-14' }, TODAY)?.code).toBe('too-early');
    expect(developmentStepProblem(steps, { stage: 'formal', on: '2025-06-15' }, TODAY)).toBeNull();
    expect(developmentStepProblem(steps, { stage: 'formal', on: '2025-06-15' }, TODAY, undefined, 6)).toMatchObject({ code: 'too-early', earliest: '2025-12-15' });
    expect(developmentStepProblem(steps, { stage: 'formal', on: '2026-06-15' }, TODAY, undefined, 13)?.code).toBe('extension-too-long');
  });

  it('refuses a date in the future or before the previous step', () => {
    const steps = [{ stage: 'applicant', on: '2026-03-01' }] as const;
    expect(developmentStepProblem(steps, { stage: 'activist', on: '2026-12-01' }, TODAY)?.code).toBe('in-future');
    expect(developmentStepProblem(steps, { stage: 'activist', on: '2026-02-01' }, TODAY)?.code).toBe('before-previous');
    expect(developmentStepProblem(steps, { stage: 'activist', on: '2026-03-01' }, TODAY)).toBeNull();
  });

  it('applies a jurisdiction’s own minimums', () => {
    const steps = [{ stage: 'applicant', on: '2025-01-05' }, { stage: 'activist', on: '2025-06-01' }] as const;
    const local = { activistMonths: 18, probationMonths: 12, maxExtensionMonths: 12 };
    expect(developmentStepProblem(steps, { stage: 'target', on: '2026-06-01' }, TODAY, local)).toMatchObject({ code: 'too-early', earliest: '2026-12-01' });
  });

  it('says when a probation ends, and reminds within the 30 days before', () => {
    expect(probationEndsOn('2025-12-20')).toBe('2026-12-20');
    expect(probationEndsOn('2025-12-20', 6)).toBe('2027-06-20');
    expect(probationEndingSoon('2025-12-20', TODAY)).toBe(true); // ends in 21 days
    expect(probationEndingSoon('2025-12-29', TODAY)).toBe(true); // in 30 days: the last day of the window
    expect(probationEndingSoon('2025-12-30', TODAY)).toBe(false); // in 31 days
    expect(probationEndingSoon('2025-11-28', TODAY)).toBe(false); // ended yesterday: no longer a reminder but overdue
    expect(probationEndingSoon('2025-12-29', TODAY, 6)).toBe(false); // extended by six months
  });
});
