import { RequestContext } from './request-context';

describe('RequestContext', () => {
  it('should keep a caller-supplied id that is safe to log', () => {
    expect(RequestContext.normalizeId('abc-123:x.y_z')).toBe('abc-123:x.y_z');
  });

  it('should replace a missing, oversized or unsafe id with a fresh one', () => {
    for (const bad of [undefined, '', 'a'.repeat(200), 'line\nbreak', '<script>', ['a', 'b']]) {
      expect(RequestContext.normalizeId(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('should expose the id inside run() and across awaits, and nothing outside', async () => {
    expect(RequestContext.requestId()).toBeUndefined();
    await RequestContext.run({ requestId: 'r-9' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(RequestContext.requestId()).toBe('r-9');
    });
    expect(RequestContext.requestId()).toBeUndefined();
  });
});
