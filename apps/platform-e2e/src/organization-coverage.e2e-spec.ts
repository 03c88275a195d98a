import { randomBytes } from 'node:crypto';
import * as ExcelJS from 'exceljs';
import { mongo } from 'mongoose';
import { NatsConnection } from 'nats';
import { EventEnvelope, InstructorAssignmentEndedV1, InstructorAssignmentStartedV1, eventStreamName, eventSubject } from '@dangjian/contracts';
import { createEvent } from '@dangjian/messaging';
import { ORGANIZATION_CATCH_UP_MS, DemoUser, ServiceProcess, connectTestNats, eventually, randomUscc, readStream, requiredEnv, serviceEnv, userToken } from '@dangjian/testing';

/**
 * The two coverages through the HTTP API on real servers: 怀宁's figures (332 enterprises in the base,
 * 52 independent branches, 280 enterprises in 22 joint branches under 怀宁's maximum of 13) give 100 %
 * organization coverage; an instructor's assignment moves work coverage; a rebuild repairs a counter
 * changed behind the service's back.
 */
const run = randomBytes(3).toString('hex');
const COUNTY = '/demo-county';
const HEADER = '统一社会信用代码,名称,类型,所属辖区,地址,经营状态,网格,行业代码,规模以上,法定代表人,出资人,职工人数,党员人数,预备党员人数,党组织建立情况,未建原因,发展需求,工会,共青团,妇联';
const STAGES = ['township-preliminary', 'liaison-on-site', 'industry-filter', 'responsible-unit-summary', 'org-dept-standard'];

let registry: ServiceProcess;
let organization: ServiceProcess;
let nc: NatsConnection;
const tokens = new Map<DemoUser, string>();
type Json = Record<string, unknown>;

