// Writes the access table generated from the role matrix into docs/access.md (between its markers).
// Run: node -r @swc-node/register tools/gen-access-table.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCESS_TABLE_BEGIN, ACCESS_TABLE_END, renderAccessTable } from '../libs/auth/src/access-table';

const file = join(__dirname, '..', 'docs', 'access.md');
const readme = readFileSync(file, 'utf8');
const start = readme.indexOf(ACCESS_TABLE_BEGIN);
const end = readme.indexOf(ACCESS_TABLE_END);
if (start < 0 || end < 0) throw new Error('docs/access.md has no access-table markers');
writeFileSync(file, readme.slice(0, start) + renderAccessTable() + readme.slice(end + ACCESS_TABLE_END.length));
console.log('docs/access.md access table updated');
