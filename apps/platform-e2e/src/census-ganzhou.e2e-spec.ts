import { randomBytes } from 'node:crypto';
import { DemoUser, ServiceProcess, eventually, randomUscc, serviceEnv, userToken } from '@dangjian/testing';

/**
 * 赣州's census, through the HTTP API: a raw list larger than the base goes through the five checks;
 * shells, zombies and shadows are removed at the responsible-unit summary, a few records fail the
 * township's preliminary check, and 755 enterprises + 59 social organizations enter the base.
 */
const run = randomBytes(3).toString('hex');
const HOMES = ['/demo-county/econ-dev-zone', '/demo-county/hi-tech-park', '/demo-county/chengguan'];
const FIGURES = { enterprises: 755, socialOrgs: 59, shells: 31, zombies: 24, shadows: 18, failPreliminary: 12 };
const STAGES = ['township-preliminary', 'liaison-on-site', 'industry-filter', 'responsible-unit-summary', 'org-dept-standard'];

let registry: ServiceProcess;
let organization: ServiceProcess;
let token = '';

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${registry.url}/api/registry${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  registry = await ServiceProcess.create('registry', serviceEnv('registry', run));
  organization = await ServiceProcess.create('organization', serviceEnv('organization', run));
  await Promise.all([registry.startReady(), organization.startReady()]);
  token = await userToken('county.admin' as DemoUser);
  // The jurisdiction checks read the org tree organization seeds at start.
  await eventually(async () => (await call('GET', '/enterprises?orgPath=/demo-county/chengguan&limit=1')).status === 200, 30_000, 'registry answers');
}, 120_000);
afterAll(async () => {
  await Promise.all([registry?.stop(), organization?.stop()]);
});