async function call(service: ServiceProcess, method: string, path: string, user: DemoUser, body?: unknown, type = 'application/json'): Promise<{ status: number; body: Json; raw: Response }> {
  const res = await fetch(`${service.url}/api/${service.service}${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens.get(user)}`, ...(body ? { 'content-type': type } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = res.headers.get('content-type')?.includes('json') ? ((await res.clone().json()) as Json) : {};
  return { status: res.status, body: json, raw: res };
}

async function newPark(name: string, label: string): Promise<string> {
  const res = await call(organization, 'POST', '/org-units', 'county.admin', { parentPath: COUNTY, name: `${name}-${run}`, label, kind: 'park' });
  expect(res.status).toBe(201);
  return String(res.body.path);
}

interface Row {
  name: string;
  industry: string;
  employees: number;
  members: number;
}

/** Imports enterprises into a park through a ledger file; ids in row order. */
async function importRows(park: string, rows: Row[]): Promise<string[]> {
  const codes = rows.map(() => randomUscc());
  const lines = rows.map((r, i) => [codes[i], r.name, '非公企业', park, `${r.name}路1号`, '', '', r.industry, '', '', '', r.employees, r.members, 0, '', '', '', '', '', ''].join(','));
  const res = await call(registry, 'POST', `/enterprises/imports?fileName=${park.split('/').pop()}.csv`, 'county.admin', `${HEADER}\r\n${lines.join('\r\n')}\r\n`, 'text/csv');
  if (res.status !== 201) throw new Error(`${res.status} ${await res.raw.text()}`);
  const job = await eventually(async () => {
    const { body } = await call(registry, 'GET', `/enterprises/imports/${res.body.id}`, 'county.admin');
    return body.status === 'completed' ? body : undefined;
  }, 120_000, 'ledger file imported');
  expect(job).toMatchObject({ created: rows.length, failed: 0 });
  const ids = new Map<string, string>();
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await call(registry, 'GET', `/enterprises?orgPath=${encodeURIComponent(park)}&limit=500${cursor ? `&cursor=${cursor}` : ''}`, 'county.admin');
    for (const e of page.body.items as Json[]) ids.set(String(e.uscc), String(e.id));
    cursor = page.body.next as string | undefined;
  }
  return codes.map((c) => ids.get(c)!);
}

/** Passes the enterprises through the five checks of a census of the park: they enter the base. */
async function admit(park: string, ids: string[]): Promise<void> {
  const campaign = await call(registry, 'POST', '/census/campaigns', 'county.admin', { year: 2026, orgPath: park });
  expect(campaign.status).toBe(201);
  for (const stage of STAGES) {
    const res = await call(registry, 'POST', `/census/campaigns/${campaign.body.id}/checks`, 'county.admin', { stage, verdict: 'pass', enterpriseIds: ids });
    expect(res.status).toBe(201);
  }
}

async function coverage(path: string, user: DemoUser = 'county.admin'): Promise<Json> {
  const res = await call(organization, 'GET', `/coverage?path=${encodeURIComponent(path)}`, user);
  expect(res.status).toBe(200);
  return res.body;
}

/** Waits until the coverage's totals match (organization hears of registry's and its own events asynchronously). */
async function coverageReaches(path: string, totals: Json): Promise<Json> {
  let last: Json = {};
  return eventually(async () => {
    const body = await coverage(path);
    last = body.totals as Json;
    return Object.entries(totals).every(([k, v]) => last[k] === v) ? body : undefined;
  }, 120_000, () => `coverage of ${path} reaches ${JSON.stringify(totals)} (last ${JSON.stringify(last)})`);
}

async function branch(park: string, name: string, form: 'independent' | 'joint'): Promise<string> {
  const res = await call(organization, 'POST', '/org-units', 'county.admin', { parentPath: park, name, label: `${name}党支部`, kind: 'branch', form });
  expect(res.status).toBe(201);
  return String(res.body.id);
}

async function attach(branchId: string, enterpriseId: string): Promise<void> {
  const res = await eventually(async () => {
    const r = await call(organization, 'POST', `/org-units/${branchId}/enterprises`, 'county.admin', { enterpriseId });
    return r.status === 404 ? undefined : r;
  }, ORGANIZATION_CATCH_UP_MS, `enterprise ${enterpriseId} known to organization`);
  expect(res.status).toBe(201);
}

async function publishAssignment(event: EventEnvelope): Promise<void> {
  await nc.jetstream().publish(eventSubject(event.type), JSON.stringify(event), { msgID: event.id });
}

beforeAll(async () => {
  registry = await ServiceProcess.create('registry', serviceEnv('registry', run));
  organization = await ServiceProcess.create('organization', { ...serviceEnv('organization', run), COVERAGE_POLL_MS: '500', COVERAGE_LEASE_MS: '2000' });
  await Promise.all([registry.startReady(), organization.startReady()]);
  nc = await connectTestNats();
  for (const user of ['county.admin', 'park.admin.htp', 'auditor'] as DemoUser[]) tokens.set(user, await userToken(user));
  await eventually(async () => (await call(organization, 'GET', `/org-units/by-path?path=${COUNTY}`, 'county.admin')).status === 200, 30_000, 'demo tree seeded');
}, 120_000);
afterAll(async () => {
  await nc?.close();
  await Promise.all([registry?.stop(), organization?.stop()]);
});

it('should reach 100 % organization coverage with 怀宁’s 52 independent and 22 joint branches over 332 enterprises, and export it', async () => {
  const park = await newPark('huaining', `怀宁测试园区${run}`);
  const policy = await call(organization, 'POST', '/policies', 'county.admin', {
    path: park,
    effectiveFrom: '2020-01-01',
    settings: { jointBranchMaxEnterprises: 13, coverageTargets: [{ by: '2020-12-31', organization: 90, work: 90 }, { by: '2021-12-31', organization: 100, work: 100 }] },
  });
  expect(policy.status).toBe(201);
  const rows: Row[] = [
    ...Array.from({ length: 52 }, (_, i) => ({ name: `怀宁${run}独立${i}号有限公司`, industry: 'C3411', employees: i < 10 ? 120 : 30, members: 3 + (i % 4) })),
    ...Array.from({ length: 280 }, (_, i) => ({ name: `怀宁${run}联合${i}号有限公司`, industry: i % 2 ? 'F5123' : 'C1810', employees: 12, members: 1 + (i % 2) })),
  ];
  const ids = await importRows(park, rows);
  await admit(park, ids);
  // In the base, nothing covered yet; the ten large ones have members.
  await coverageReaches(park, { base: 332, organization: 0, work: 0, large: 10, largeWithoutMembers: 0 });

  for (let i = 0; i < 52; i++) await attach(await branch(park, `independent-${i}`, 'independent'), ids[i]);
  const joint = ids.slice(52);
  for (let b = 0, at = 0; b < 22; b++) {
    const size = b < 16 ? 13 : 12; // 16 × 13 + 6 × 12 = 280
    const id = await branch(park, `joint-${b}`, 'joint');
    for (const enterpriseId of joint.slice(at, at + size)) await attach(id, enterpriseId);
    at += size;
  }

  const done = await coverageReaches(park, { base: 332, organization: 332, work: 332 });
  expect(done.totals).toMatchObject({ organizationRate: 100, workRate: 100 });
  expect(done.source).toBe('live');
  expect(done.targets).toEqual([
    expect.objectContaining({ by: '2020-12-31', organizationMet: true, workMet: true, due: true }),
    expect.objectContaining({ by: '2021-12-31', organizationMet: true, workMet: true, due: true }),
  ]);
  expect(done.byKind).toContainEqual(expect.objectContaining({ kind: 'enterprise', label: '非公企业', base: 332, organization: 332 }));
  expect(done.byIndustry).toEqual([
    expect.objectContaining({ industry: 'C', label: '制造业', base: 52 + 140 }),
    expect.objectContaining({ industry: 'F', label: '批发和零售业', base: 140 }),
  ]);
  const gaps = await call(organization, 'GET', `/coverage/gaps?path=${encodeURIComponent(park)}&gap=organization`, 'county.admin');
  expect(gaps.body).toEqual({ items: [] });

  // The county sees the park as one of its rows; a park admin elsewhere cannot see it at all.
  const county = await coverage(COUNTY);
  expect(county.children).toContainEqual(expect.objectContaining({ path: park, base: 332, organizationRate: 100 }));
  expect((await call(organization, 'GET', `/coverage?path=${encodeURIComponent(park)}`, 'park.admin.htp')).status).toBe(404);
  // A branch is not a jurisdiction.
  const notUnit = await call(organization, 'GET', `/coverage?path=${encodeURIComponent(`${park}/independent-0`)}`, 'county.admin');
  expect(notUnit.status).toBe(422);
  expect(notUnit.body.code).toBe('COVERAGE_NOT_FOR_THIS_UNIT');
  const future = await call(organization, 'GET', `/coverage?path=${encodeURIComponent(park)}&date=2999-01-01`, 'county.admin');
  expect(future.status).toBe(400);
  expect(future.body.details).toEqual([expect.objectContaining({ field: 'date' })]);

  const exported = await call(organization, 'GET', `/coverage/export?path=${encodeURIComponent(park)}`, 'auditor');
  expect(exported.status).toBe(200);
  expect(exported.raw.headers.get('content-type')).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await exported.raw.arrayBuffer());
  const sheet = workbook.getWorksheet('按辖区')!;
  expect(sheet.getRow(2).values).toEqual([undefined, '辖区', '党建基数', '已建党组织', '组织覆盖率(%)', '党的工作覆盖', '工作覆盖率(%)', '职工达线企业', '其中无党员']);
  expect(sheet.getRow(3).values).toEqual([undefined, `怀宁测试园区${run}（合计）`, 332, 332, 100, 332, 100, 10, 0]);

  // The table sent upward, from the same live data.
  const stats = await call(organization, 'GET', `/statistics?path=${encodeURIComponent(park)}`, 'auditor');
  expect(stats.status).toBe(200);
  expect(stats.body.total).toMatchObject({
    enterprises: { base: 332, organization: 332, rate: 100 },
    socialOrgs: { base: 0, organization: 0, rate: null },
    workRate: 100,
    orgs: { branches: 74, independent: 52, joint: 22, hosted: 0, formedThisYear: 74, revokedThisYear: 0 },
    enterprisesByForm: { independent: 52, joint: 280, hosted: 0 },
    members: { formal: 234 + 420, probationary: 0 },
  });
  const countyStats = await call(organization, 'GET', `/statistics?path=${COUNTY}`, 'county.admin');
  expect(countyStats.body.rows).toContainEqual(expect.objectContaining({ path: park, orgs: expect.objectContaining({ independent: 52, joint: 22 }) }));
  const statsFile = await call(organization, 'GET', `/statistics/export?path=${encodeURIComponent(park)}`, 'county.admin');
  expect(statsFile.status).toBe(200);
  const statsBook = new ExcelJS.Workbook();
  await statsBook.xlsx.load(await statsFile.raw.arrayBuffer());
  const table = statsBook.getWorksheet('非公党建统计表')!;
  expect(String(table.getRow(1).getCell(1).value)).toContain(`怀宁测试园区${run}非公企业和社会组织党建工作统计表`);
  expect(table.getRow(2).getCell(1).value).toBe('单位');
  expect((table.getRow(3).values as unknown[]).slice(1, 13)).toEqual(['合计', 332, 332, 100, 0, 0, '—', 100, 74, 52, 22, 0]);
}, 600_000);

