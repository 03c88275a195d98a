/**
 * Registry benchmark on a synthetic county (default 50,000 enterprises; BENCH_ROWS to change):
 *  1. the ledger imported end to end: one .xlsx uploaded through the HTTP API, timed until the job completes;
 *     then the same file again, every row unchanged (BENCH_REIMPORT=0 skips it), then the whole ledger exported and a
 *     county-wide census started from it;
 *  2. the same documents written by a raw insertMany, into a bare collection and into one with the ledger's indexes
 *     as this server builds them (the like-for-like baseline), for the ratio;
 *  3. list/filter requests through the HTTP API, one user, p50/p95 per filter.
 * Figures are printed, never asserted: speed goals are read here, not enforced by tests.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import { mongo as driver } from 'mongoose';
import { ServiceProcess, eventually, randomUscc, requiredEnv, serviceEnv, userToken } from '@dangjian/testing';

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const LIST_REQUESTS = Number(process.env.BENCH_LIST_REQUESTS ?? 10);
const REIMPORT = process.env.BENCH_REIMPORT !== '0';
const JURISDICTIONS = ['/demo-county/econ-dev-zone', '/demo-county/hi-tech-park', '/demo-county/chengguan'];
const HEADERS = ['统一社会信用代码', '名称', '类型', '所属辖区', '网格', '行业代码', '规模以上', '地址', '法定代表人', '出资人', '经营状态', '职工人数', '党员人数', '预备党员人数', '党组织建立情况', '未建原因', '发展需求', '工会', '共青团', '妇联'];
const WORDS = ['宏达', '鑫源', '华泰', '恒通', '金丰', '瑞祥', '永盛', '天成', '博远', '新创', '汇丰', '东方', '中科', '绿源', '佳和'];
const TRADES = [['机械制造', 'C3411'], ['建材', 'C3021'], ['电子科技', 'C3971'], ['商贸', 'F5191'], ['物流', 'G5430'], ['软件', 'I6510'], ['餐饮', 'H6210'], ['建筑', 'E4710']];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function writeCounty(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(file), useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('市场主体台账');
  sheet.addRow(HEADERS).commit();
  for (let i = 0; i < ROWS; i++) {
    const [trade, code] = TRADES[i % TRADES.length];
    const members = i % 9 === 0 ? (i % 7) + 1 : 0;
    sheet
      .addRow([randomUscc(i % 20 === 0 ? '52' : '91'), `${WORDS[i % WORDS.length]}${WORDS[(i * 7) % WORDS.length]}${trade}${i}有限公司`, null, JURISDICTIONS[i % 3], `网格${i % 40}`, code, i % 10 === 0 ? '是' : '否', `工业路${i}号`, `法人${i % 5000}`, null, '经营', (i * 37) % 400, members, members > 1 ? 1 : 0, members >= 3 ? '单独组建' : '未建立', null, null, i % 3 === 0 ? '是' : '否', '否', '否'])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

async function main() {
  const run = `bench${Date.now().toString(36)}`;
  const dir = await mkdtemp(path.join(tmpdir(), 'dangjian-bench-'));
  const profile = process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`] : [];
  const registry = await ServiceProcess.create('registry', { ...serviceEnv('registry', run), IMPORT_MAX_MB: '200', ...(process.env.IMPORT_BATCH_ROWS ? { IMPORT_BATCH_ROWS: process.env.IMPORT_BATCH_ROWS } : {}), LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn' }, profile);
  const organization = await ServiceProcess.create('organization', serviceEnv('organization', run));
  const mongo = await driver.MongoClient.connect(requiredEnv('MONGO_URL'));
  try {
    await Promise.all([registry.startReady(), organization.startReady()]);
    let token = await userToken('county.admin');
    const api = async (method: string, urlPath: string, body?: Buffer) => {
      const res = await fetch(`${registry.url}/api/registry${urlPath}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } : {}) },
        body,
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    await eventually(async () => (await api('GET', '/enterprises?limit=1')).status === 200, 30_000, 'registry answers');

    const file = path.join(dir, 'county.xlsx');
    let t = Date.now();
    await writeCounty(file);
    const content = await readFile(file);
    console.log(`synthetic county: ${ROWS} rows, ${(content.length / 1024 / 1024).toFixed(1)} MiB xlsx, written in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const importFile = async () => {
      token = await userToken('county.admin');
      const started = Date.now();
      const accepted = await api('POST', '/enterprises/imports?fileName=county.xlsx', content);
      if (accepted.status !== 201) throw new Error(`upload refused: ${JSON.stringify(accepted.body)}`);
      const uploadSeconds = (Date.now() - started) / 1000;
      const job = await eventually(async () => {
        const { body } = await api('GET', `/enterprises/imports/${accepted.body.id}`);
        if (body.status === 'failed') throw new Error(`import failed: ${String(body.error)}`);
        return body.status === 'completed' ? body : undefined;
      }, 6 * 3600_000, 'import completed');
      return { job, uploadSeconds, seconds: (Date.now() - started) / 1000 };
    };
    const { job, uploadSeconds, seconds: importSeconds } = await importFile();
    const importRate = ROWS / importSeconds;
    const again = REIMPORT ? await importFile() : undefined;

    token = await userToken('county.admin');
    t = Date.now();
    const exported = await fetch(`${registry.url}/api/registry/enterprises/export?format=xlsx`, { headers: { authorization: `Bearer ${token}` } });
    const exportBytes = (await exported.arrayBuffer()).byteLength;
    if (exported.status !== 200) throw new Error(`export: ${exported.status}`);
    const exportSeconds = (Date.now() - t) / 1000;

    t = Date.now();
    const census = await fetch(`${registry.url}/api/registry/census/campaigns`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ year: new Date().getFullYear(), orgPath: '/demo-county' }),
    });
    const campaign = (await census.json()) as { records?: number };
    if (census.status !== 201) throw new Error(`census: ${census.status} ${JSON.stringify(campaign)}`);
    const censusSeconds = (Date.now() - t) / 1000;

    const db = mongo.db(`e2e_${run}_registry`);
    const docs = await db.collection('enterprises').find({}).toArray();
    // Two baselines: a bare collection, and one with the indexes the ledger has on this server (FerretDB gets only the
    // unique ones, MongoDB all of them); the second is the like-for-like one.
    const ledgerIndexes = (await db.collection('enterprises').indexes()).filter((index) => index.name !== '_id_');
    const rawInsert = async (indexed: boolean): Promise<{ seconds: number; rate: number; indexes: number }> => {
      const scratch = db.collection(indexed ? 'bench_raw_insert_indexed' : 'bench_raw_insert');
      await scratch.drop().catch(() => undefined);
      await db.createCollection(scratch.collectionName);
      for (const { key, name: _name, v: _v, ns: _ns, ...options } of indexed ? ledgerIndexes : []) await scratch.createIndex(key, options);
      const started = Date.now();
      for (let i = 0; i < docs.length; i += 1000) await scratch.insertMany(docs.slice(i, i + 1000), { ordered: false });
      const seconds = (Date.now() - started) / 1000;
      await scratch.drop();
      return { seconds, rate: docs.length / seconds, indexes: indexed ? ledgerIndexes.length : 0 };
    };
    const raw = { bare: await rawInsert(false), indexed: await rawInsert(true) };

    const filters: [string, string][] = [
      ['park subtree, by name', '/enterprises?orgPath=/demo-county/econ-dev-zone&limit=50'],
      ['kind + status', '/enterprises?kind=social-org&status=operating&limit=50'],
      ['has members, by employees', '/enterprises?hasMembers=true&sort=employees&limit=50'],
      ['industry prefix', '/enterprises?industry=C34&limit=50'],
      ['employees range', '/enterprises?employeesMin=50&employeesMax=100&limit=50'],
      ['name text', `/enterprises?q=${encodeURIComponent('鑫源华泰')}&limit=50`],
    ];
    const lists: { name: string; p50: number; p95: number; n: number }[] = [];
    for (const [name, url] of LIST_REQUESTS > 0 ? filters : []) {
      token = await userToken('county.admin'); // access tokens live minutes; a slow server outlasts one
      const times: number[] = [];
      for (let i = 0; i < LIST_REQUESTS; i++) {
        const s = performance.now();
        const res = await api('GET', url);
        if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
        times.push(performance.now() - s);
      }
      lists.push({ name, p50: percentile(times, 50), p95: percentile(times, 95), n: times.length });
    }

    const buildInfo = await db.command({ buildInfo: 1 });
    const server = buildInfo.ferretdbVersion ? `FerretDB ${buildInfo.ferretdbVersion}` : `MongoDB ${buildInfo.version}`;
    console.log(`\nEvery figure below ran on ${server}.`);
    console.log(`import (upload ${uploadSeconds.toFixed(1)} s incl. header and row count): ${job.created} created, ${job.failed} refused in ${importSeconds.toFixed(1)} s → ${importRate.toFixed(0)} rows/s (goal ≥ 2000)`);
    if (again) {
      console.log(`the same file again (upload ${again.uploadSeconds.toFixed(1)} s): ${again.job.created} created, ${again.job.unchanged} unchanged in ${again.seconds.toFixed(1)} s → ${(ROWS / again.seconds).toFixed(0)} rows/s`);
    }
    console.log(`export of the whole ledger as xlsx: ${(exportBytes / 1024 / 1024).toFixed(1)} MiB in ${exportSeconds.toFixed(1)} s`);
    console.log(`county-wide census started from the ledger: ${campaign.records} records copied in ${censusSeconds.toFixed(1)} s`);
    for (const [label, r] of [['into a bare collection', raw.bare], [`into a collection with the ledger's ${raw.indexed.indexes} secondary indexes on ${server}`, raw.indexed]] as const) {
      console.log(`raw insertMany of the same ${docs.length} documents ${label}: ${r.seconds.toFixed(1)} s → ${r.rate.toFixed(0)} docs/s; import / raw ${(importRate / r.rate).toFixed(2)}`);
    }
    console.log(`\nlist/filter through the HTTP API on ${server}, one user, ${LIST_REQUESTS} requests each (goal p95 < 50 ms, judged on MongoDB):`);
    for (const l of lists) console.log(`  ${l.name.padEnd(28)} p50 ${l.p50.toFixed(1).padStart(8)} ms   p95 ${l.p95.toFixed(1).padStart(8)} ms`);
  } finally {
    await mongo.close();
    await Promise.all([registry.stop(), organization.stop()]);
    if (process.env.BENCH_LOG_FILE) await writeFile(process.env.BENCH_LOG_FILE, registry.stdout);
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