it('should end with 755 enterprises and 59 social organizations in the base after the five checks', async () => {
  // The raw list arrives as one ledger file, as a county's would. Shadows repeat a base record's name
  // and address under another code; the import flags them for the checkers.
  const rows: string[][] = [];
  const codes: Record<string, string[]> = { base: [], shells: [], zombies: [], shadows: [], failPreliminary: [] };
  const add = (group: string, name: string, address: string, home: string, social = false) => {
    const uscc = randomUscc(social ? '51' : '91');
    codes[group].push(uscc);
    rows.push([uscc, name, social ? '社会组织' : '非公企业', home, address]);
  };
  for (let i = 0; i < FIGURES.enterprises; i++) add('base', `赣州${run}企业${i}号有限公司`, `章贡路${i}号`, HOMES[i % 3]);
  for (let i = 0; i < FIGURES.socialOrgs; i++) add('base', `赣州${run}第${i}号协会`, `红旗大道${i}号`, HOMES[i % 3], true);
  for (let i = 0; i < FIGURES.shells; i++) add('shells', `赣州${run}空壳${i}号有限公司`, `空壳路${i}号`, HOMES[i % 3]);
  for (let i = 0; i < FIGURES.zombies; i++) add('zombies', `赣州${run}僵尸${i}号有限公司`, `僵尸路${i}号`, HOMES[i % 3]);
  for (let i = 0; i < FIGURES.shadows; i++) add('shadows', `赣州${run}企业${i}号有限公司`, `章贡路${i}号`, HOMES[i % 3]);
  for (let i = 0; i < FIGURES.failPreliminary; i++) add('failPreliminary', `赣州${run}待核${i}号有限公司`, `待核路${i}号`, HOMES[i % 3]);
  rows.push([randomUscc(), `赣州${run}已注销有限公司`, '非公企业', HOMES[0], '注销路1号', '注销/吊销']);
  const header = '统一社会信用代码,名称,类型,所属辖区,地址,经营状态,网格,行业代码,规模以上,法定代表人,出资人,职工人数,党员人数,预备党员人数,党组织建立情况,未建原因,发展需求,工会,共青团,妇联';
  const csv = `${header}\r\n${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
  const imported = await fetch(`${registry.url}/api/registry/enterprises/imports?fileName=ganzhou.csv`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: csv,
  });
  expect(imported.status).toBe(201);
  const jobId = String(((await imported.json()) as { id: string }).id);
  const job = await eventually(async () => {
    const { body } = await call('GET', `/enterprises/imports/${jobId}`);
    return body.status === 'completed' ? body : undefined;
  }, 120_000, 'raw list imported');
  expect(job).toMatchObject({ created: rows.length, failed: 0 });

  // Ids and shadow flags, read back through the ledger list.
  const byCode = new Map<string, Record<string, unknown>>();
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await call('GET', `/enterprises?q=${encodeURIComponent(`赣州${run}`)}&limit=500${cursor ? `&cursor=${cursor}` : ''}`);
    for (const e of page.body.items as Record<string, unknown>[]) byCode.set(String(e.uscc), e);
    cursor = page.body.next as string | undefined;
  }
  expect(byCode.size).toBe(rows.length);
  const groups = Object.fromEntries(Object.entries(codes).map(([g, list]) => [g, list.map((c) => String(byCode.get(c)!.id))])) as Record<string, string[]>;
  for (const c of codes.shadows) expect((byCode.get(c)!.shadowSuspects as string[]).length).toBe(1);

  const started = await call('POST', '/census/campaigns', { year: 2026, orgPath: '/demo-county' });
  expect(started.status).toBe(201);
  const total = groups.base.length + groups.shells.length + groups.zombies.length + groups.shadows.length + groups.failPreliminary.length;
  expect(started.body.records).toBe(total);
  const id = String(started.body.id);

  const bulk = async (stage: string, ids: string[], verdict: 'pass' | 'exclude', reason?: string) => {
    for (let i = 0; i < ids.length; i += 1000) {
      token = await userToken('county.admin' as DemoUser); // tokens live minutes; the census takes a while
      const res = await call('POST', `/census/campaigns/${id}/checks`, { stage, verdict, reason, enterpriseIds: ids.slice(i, i + 1000) });
      expect(res.status).toBe(201);
      expect(res.body.skipped).toEqual([]);
    }
  };
  const survivors = [...groups.base, ...groups.shells, ...groups.zombies, ...groups.shadows];
  await bulk('township-preliminary', groups.failPreliminary, 'exclude', 'other');
  for (const stage of STAGES.slice(0, 3)) await bulk(stage, survivors, 'pass');
  await bulk('responsible-unit-summary', groups.shells, 'exclude', 'shell');
  await bulk('responsible-unit-summary', groups.zombies, 'exclude', 'zombie');
  await bulk('responsible-unit-summary', groups.shadows, 'exclude', 'shadow');
  await bulk('responsible-unit-summary', groups.base, 'pass');

  // Mid-way: everything left waits at the last check, per jurisdiction.
  const midway = await call('GET', `/census/campaigns/${id}/progress`);
  const waiting = (midway.body.byJurisdiction as { waitingAt: Record<string, number> }[]).reduce((n, r) => n + r.waitingAt['org-dept-standard'], 0);
  expect(waiting).toBe(groups.base.length);

  await bulk('org-dept-standard', groups.base, 'pass');
  const done = await call('GET', `/census/campaigns/${id}/progress`);
  expect(done.body.base).toEqual({ enterprise: 755, 'social-org': 59, individual: 0 });
  const excluded: Record<string, number> = {};
  for (const row of done.body.byJurisdiction as { excluded: Record<string, number> }[]) {
    for (const [reason, n] of Object.entries(row.excluded)) excluded[reason] = (excluded[reason] ?? 0) + n;
  }
  expect(excluded).toEqual({ shell: 31, zombie: 24, shadow: 18, other: 12 });
  expect((done.body.byJurisdiction as unknown[]).length).toBe(3);

  // A check out of order is refused with the check that comes next.
  const late = await call('POST', `/census/campaigns/${id}/records/${groups.base[0]}/checks`, { stage: 'industry-filter', verdict: 'pass' });
  expect(late.status).toBe(409);
  expect(late.body.code).toBe('CENSUS_STAGE_OUT_OF_ORDER');
}, 600_000);