it('should count an instructor’s enterprise in work coverage only, list the large ones without members, and rebuild drifted counters', async () => {
  const park = await newPark('work', `工作覆盖测试园区${run}`);
  const [large, withMember, small] = await importRows(park, [
    { name: `工作${run}大厂有限公司`, industry: 'C3411', employees: 80, members: 0 },
    { name: `工作${run}小店有限公司`, industry: 'F5123', employees: 5, members: 1 },
    { name: `工作${run}新办有限公司`, industry: '', employees: 5, members: 0 },
  ]);
  await admit(park, [large, withMember, small]);
  await coverageReaches(park, { base: 3, organization: 0, work: 0, large: 1, largeWithoutMembers: 1 });
  const listed = await call(organization, 'GET', `/coverage/gaps?path=${encodeURIComponent(park)}&gap=large-without-members`, 'county.admin');
  expect((listed.body.items as Json[]).map((i) => i.enterpriseId)).toEqual([large]);

  // The instructor service assigns an instructor to the large one, later ends it.
  const assignment = { assignmentId: `a-${run}`, instructorId: `i-${run}`, enterpriseId: large, orgPath: park };
  const actor = { kind: 'service' as const, id: 'instructor' };
  await publishAssignment(createEvent('instructor', InstructorAssignmentStartedV1, { subject: large, actor, data: { ...assignment, from: '2026-01-05' } }));
  const assigned = await coverageReaches(park, { base: 3, organization: 0, work: 1 });
  expect(assigned.totals).toMatchObject({ workRate: 33.3, organizationRate: 0 });
  const workGaps = await call(organization, 'GET', `/coverage/gaps?path=${encodeURIComponent(park)}&gap=work`, 'county.admin');
  expect((workGaps.body.items as Json[]).map((i) => i.enterpriseId).sort()).toEqual([withMember, small].sort());
  await publishAssignment(createEvent('instructor', InstructorAssignmentEndedV1, { subject: large, actor, data: { ...assignment, until: '2026-06-30', reason: '召回调整' } }));
  await coverageReaches(park, { base: 3, work: 0 });

  // Each change of the large one's standing was announced.
  const changes = await eventually(async () => {
    const msgs = await readStream(nc, eventStreamName('organization'), eventSubject('organization.coverage.changed.v1'));
    const mine = msgs.map((m) => m.json<EventEnvelope<Json>>()).filter((e) => e.data.enterpriseId === large);
    return mine.filter((e) => (e.data.after as Json).inBase).length >= 3 ? mine : undefined;
  }, 30_000, 'coverage.changed events');
  // Registered (maybe heard of after its admission), admitted, assigned, unassigned: each event starts where the last ended.
  expect(changes.slice(-3).map((e) => [(e.data.after as Json).inBase, (e.data.after as Json).work])).toEqual([[true, false], [true, true], [true, false]]);
  changes.slice(1).forEach((e, i) => expect(e.data.before).toEqual(changes[i].data.after));

  // A counter changed behind the service's back is repaired by a rebuild.
  const client = await mongo.MongoClient.connect(requiredEnv('MONGO_URL'));
  try {
    await client.db(`e2e_${run}_organization`).collection('coverage_counters').updateOne({ _id: park as unknown as mongo.ObjectId }, { $set: { 'dims.all.base': 999 } });
  } finally {
    await client.close();
  }
  expect(((await coverage(park)).totals as Json).base).toBe(999);
  const started = await call(organization, 'POST', '/coverage/rebuild', 'county.admin');
  expect(started.status).toBe(202);
  expect(started.body).toMatchObject({ status: 'running', processed: 0 });
  const again = await call(organization, 'POST', '/coverage/rebuild', 'county.admin');
  expect([202, 409]).toContain(again.status); // 409 while the first runs
  if (again.status === 409) expect(again.body.code).toBe('COVERAGE_REBUILD_RUNNING');
  const finished = await eventually(async () => {
    const { body } = await call(organization, 'GET', '/coverage/rebuild', 'county.admin');
    return (body.rebuild as Json | null)?.status === 'completed' ? (body.rebuild as Json) : undefined;
  }, 120_000, 'rebuild completed');
  expect(finished.processed).toBeGreaterThanOrEqual(3);
  expect((await coverage(park)).totals).toMatchObject({ base: 3, organization: 0, work: 0, large: 1, largeWithoutMembers: 1 });
}, 300_000);

