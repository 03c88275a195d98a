import { MAX_DEPTH, cleanRequestValue } from './request-text';

describe('cleanRequestValue', () => {
  it('should trim spaces, tabs and the ideographic space from every string, however deep', () => {
    expect(cleanRequestValue({ name: ' \t\u3000浩丰实业\u3000 ', tags: ['  a ', 'b'], nested: { reason: '\u3000\u3000' } })).toEqual({
      value: { name: '浩丰实业', tags: ['a', 'b'], nested: { reason: '' } },
    });
  });

  it('should leave the caller’s object as it was', () => {
    const input = { name: ' x ' };
    cleanRequestValue(input);
    expect(input.name).toBe(' x ');
  });

  it('should keep line breaks inside text and leave numbers and booleans alone', () => {
    expect(cleanRequestValue({ needs: '融资\n用工', employees: 3, scale: false })).toEqual({ value: { needs: '融资\n用工', employees: 3, scale: false } });
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['a bell', 'a\u0007'],
    ['DEL', 'a\u007f'],
    ['a C1 control', 'a\u0085'],
    ['a right-to-left override', '浩丰\u202e司公'],
    ['a bidi isolate', '\u2066x\u2069'],
    ['a lone surrogate', 'a\ud800b'],
  ])('should refuse %s and name the field', (_what, text) => {
    expect(cleanRequestValue({ massOrgs: { note: text } })).toEqual({ problem: { field: 'massOrgs.note', problem: 'control-character' } });
  });

  it('should accept a character outside the basic plane (a surrogate pair)', () => {
    expect(cleanRequestValue({ name: '𠀀有限公司' })).toEqual({ value: { name: '𠀀有限公司' } });
  });

  it('should refuse null and name the field', () => {
    expect(cleanRequestValue({ name: null })).toEqual({ problem: { field: 'name', problem: 'null' } });
    expect(cleanRequestValue({ liaisons: ['a', null] })).toEqual({ problem: { field: 'liaisons.1', problem: 'null' } });
  });

  it(`should accept ${MAX_DEPTH} levels and refuse one more`, () => {
    const nest = (levels: number): unknown => (levels === 0 ? 'x' : { a: nest(levels - 1) });
    expect('value' in cleanRequestValue(nest(MAX_DEPTH))).toBe(true);
    expect(cleanRequestValue(nest(MAX_DEPTH + 1))).toMatchObject({ problem: { problem: 'too-deep' } });
  });

  it('should refuse 100,000 levels of arrays without exhausting the stack', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(cleanRequestValue(deep)).toMatchObject({ problem: { problem: 'too-deep' } });
  });

  it('should hand on a stream or buffer untouched', () => {
    const buffer = Buffer.from(' x ');
    expect(cleanRequestValue(buffer)).toEqual({ value: buffer });
  });
});
