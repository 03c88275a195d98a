import { randomBytes, randomUUID } from 'node:crypto';
import * as ExcelJS from 'exceljs';
import mongoose, { Types } from 'mongoose';
import { EventEnvelope, eventStreamName } from '@dangjian/contracts';
import { DemoUser, ServiceProcess, connectTestNats, eventually, randomUscc, readStream, requiredEnv, serviceEnv, userToken } from '@dangjian/testing';

const run = randomBytes(3).toString('hex');
const EDZ = '/demo-county/econ-dev-zone';
const HTP = '/demo-county/hi-tech-park';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let registry: ServiceProcess;
let organization: ServiceProcess;
const tokens = new Map<DemoUser, string>();
let headers: string[] = [];

type Json = Record<string, unknown>;
async function call(method: string, path: string, user: DemoUser = 'park.admin.edz', init: { body?: unknown; raw?: Buffer; type?: string } = {}) {
  const res = await fetch(`${registry.url}/api/registry${path}`, {
    method,
    headers: {
      authorization: `Bearer ${tokens.get(user)}`,
      ...(init.raw ? { 'content-type': init.type ?? XLSX } : init.body ? { 'content-type': 'application/json' } : {}),
    },
    body: init.raw ?? (init.body ? JSON.stringify(init.body) : undefined),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Json };
}
const upload = (file: Buffer, fileName: string, user: DemoUser = 'park.admin.edz', type?: string) =>
  call('POST', `/enterprises/imports?fileName=${encodeURIComponent(fileName)}`, user, { raw: file, type });

/** Status and code of a refusal; on a mismatch the whole answer and the service's log tail show why. */
function expectRefusal(res: { status: number; body: Json }, status: number, code: string) {
  const seen = { status: res.status, code: res.body.code };
  if (seen.status !== status || seen.code !== code) {
    throw new Error(`expected ${status} ${code}, got ${JSON.stringify(res)}\nregistry log:\n${(registry.stdout + registry.stderr).slice(-4000)}`);
  }
}

type Row = Record<string, string | number>;
function row(i: number, extra: Row = {}): Row {
  return {
    统一社会信用代码: randomUscc(),
    名称: `导入测试企业${run}-${i}`,
    类型: '非公企业',
    所属辖区: EDZ,
    行业代码: 'C3411',
    地址: `开发区${run}路${i}号`,
    法定代表人: `法人${i}`,
    经营状态: '经营',
    职工人数: i % 120,
    党员人数: i % 5,
    预备党员人数: 0,
    党组织建立情况: '未建立',
    工会: i % 2 ? '是' : '否',
    ...extra,
  };
}

async function xlsxOf(rows: Row[], columns = headers): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('市场主体台账');
  sheet.addRow(columns);
  for (const r of rows) sheet.addRow(columns.map((h) => r[h] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
function csvOf(rows: Row[]): Buffer {
  const field = (v: unknown) => (v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return Buffer.from(`\uFEFF${[headers.join(','), ...rows.map((r) => headers.map((h) => field(r[h])).join(','))].join('\r\n')}\r\n`);
}

async function finished(id: string, timeoutMs = 120_000): Promise<Json> {
  return eventually(async () => {
    const { body } = await call('GET', `/enterprises/imports/${id}`);
    if (body.status === 'failed') throw new Error(`import failed: ${String(body.error)}`);
    return body.status === 'completed' ? body : undefined;
  }, timeoutMs, `import ${id} completed`);
}

async function registryEvents(filter: string): Promise<EventEnvelope[]> {
  const nc = await connectTestNats();
  try {
    return (await readStream(nc, eventStreamName('registry'), filter)).map((m) => m.json<EventEnvelope>());
  } finally {
    await nc.close();
  }
}

async function byCode(uscc: string, user: DemoUser = 'county.admin'): Promise<Json[]> {
  return (await call('GET', `/enterprises?q=${uscc}`, user)).body.items as Json[];
}

beforeAll(async () => {
  registry = await ServiceProcess.create('registry', { ...serviceEnv('registry', run), IMPORT_MAX_MB: '2', IMPORT_BATCH_ROWS: '200', LOG_LEVEL: 'info' });
  organization = await ServiceProcess.create('organization', serviceEnv('organization', run));
  await Promise.all([registry.startReady(), organization.startReady()]);
  for (const user of ['county.admin', 'park.admin.edz', 'instructor', 'auditor'] as DemoUser[]) tokens.set(user, await userToken(user));
  const template = await fetch(`${registry.url}/api/registry/enterprises/import-template?format=xlsx`, { headers: { authorization: `Bearer ${tokens.get('park.admin.edz')}` } });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await template.arrayBuffer()) as unknown as ArrayBuffer);
  headers = (workbook.worksheets[0].getRow(1).values as string[]).slice(1);
}, 120_000);
afterAll(async () => {
  await Promise.all([registry?.stop(), organization?.stop()]);
});

describe('the import template', () => {
  it('should carry the ledger columns with Chinese headers, and notes on a second sheet', async () => {
    expect(headers.slice(0, 4)).toEqual(['统一社会信用代码', '名称', '类型', '所属辖区']);
    expect(headers).toEqual(expect.arrayContaining(['职工人数', '党员人数', '预备党员人数', '党组织建立情况', '工会', '共青团', '妇联']));
    const csv = await fetch(`${registry.url}/api/registry/enterprises/import-template?format=csv`, { headers: { authorization: `Bearer ${tokens.get('park.admin.edz')}` } });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect((await csv.text()).replace(/^\uFEFF/, '').trim()).toBe(headers.join(','));
  });

  it('should be refused to a role that cannot import', async () => {
    expect((await call('GET', '/enterprises/import-template', 'instructor')).status).toBe(403);
  });
});

describe('refusing a bad file', () => {
  it('should refuse a file that is neither xlsx nor csv', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const res = await upload(png, 'photo.xlsx');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('IMPORT_UNSUPPORTED_FILE');
    expect(String(res.body.message)).toMatch(/文件类型不支持/);
  });

  it('should refuse a file over the size limit', async () => {
    const big = Buffer.concat([csvOf([row(0)]), Buffer.alloc(2.5 * 1024 * 1024, 0x20)]);
    const res = await upload(big, 'big.csv', 'park.admin.edz', 'text/csv');
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('IMPORT_FILE_TOO_LARGE');
  });

  it('should name the columns a file lacks', async () => {
    const res = await upload(await xlsxOf([row(0)], headers.filter((h) => h !== '党员人数' && h !== '所属辖区')), 'old-template.xlsx');
    expectRefusal(res, 422, 'IMPORT_MISSING_COLUMNS');
    expect(String(res.body.message)).toContain('所属辖区');
    expect(String(res.body.message)).toContain('党员人数');
  });

  it('should refuse a file with a header row and nothing else', async () => {
    const res = await upload(await xlsxOf([]), 'empty.xlsx');
    expectRefusal(res, 422, 'IMPORT_EMPTY_FILE');
  });
});

describe('importing a ledger file', () => {
  const good = Array.from({ length: 1200 }, (_, i) => row(i));
  const bad: Row[] = [
    row(9001, { 统一社会信用代码: '91340621MA2N0X0X1X' }),
    row(9002, { 职工人数: -3 }),
    row(9003, { 党员人数: 2, 预备党员人数: 5 }),
    row(9004, { 所属辖区: '/demo-county/no-such-park' }),
    row(9005, { 所属辖区: HTP }),
    { ...good[10], 名称: `重复行${run}` },
  ];
  const rows = [...good.slice(0, 600), ...bad, ...good.slice(600)];
  let file: Buffer;
  let first: Json;

  beforeAll(async () => {
    file = await xlsxOf(rows);
  });

  it('should take in the good rows and report each refused row with its line, column and reason', async () => {
    const accepted = await upload(file, '开发区台账.xlsx');
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ status: 'queued', totalRows: rows.length, format: 'xlsx' });
    first = await finished(String(accepted.body.id));
    expect(first).toMatchObject({ processedRows: rows.length, created: good.length, updated: 0, unchanged: 0, failed: bad.length });

    const errors = (await call('GET', `/enterprises/imports/${accepted.body.id}/errors`)).body.items as Json[];
    const at = (offset: number) => errors.filter((e) => e.line === 602 + offset).map((e) => [e.column, e.reason]);
    expect(at(0)).toEqual([['统一社会信用代码', expect.stringContaining('校验码不正确')]]);
    expect(at(1)).toEqual([['职工人数', expect.stringContaining('不小于 0 的整数')]]);
    expect(at(2)).toEqual([['预备党员人数', expect.stringContaining('不能超过党员人数')]]);
    expect(at(3)).toEqual([['所属辖区', expect.stringContaining('辖区不存在')]]);
    expect(at(4)).toEqual([['所属辖区', expect.stringContaining('管辖范围')]]);
    expect(at(5)).toEqual([['统一社会信用代码', expect.stringContaining('与第 12 行重复')]]);

    const report = await fetch(`${registry.url}/api/registry/enterprises/imports/${accepted.body.id}/errors?format=xlsx`, {
      headers: { authorization: `Bearer ${tokens.get('park.admin.edz')}` },
    });
    expect(report.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await report.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(['行号', '统一社会信用代码', '列', '原因']);
    expect(sheet.rowCount).toBe(1 + errors.length);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([602, '91340621MA2N0X0X1X', '统一社会信用代码', expect.stringContaining('校验码不正确')]);

    const [imported] = await byCode(String(good[700]['统一社会信用代码']));
    expect(imported).toMatchObject({ name: good[700]['名称'], orgPath: EDZ, employees: 700 % 120, partyMembers: 0, massOrgs: { union: false } });
  });

  it('should publish progress, and one registered event per new record', async () => {
    const progress = (await registryEvents('evt.registry.import.progress.v1')).filter((e) => e.subject === first.id);
    expect(progress.length).toBeGreaterThanOrEqual(Math.ceil(rows.length / 200));
    expect(progress[progress.length - 1].data).toMatchObject({ status: 'completed', processedRows: rows.length, created: good.length });
    const [record] = await byCode(String(good[3]['统一社会信用代码']));
    const registered = (await registryEvents('evt.registry.enterprise.registered.v1')).filter((e) => e.subject === record.id);
    expect(registered).toHaveLength(1);
  });

  it('should create nothing twice when the same file comes again', async () => {
    const again = await upload(file, '开发区台账.xlsx');
    const second = await finished(String(again.body.id));
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: good.length, failed: bad.length });
    expect(await byCode(String(good[5]['统一社会信用代码']))).toHaveLength(1);
  });

  it('should update only what a csv changes, keeping the counts history', async () => {
    const changed = { ...good[20], 职工人数: 260, 党员人数: 4, 预备党员人数: 1 };
    const res = await upload(csvOf([changed, good[21]]), 'update.csv', 'park.admin.edz', 'text/csv');
    expect(res.status).toBe(201);
    expect(await finished(String(res.body.id))).toMatchObject({ format: 'csv', created: 0, updated: 1, unchanged: 1, failed: 0 });
    const [record] = await byCode(String(good[20]['统一社会信用代码']));
    expect(record).toMatchObject({ employees: 260, partyMembers: 4, probationaryMembers: 1, version: 1 });
    expect((record.countsHistory as Json[]).map((c) => c.employees)).toEqual([20, 260]);
  });

  it('should show the job only to callers over the importer’s jurisdiction', async () => {
    expect((await call('GET', `/enterprises/imports/${first.id}`, 'county.admin')).status).toBe(200);
    expect((await call('GET', `/enterprises/imports/${first.id}`, 'auditor')).status).toBe(200);
  });
});

