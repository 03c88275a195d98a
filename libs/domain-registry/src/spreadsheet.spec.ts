import { csvField, safeCell } from './spreadsheet';

describe('safeCell', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\t=1'])('should neutralize %p', (value) => {
    expect(safeCell(value)).toBe(`'${value}`);
  });

  it('should leave ordinary text, numbers and booleans alone', () => {
    expect(safeCell('浩丰实业有限公司')).toBe('浩丰实业有限公司');
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(true)).toBe(true);
    expect(safeCell(undefined)).toBeNull();
  });
});

describe('csvField', () => {
  it('should quote commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField(null)).toBe('');
  });
});
