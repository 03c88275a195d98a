import { matchesGuard } from './server-kind';

describe('matchesGuard', () => {
  const doc = { __v: 2, status: 'operating', _events: [{ id: 'e1' }, { id: 'e2' }] };

  it('should match equal values at top-level and dotted paths', () => {
    expect(matchesGuard(doc, { __v: 2 })).toBe(true);
    expect(matchesGuard(doc, { '_events.0.id': 'e1', status: 'operating' })).toBe(true);
  });

  it('should not match a different or missing value', () => {
    expect(matchesGuard(doc, { __v: 1 })).toBe(false);
    expect(matchesGuard(doc, { '_events.0.id': 'e2' })).toBe(false);
    expect(matchesGuard({ _events: [] }, { '_events.0.id': 'e1' })).toBe(false);
  });
});
