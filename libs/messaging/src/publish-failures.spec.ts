import { PublishFailures } from './publish-failures';

describe('PublishFailures', () => {
  it('should set a document aside after the given number of failures while other documents publish', () => {
    const failures = new PublishFailures(3);
    expect(failures.failed('things:bad', 'payload too large')).toBe('retry');
    failures.succeeded('things:good-1');
    expect(failures.failed('things:bad', 'payload too large')).toBe('retry');
    failures.succeeded('things:good-2');
    expect(failures.failed('things:bad', 'payload too large')).toBe('hold');
    expect(failures.failing()).toEqual([expect.objectContaining({ document: 'things:bad', attempts: 3, reason: 'payload too large' })]);
  });

  it('should never set a document aside while nothing publishes at all, as in a broker outage', () => {
    const failures = new PublishFailures(3);
    for (let i = 0; i < 50; i++) {
      expect(failures.failed('things:a', 'CONNECTION_CLOSED')).toBe('retry');
      expect(failures.failed('things:b', 'CONNECTION_CLOSED')).toBe('retry');
    }
    expect(failures.failing().map((f) => f.attempts)).toEqual([1, 1]);
  });

  it('should forget a document once its events publish', () => {
    const failures = new PublishFailures(2);
    failures.failed('things:x', 'timeout');
    failures.succeeded('things:x');
    expect(failures.isFailing('things:x')).toBe(false);
    expect(failures.failed('things:x', 'timeout')).toBe('retry');
  });

  it('should refuse a limit below two, which would set aside whatever an outage struck first', () => {
    expect(() => new PublishFailures(1)).toThrow(/at least 2/);
  });
});