it('should count a move once when the service dies between two counters of it', async () => {
  const park = await newPark('crash', `覆盖崩溃测试园区${run}`);
  const [id] = await importRows(park, [{ name: `崩溃${run}有限公司`, industry: 'C3411', employees: 5, members: 3 }]);
  await admit(park, [id]);
  await coverageReaches(park, { base: 1, organization: 0 });
  const countyBefore = (await coverage(COUNTY)).totals as Json;
  const branchId = await branch(park, 'crash-branch', 'independent');

  // A replica armed to die right after the first of the move's two counters (county, park) took it.
  const main = organization;
  await main.stop();
  const crashing = await ServiceProcess.create('organization', { ...main.env, FAILPOINTS: 'coverage.after-counter' });
  try {
    await crashing.startReady();
    organization = crashing;
    await attach(branchId, id);
    const exit = await crashing.exit();
    expect(exit?.signal).toBe('SIGKILL');
    expect(exit?.stderr).toContain('failpoint coverage.after-counter');
  } finally {
    organization = main;
    await crashing.kill();
  }
  await main.startReady();
  await coverageReaches(park, { base: 1, organization: 1, work: 1 });
  const countyAfter = (await coverage(COUNTY)).totals as Json;
  expect(countyAfter).toMatchObject({ base: countyBefore.base, organization: (countyBefore.organization as number) + 1, work: (countyBefore.work as number) + 1 });
}, 300_000);
