/**
 * Member roster benchmark on a synthetic county (default 150,000 members; BENCH_MEMBERS to change):
 *  1. branches are written straight into organization's database (BENCH_MEMBER_BRANCHES, default 300, over the
 *     demo county's parks and township), as the org tree would hold them;
 *  2. each branch's roster workbook (the template's columns, valid citizen IDs) is imported through the HTTP API,
 *     one branch after another, timed end to end: the county's roster;
 *  3. members looked up by exact citizen ID through the HTTP API (the blind index; nothing is decrypted), p50/p95.
 * Figures are printed, never asserted: speed goals are read here, not enforced by tests.
 */
import { randomUUID } from 'node:crypto';
import * as ExcelJS from 'exceljs';
import { mongo as driver } from 'mongoose';
import { ROSTER_COLUMNS } from '@dangjian/domain-organization';
import { ServiceProcess, eventually, randomCitizenId, requiredEnv, serviceEnv, userToken } from '@dangjian/testing';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 150_000);
const BRANCHES = Number(process.env.BENCH_MEMBER_BRANCHES ?? 300);
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 200);
const PARKS = ['/demo-county/econ-dev-zone', '/demo-county/hi-tech-park', '/demo-county/chengguan'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function rosterFile(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('党员花名册');
  sheet.addRow(ROSTER_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function main() {
  const run = `bench${Date.now().toString(36)}`;
  const organization = await ServiceProcess.create('organization', { ...serviceEnv('organization', run), LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn', REMINDER_SCAN_MS: '0' });
  const mongo = await driver.MongoClient.connect(requiredEnv('MONGO_URL'));
  try {
    await organization.startReady();
    let token = await userToken('county.admin');
    const refresh = setInterval(() => void userToken('county.admin').then((t) => (token = t)), 60_000);
    await eventually(async () => (await fetch(`${organization.url}/api/organization/org-units/by-path?path=/demo-county`, { headers: { authorization: `Bearer ${token}` } })).status === 200, 30_000, 'demo tree seeded');
    const db = mongo.db(`e2e_${run}_organization`);
    const buildInfo = await db.command({ buildInfo: 1 });
    const server = buildInfo.ferretdbVersion ? `FerretDB ${buildInfo.ferretdbVersion}` : `MongoDB ${buildInfo.version}`;

    // 1. Branches.
    const branches = Array.from({ length: BRANCHES }, (_, i) => {
      const park = PARKS[i % PARKS.length];
      const path = `${park}/bench-branch-${i}`;
      return { _id: randomUUID(), path, parentPath: park, orgAncestors: ['/demo-county', park, path], name: `bench-branch-${i}`, label: `基准党支部${i}`, kind: 'branch', form: 'joint', status: 'active', __v: 0 };
    });
    await db.collection('org_units').insertMany(branches as never[]);

    // 2. Each branch's roster through the API.
    const perBranch = Math.ceil(MEMBERS / BRANCHES);
    const sample: string[] = [];
    let created = 0;
    let refused = 0;
    let fileBytes = 0;
    let importMs = 0;
    const started = Date.now();
    for (const [b, branch] of branches.entries()) {
      const rows: string[][] = [];
      for (let i = 0; i < perBranch && b * perBranch + i < MEMBERS; i++) {
        const id = randomCitizenId();
        if (sample.length < LOOKUPS && i % 50 === 0) sample.push(id);
        const formal = i % 8 !== 0;
        rows.push([`党员${b}-${i}`, id, `139${String(b * perBranch + i).padStart(8, '0')}`, '本科', '职工', formal ? '正式党员' : '预备党员', formal ? '2015-07-01' : '2026-03-01', formal ? '2016-07-01' : '']);
      }
      const file = await rosterFile(rows);
      fileBytes += file.length;
      const t = Date.now();
      const res = await fetch(`${organization.url}/api/organization/org-units/${branch._id}/members/import`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': XLSX }, body: file });
      importMs += Date.now() - t;
      const result = (await res.json()) as { created: number; refused: unknown[] };
      if (res.status !== 200) throw new Error(`import refused: ${JSON.stringify(result)}`);
      created += result.created;
      refused += result.refused.length;
      if ((b + 1) % 50 === 0) console.log(`  ${b + 1}/${BRANCHES} branches, ${created} members, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    const wall = (Date.now() - started) / 1000;
    console.log(`\nEvery figure below ran on ${server}.`);
    console.log(`roster import: ${created} members (${refused} rows refused) from ${BRANCHES} branch workbooks (${(fileBytes / 1024 / 1024).toFixed(1)} MiB)`);
    console.log(`  in the import requests: ${(importMs / 1000).toFixed(1)} s → ${Math.round(created / (importMs / 1000))} members/s; wall time with the files made: ${wall.toFixed(1)} s`);

    // 3. Lookups by exact citizen ID.
    const times: number[] = [];
    for (const citizenId of sample) {
      const t = performance.now();
      const res = await fetch(`${organization.url}/api/organization/members/lookup`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ citizenId }) });
      const found = (await res.json()) as { items: unknown[] };
      times.push(performance.now() - t);
      if (found.items.length !== 1) throw new Error(`lookup of a member imported found ${found.items.length}`);
    }
    console.log(`lookup of the active record by exact citizen ID (blind index → the person's claim, read by _id), ${times.length} requests: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
    // With history the records are found by the blind-index field itself: an index on MongoDB, a scan on FerretDB.
    const history: number[] = [];
    for (const citizenId of sample.slice(0, Number(process.env.BENCH_HISTORY_LOOKUPS ?? 5))) {
      const t = performance.now();
      await fetch(`${organization.url}/api/organization/members/lookup`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ citizenId, history: true }) });
      history.push(performance.now() - t);
    }
    if (history.length) console.log(`lookup with history (the citizenId.h field), ${history.length} requests: p50 ${percentile(history, 50).toFixed(0)} ms, max ${Math.max(...history).toFixed(0)} ms`);
    clearInterval(refresh);
  } finally {
    await mongo.close();
    await organization.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