describe('a crash in the middle of an import', () => {
  const HOUR = 60 * 60_000;
  const orphans = { old: new Types.ObjectId(), recent: new Types.ObjectId() };
  const registryDb = () => mongoose.connection.useDb(serviceEnv('registry', run).MONGO_DB).db!;
  /** An upload stored in GridFS whose job was never written, as a crash between the two leaves it. */
  async function storeOrphan(id: Types.ObjectId, ageMs: number): Promise<void> {
    const db = registryDb();
    await db.collection('import_files.files').insertOne({ _id: id, length: 4, chunkSize: 261_120, uploadDate: new Date(Date.now() - ageMs), filename: 'orphan.xlsx' });
    await db.collection('import_files.chunks').insertOne({ files_id: id, n: 0, data: Buffer.from('PK\u0003\u0004') });
  }
  async function storedFiles(): Promise<string[]> {
    const db = registryDb();
    return (await db.collection('import_files.files').find({}, { projection: { _id: 1 } }).toArray()).map((f) => String(f._id));
  }
  beforeAll(async () => {
    await mongoose.connect(requiredEnv('MONGO_URL'));
  });
  afterAll(async () => {
    await mongoose.disconnect();
  });

  it('should go on from its last checkpoint after the worker is killed, within 30 s of its restart, with every row in exactly once', async () => {
    // On FerretDB a service runs as one replica: the replacement starts once the killed one is gone.
    const rows = Array.from({ length: 3000 }, (_, i) => row(20_000 + i));
    const accepted = await upload(await xlsxOf(rows), 'crash.xlsx');
    expect(accepted.status).toBe(201);
    const id = String(accepted.body.id);
    await eventually(async () => {
      const { body } = await call('GET', `/enterprises/imports/${id}`);
      return Number(body.processedRows) >= 400 && Number(body.processedRows) < 2400;
    }, 60_000, 'import half way');
    const jobs = registryDb().collection<{ _id: string; processedRows: number; leaseOwner: string }>('import_jobs');
    const before = await jobs.findOne({ _id: id });
    await registry.kill();
    const killedAt = Date.now();
    await storeOrphan(orphans.old, 2 * HOUR);
    await storeOrphan(orphans.recent, 0);

    // The replacement waits out the dead replica's lease, then the dead worker's import lease, and takes the job.
    await registry.startReady();
    await eventually(async () => {
      const job = await jobs.findOne({ _id: id });
      return job && job.leaseOwner !== before!.leaseOwner && job.processedRows > before!.processedRows;
    }, 30_000, 'the restarted registry took the import over');
    expect(Date.now() - killedAt).toBeLessThan(40_000);
    const done = await finished(id, 180_000);
    expect(done).toMatchObject({ status: 'completed', processedRows: rows.length, created: rows.length, failed: 0 });
    for (const r of [rows[0], rows[1499], rows[2999]]) expect(await byCode(String(r['统一社会信用代码']))).toHaveLength(1);
    const progress = (await registryEvents('evt.registry.import.progress.v1')).filter((e) => e.subject === id);
    expect(progress[progress.length - 1].data).toMatchObject({ status: 'completed', created: rows.length });
  });

  it('should send every update of a batch once when the registry dies between the ledger write and the checkpoint', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => row(40_000 + i));
    const created = await upload(await xlsxOf(rows), 'before-update.xlsx');
    await finished(String(created.body.id));
    const changed = rows.map((r) => ({ ...r, 职工人数: 400 }));

    // A replica armed to die right after the first batch's records are written, before its checkpoint.
    const main = registry;
    await main.stop();
    const crashing = await ServiceProcess.create('registry', { ...main.env, FAILPOINTS: 'import.after-ledger-write' });
    let id = '';
    try {
      await crashing.startReady();
      registry = crashing;
      const accepted = await upload(await xlsxOf(changed), 'update.xlsx');
      expect(accepted.status).toBe(201);
      id = String(accepted.body.id);
      const exit = await crashing.exit();
      expect(exit?.signal).toBe('SIGKILL');
      expect(exit?.stderr).toContain('failpoint import.after-ledger-write');
    } finally {
      registry = main;
      await crashing.kill();
    }
    // The first batch's records were changed, and the job never recorded it.
    const db = registryDb();
    expect(await db.collection('enterprises').findOne({ uscc: rows[0]['统一社会信用代码'] })).toMatchObject({ employees: 400 });
    expect(await db.collection('import_jobs').findOne({ _id: id as never })).toMatchObject({ processedRows: 0 });

    await main.startReady();
    expect(await finished(id, 120_000)).toMatchObject({ status: 'completed', created: 0, updated: rows.length, unchanged: 0, failed: 0 });
    const records = await db.collection('enterprises').find({ uscc: { $in: rows.map((r) => r['统一社会信用代码']) } }, { projection: { _id: 1 } }).toArray();
    const ids = new Set(records.map((r) => String(r._id)));
    expect(ids.size).toBe(rows.length);
    const updates = await eventually(async () => {
      const found = (await registryEvents('evt.registry.enterprise.updated.v1')).filter((e) => ids.has(e.subject));
      return found.length >= rows.length ? found : undefined;
    }, 30_000, 'an updated event for every record');
    expect(updates).toHaveLength(rows.length);
    expect(new Set(updates.map((e) => e.subject)).size).toBe(rows.length);
    expect(updates.every((e) => (e.data as { employees: number }).employees === 400)).toBe(true);
  });

  it('should remove an upload a crash left without a job once it is an hour old, and keep a younger one', async () => {
    await eventually(async () => !(await storedFiles()).includes(String(orphans.old)), 30_000, 'old orphan removed');
    expect(await storedFiles()).toContain(String(orphans.recent));
    const db = registryDb();
    expect(await db.collection('import_files.chunks').countDocuments({ files_id: orphans.old })).toBe(0);
  });

  it('should end a job whose file cannot be read after its third attempt, and remove the upload', async () => {
    const db = registryDb();
    const template = await db.collection('import_jobs').findOne({ status: 'completed' });
    const fileId = new Types.ObjectId();
    await storeOrphan(fileId, 0); // stored like an upload, but no workbook inside
    const id = randomUUID();
    const counts = { processedRows: 0, created: 0, updated: 0, unchanged: 0, failed: 0 };
    await db.collection<Json & { _id: string }>('import_jobs').insertOne({ ...template, ...counts, _id: id, fileId, status: 'queued', leaseUntil: new Date(0), leaseEpoch: 0, attempts: 0, _events: [] });
    const job = await eventually(async () => {
      const { body } = await call('GET', `/enterprises/imports/${id}`);
      return body.status === 'failed' ? body : undefined;
    }, 60_000, 'job given up');
    expect(job).toMatchObject({ status: 'failed', attempts: 3, processedRows: 0 });
    expect(String(job.error)).not.toBe('');
    await eventually(async () => !(await storedFiles()).includes(String(fileId)), 10_000, 'upload removed');
  });
});
