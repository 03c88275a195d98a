import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DemoUser, HubSimulator, ServiceProcess, eventually, randomUscc, serviceEnv, userToken } from '@dangjian/testing';

const run = randomBytes(3).toString('hex');
const EDZ = '/demo-county/econ-dev-zone';
const CHENGGUAN = '/demo-county/chengguan';
const REGIONS = { '341621001': EDZ, '341621101': CHENGGUAN };
let registry: ServiceProcess;
let organization: ServiceProcess;
let hub: HubSimulator;
let dropDir: string;
const tokens = new Map<DemoUser, string>();

type Json = Record<string, unknown>;
async function call(method: string, urlPath: string, user: DemoUser = 'county.admin', body?: unknown) {
  const res = await fetch(`${registry.url}/api/registry${urlPath}`, {
    method,
    headers: { authorization: `Bearer ${tokens.get(user)}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Json };
}
async function byCode(uscc: string): Promise<Json | undefined> {
  return ((await call('GET', `/enterprises?q=${uscc}`)).body.items as Json[])[0];
}
async function ended(id: string): Promise<Json> {
  return eventually(async () => {
    const { body } = await call('GET', `/data-hub/runs/${id}`);
    return body.status === 'running' ? undefined : body;
  }, 60_000, `run ${id} ended`);
}

const A = randomUscc();
const B = randomUscc();
const D = randomUscc();
const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 8, minute)).toISOString();
const change = (n: number, type: string, uscc: string, extra: Json = {}) => ({
  changeId: `${run}-${n}`,
  changeType: type,
  changedAt: at(n),
  uscc,
  name: `数据共享测试${run}-${uscc.slice(-4)}有限公司`,
  regionCode: '341621001',
  address: `开发区共享路${n}号`,
  legalRep: '张三',
  industryCode: 'C3411',
  ...extra,
});

beforeAll(async () => {
  hub = new HubSimulator('dangjian-county', 'hub-secret-2026');
  const hubUrl = await hub.start();
  dropDir = await mkdtemp(path.join(tmpdir(), 'hub-drop-'));
  registry = await ServiceProcess.create('registry', {
    ...serviceEnv('registry', run),
    DATA_HUB_URL: hubUrl,
    DATA_HUB_APP_KEY: 'dangjian-county',
    DATA_HUB_APP_SECRET: 'hub-secret-2026',
    DATA_HUB_REGIONS: JSON.stringify(REGIONS),
    DATA_HUB_CRON: '0 0 0 1 1 *',
    DATA_HUB_PAGE_SIZE: '3',
    DATA_HUB_TIMEOUT_MS: '500',
    DATA_HUB_MAX_RETRIES: '3',
    DATA_HUB_RETRY_BASE_MS: '50',
    DATA_HUB_RATE_PER_SECOND: '10',
    DATA_HUB_DROP_DIR: dropDir,
    DATA_HUB_DROP_POLL_SECONDS: '1',
  });
  organization = await ServiceProcess.create('organization', serviceEnv('organization', run));
  await Promise.all([registry.startReady(), organization.startReady()]);
  for (const user of ['county.admin', 'park.admin.edz', 'auditor'] as DemoUser[]) tokens.set(user, await userToken(user));
  // The jurisdiction checks read the org tree organization seeds at start.
  await eventually(async () => (await call('POST', '/enterprises', 'county.admin', { uscc: randomUscc(), name: '种子等待企业', orgPath: EDZ })).status === 201, 30_000, 'org tree');
}, 120_000);
afterAll(async () => {
  await Promise.all([registry?.stop(), organization?.stop(), hub?.stop()]);
});

describe('pulling registration changes from the data hub', () => {
  let first: Json;

  it('should apply new, changed, abnormal and deregistered changes through retries, and quarantine malformed ones', async () => {
    hub.changes = [
      change(1, 'new', A),
      change(2, 'new', B, { regionCode: '341621101' }),
      change(3, 'new', '91340621MA2N0X0X1X'),
      change(4, 'changed', A, { name: `数据共享测试${run}更名有限公司`, legalRep: '李四' }),
      change(5, 'abnormal', B, { regionCode: '341621101', reason: '未按规定报送年报' }),
      change(6, 'new', randomUscc(), { regionCode: '999999999' }),
      change(7, 'new', D),
      change(8, 'deregistered', D, { reason: '决议解散' }),
    ];
    hub.faults = ['503', 'slow', '503'];
    const started = await call('POST', '/data-hub/runs');
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'running', trigger: 'manual' });
    const concurrent = await call('POST', '/data-hub/runs');
    expect(concurrent.status).toBe(409);
    expect(concurrent.body.code).toBe('DATA_HUB_RUN_IN_PROGRESS');

    first = await ended(String(started.body.id));
    expect(first).toMatchObject({ status: 'completed', pages: 3, fetched: 8, created: 3, updated: 3, quarantined: 2, retries: 3 });
    expect(await byCode(A)).toMatchObject({ name: `数据共享测试${run}更名有限公司`, legalRep: '李四', orgPath: EDZ, status: 'operating' });
    expect(await byCode(B)).toMatchObject({ orgPath: CHENGGUAN, status: 'abnormal' });
    const d = await byCode(D);
    expect(d).toMatchObject({ status: 'deregistered' });
    expect((d!.statusHistory as Json[]).at(-1)).toMatchObject({ from: 'operating', to: 'deregistered', reason: expect.stringContaining('数据共享平台') });
  });

  it('should sign every request, retry 5xx and timeouts, and keep to the rate limit', () => {
    expect(hub.requests.filter((r) => r.status === 401)).toEqual([]);
    expect(hub.requests.filter((r) => r.status === 503)).toHaveLength(2);
    const gaps = hub.requests.slice(1).map((r, i) => r.at - hub.requests[i].at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(90); // 10 requests per second
  });

  it('should hold malformed changes with their reasons for a person', async () => {
    const held = (await call('GET', '/data-hub/quarantine?status=open')).body as unknown as Json[];
    const mine = held.filter((q) => String((q.raw as Json).changeId).startsWith(run));
    expect(mine.map((q) => (q.raw as Json).changeId).sort()).toEqual([`${run}-3`, `${run}-6`]);
    expect(mine.find((q) => (q.raw as Json).changeId === `${run}-3`)!.reasons).toEqual([expect.stringContaining('统一社会信用代码')]);
    expect(mine.find((q) => (q.raw as Json).changeId === `${run}-6`)!.reasons).toEqual([expect.stringContaining('区划代码')]);
  });

  it('should continue from the watermark on the next run', async () => {
    const { body } = await call('GET', '/data-hub/runs');
    expect(body.watermark).toBe(at(8));
    const E = randomUscc();
    hub.changes.push(change(9, 'new', E));
    hub.requests = [];
    const next = await ended(String((await call('POST', '/data-hub/runs')).body.id));
    expect(next).toMatchObject({ status: 'completed', fetched: 1, created: 1, since: at(8) });
    expect(hub.requests.every((r) => r.since === at(8))).toBe(true);
    expect(await byCode(E)).toBeDefined();
  });

  it('should let a person apply a corrected change or dismiss one, once', async () => {
    const fixedCode = randomUscc();
    const applied = await call('POST', `/data-hub/quarantine/data-hub:${run}-3/resolve`, 'county.admin', { action: 'apply', correction: { uscc: fixedCode } });
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ status: 'resolved', resolvedBy: 'county.admin' });
    expect(await byCode(fixedCode)).toMatchObject({ orgPath: EDZ });

    const noNote = await call('POST', `/data-hub/quarantine/data-hub:${run}-6/resolve`, 'county.admin', { action: 'dismiss' });
    expect(noNote.status).toBe(400);
    const dismissed = await call('POST', `/data-hub/quarantine/data-hub:${run}-6/resolve`, 'county.admin', { action: 'dismiss', note: '外县企业，不属本县' });
    expect(dismissed.body).toMatchObject({ status: 'dismissed' });
    const again = await call('POST', `/data-hub/quarantine/data-hub:${run}-6/resolve`, 'county.admin', { action: 'dismiss', note: '重复处理' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('QUARANTINE_ALREADY_RESOLVED');
    expect((await call('POST', `/data-hub/quarantine/data-hub:${run}-6/resolve`, 'park.admin.edz', { action: 'dismiss', note: '越权' })).status).toBe(403);
  });

  it('should fail a run the hub refuses, and leave the watermark', async () => {
    hub.secret = 'rotated-secret';
    const refused = await ended(String((await call('POST', '/data-hub/runs')).body.id));
    hub.secret = 'hub-secret-2026';
    expect(refused).toMatchObject({ status: 'failed', error: expect.stringContaining('HTTP 401') });
    expect((await call('GET', '/data-hub/runs')).body.watermark).toBe(at(9));
  });
});

describe('the file-drop adapter', () => {
  it('should apply the changes of a dropped csv and move the file to processed/', async () => {
    const F = randomUscc();
    const csv = [
      '变更编号,变更类型,变更时间,统一社会信用代码,名称,区划代码,地址,法定代表人,行业代码,原因',
      `${run}-f1,新设,2026-11-21T09:00:00Z,${F},文件交换测试${run}有限公司,341621101,城关镇文件路1号,王五,F5211,`,
      `${run}-f2,新设,2026-11-21T09:01:00Z,${randomUscc()},,341621101,,,,`,
    ].join('\r\n');
    await writeFile(path.join(dropDir, `changes-${run}.csv`), `\uFEFF${csv}\r\n`);
    await eventually(async () => (await readdir(path.join(dropDir, 'processed')).catch(() => [])).length === 1, 30_000, 'file processed');
    expect(await byCode(F)).toMatchObject({ orgPath: CHENGGUAN, legalRep: '王五', industryCode: 'F5211' });
    const runs = (await call('GET', '/data-hub/runs')).body.items as Json[];
    expect(runs.find((r) => r.trigger === 'file-drop')).toMatchObject({ status: 'completed', fileName: `changes-${run}.csv`, created: 1, quarantined: 1 });
    expect((await readdir(dropDir)).filter((f) => f.endsWith('.csv'))).toEqual([]);
  });
});
