import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCESS_TABLE_BEGIN, ACCESS_TABLE_END, renderAccessTable } from './access-table';
import { matrixCells } from './role-matrix';

describe('renderAccessTable', () => {
  it('should have one row per matrix cell', () => {
    const rows = renderAccessTable().split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| resource'));
    expect(rows).toHaveLength(matrixCells().length);
  });

  it('should be what docs/access.md shows (run: node -r @swc-node/register tools/gen-access-table.ts)', () => {
    const readme = readFileSync(join(__dirname, '../../../docs/access.md'), 'utf8');
    const start = readme.indexOf(ACCESS_TABLE_BEGIN);
    const end = readme.indexOf(ACCESS_TABLE_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(readme.slice(start, end + ACCESS_TABLE_END.length)).toBe(renderAccessTable());
  });
});
