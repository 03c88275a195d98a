import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import * as ExcelJS from 'exceljs';
import mongoose from 'mongoose';
import { EventEnvelope, eventStreamName } from '@dangjian/contracts';
import { DemoUser, ServiceProcess, connectTestNats, eventually, randomUscc, readStream, requiredEnv, serviceEnv, userToken } from '@dangjian/testing';

const run = randomBytes(3).toString('hex');
const EDZ = '/demo-county/econ-dev-zone';
const HTP = '/demo-county/hi-tech-park';
let registry: ServiceProcess;
let organization: ServiceProcess;
const tokens = new Map<DemoUser, string>();

type Json = Record<string, unknown>;
async function call(method: string, path: string, user: DemoUser, body?: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${registry.url}/api/registry${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens.get(user)}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as Json };
}
const register = (body: Json, user: DemoUser = 'park.admin.edz') => call('POST', '/enterprises', user, { orgPath: EDZ, ...body });

/** The registry events about one enterprise, read from its JetStream stream. */
async function eventsAbout(id: string): Promise<EventEnvelope[]> {
  const nc = await connectTestNats();
  try {
    const messages = await readStream(nc, eventStreamName('registry'), 'evt.registry.enterprise.>');
    return messages.map((m) => m.json<EventEnvelope>()).filter((e) => e.subject === id);
  } finally {
    await nc.close();
  }
}

beforeAll(async () => {
  registry = await ServiceProcess.create('registry', serviceEnv('registry', run));
  organization = await ServiceProcess.create('organization', serviceEnv('organization', run));
  await Promise.all([registry.startReady(), organization.startReady()]);
  for (const user of ['county.admin', 'park.admin.edz', 'park.admin.htp', 'instructor', 'liaison'] as DemoUser[]) tokens.set(user, await userToken(user));
  // Wait for the seeded org tree that jurisdiction checks read.
  for (let i = 0; i < 100 && (await register({ uscc: randomUscc(), name: '种子等待企业' })).status !== 201; i++) await new Promise((r) => setTimeout(r, 200));
});
afterAll(async () => {
  await Promise.all([registry?.stop(), organization?.stop()]);
});

describe('registering an enterprise', () => {
  it('should register it with the kind proposed from the credit code, and publish registry.enterprise.registered.v1', async () => {
    const uscc = randomUscc('52');
    const { status, body } = await register({ uscc, name: `濉溪县科技协会${run}`, employees: 12, partyMembers: 3, probationaryMembers: 1, industryCode: 'S9521' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ uscc, kind: 'social-org', orgPath: EDZ, status: 'operating', formalMembers: 2, version: 0 });
    const events = await eventually(async () => {
      const found = await eventsAbout(String(body.id));
      return found.length > 0 ? found : undefined;
    }, 15_000, 'registered event');
    expect(events.map((e) => e.type)).toEqual(['registry.enterprise.registered.v1']);
    expect(events[0].data).toMatchObject({ uscc, formalMembers: 2, meetsIndependentBranchRule: false, employeesAtLeast50: false });
    expect(events[0].actor).toMatchObject({ kind: 'user', name: 'park.admin.edz' });
  });

  it.each([
    ['a wrong check character', '91340621MA2N0X0X1X', 'INVALID_CREDIT_CODE', 400, /第 18 位校验码不正确 \/ Invalid credit code: the check character/],
    ['the wrong length', '9134062', 'INVALID_CREDIT_CODE', 400, /应为 18 位/],
    ['a placeholder', '000000000000000000', 'INVALID_CREDIT_CODE', 400, /占位代码/],
    ['a registration authority that does not exist', '00340621123456789B', 'INVALID_CREDIT_CODE', 400, /登记管理部门代码不存在/],
    ['an embedded organization code with a wrong check digit', '91340621AB12CD3408', 'INVALID_CREDIT_CODE', 400, /GB 11714/],
    ['forbidden letters', '91340621MA2N0X0XOI', 'INVALID_CREDIT_CODE', 400, /不允许的字符.* \/ Invalid credit code: contains a character not used/],
  ])('should refuse %s with a clear code', async (_what, uscc, code, status, message) => {
    const res = await register({ uscc, name: '错误代码企业' });
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(String(res.body.message)).toMatch(message);
  });

  it('should refuse a second record with the same credit code, however it is written', async () => {
    const uscc = randomUscc();
    expect((await register({ uscc, name: '重复企业一' })).status).toBe(201);
    const again = await register({ uscc: ` ${uscc.toLowerCase()} `, name: '重复企业二' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DUPLICATE_CREDIT_CODE');
  });

  it("should refuse an unknown jurisdiction and another park's", async () => {
    const unknown = await register({ uscc: randomUscc(), name: '无辖区企业', orgPath: '/demo-county/nowhere' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('UNKNOWN_JURISDICTION');
    const foreign = await register({ uscc: randomUscc(), name: '越权企业', orgPath: HTP });
    expect(foreign.status).toBe(422);
    expect(foreign.body.code).toBe('UNKNOWN_JURISDICTION');
  });

  it('should refuse negative counts and more probationary members than members', async () => {
    const negative = await register({ uscc: randomUscc(), name: '负数企业', employees: -1 });
    expect(negative.status).toBe(400);
    expect(negative.body.code).toBe('VALIDATION_FAILED');
    const probationary = await register({ uscc: randomUscc(), name: '预备党员过多企业', partyMembers: 1, probationaryMembers: 2 });
    expect(probationary.status).toBe(400);
    expect(probationary.body.code).toBe('INVALID_MEMBER_COUNTS');
    expect(String(probationary.body.message)).toContain('预备党员人数');
  });
});

describe('changing an enterprise', () => {
  it('should refuse a stale version, keep the counts history and report the thresholds crossed', async () => {
    const { body } = await register({ uscc: randomUscc(), name: `浩丰实业${run}`, employees: 49, partyMembers: 2 });
    const id = String(body.id);
    const ok = await call('PATCH', `/enterprises/${id}`, 'park.admin.edz', { version: 0, employees: 60, partyMembers: 3 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: 1, employees: 60, formalMembers: 3 });
    expect((ok.body.countsHistory as unknown[]).length).toBe(2);
    const stale = await call('PATCH', `/enterprises/${id}`, 'park.admin.edz', { version: 0, employees: 61 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');

    const updated = await eventually(async () => (await eventsAbout(id)).find((e) => e.type === 'registry.enterprise.updated.v1'), 15_000, 'updated event');
    expect(updated?.data).toMatchObject({ crossed: ['members>=3:up', 'employees>=50:up'], meetsIndependentBranchRule: true, employeesAtLeast50: true });
  });

  it('should record status changes with date and reason, and keep deregistration final', async () => {
    const { body } = await register({ uscc: randomUscc(), name: `状态测试企业${run}` });
    const id = String(body.id);
    const abnormal = await call('POST', `/enterprises/${id}/status`, 'park.admin.edz', { status: 'abnormal', effectiveOn: '2026-10-01', reason: '列入经营异常名录' });
    expect(abnormal.status).toBe(201);
    const gone = await call('POST', `/enterprises/${id}/status`, 'park.admin.edz', { status: 'deregistered', effectiveOn: '2026-11-01', reason: '注销登记' });
    expect((gone.body.statusHistory as { to: string; reason: string }[]).map((h) => h.to)).toEqual(['operating', 'abnormal', 'deregistered']);
    const back = await call('POST', `/enterprises/${id}/status`, 'park.admin.edz', { status: 'operating', effectiveOn: '2026-11-02', reason: '恢复经营' });
    expect(back.status).toBe(422);
    expect(back.body.code).toBe('INVALID_STATUS_CHANGE');
    const changes = await eventually(async () => {
      const found = (await eventsAbout(id)).filter((e) => e.type === 'registry.enterprise.status-changed.v1');
      return found.length === 2 ? found : undefined;
    }, 15_000, 'two status-changed events');
    expect(changes.map((e) => (e.data as { from: string }).from)).toEqual(['operating', 'abnormal']);
  });

  it('should flag probable shadows: same name and address under another code', async () => {
    const first = await register({ uscc: randomUscc(), name: `影子建材${run}有限公司`, address: '经开区 纬一路 8 号', legalRep: '王五' });
    const second = await register({ uscc: randomUscc(), name: `影子建材${run} 有限公司`, address: '经开区纬一路8号', legalRep: '赵六' });
    expect(second.body.shadowSuspects).toEqual([first.body.id]);
    const firstAgain = await call('GET', `/enterprises/${first.body.id}`, 'park.admin.edz');
    expect(firstAgain.body.shadowSuspects).toEqual([second.body.id]);
  });

  it('should merge a shadow into the survivor, keeping both histories, and refuse to merge it again', async () => {
    const survivor = await register({ uscc: randomUscc(), name: `合并测试${run}公司`, address: '经开区纬二路1号', employees: 30 });
    const shadow = await register({ uscc: randomUscc(), name: `合并测试${run}公司`, address: '经开区纬二路1号', employees: 12 });
    expect(shadow.body.shadowSuspects).toEqual([survivor.body.id]);
    const v = (await call('GET', `/enterprises/${shadow.body.id}`, 'park.admin.edz')).body.version as number;
    await call('PATCH', `/enterprises/${shadow.body.id}`, 'park.admin.edz', { version: v, employees: 15 });

    expect((await call('POST', `/enterprises/${survivor.body.id}/merge`, 'park.admin.htp', { duplicateId: shadow.body.id, reason: '同一企业两个代码' })).status).toBe(404);
    const merged = await call('POST', `/enterprises/${survivor.body.id}/merge`, 'park.admin.edz', { duplicateId: shadow.body.id, reason: '同一企业两个代码' });
    expect(merged.status).toBe(201);
    expect(merged.body.shadowSuspects).toEqual([]);
    expect(merged.body.employees).toBe(30);
    const [record] = merged.body.mergedRecords as Json[];
    expect(record).toMatchObject({ id: shadow.body.id, uscc: shadow.body.uscc, reason: '同一企业两个代码', by: 'park.admin.edz' });
    expect((record.countsHistory as Json[]).map((c) => c.employees)).toEqual([12, 15]);
    expect((merged.body.countsHistory as Json[]).map((c) => c.employees)).toEqual([30]);

    const gone = (await call('GET', `/enterprises/${shadow.body.id}`, 'park.admin.edz')).body;
    expect(gone).toMatchObject({ status: 'deregistered', mergedInto: survivor.body.id, shadowSuspects: [] });
    expect((gone.statusHistory as Json[]).at(-1)).toMatchObject({ from: 'operating', to: 'deregistered', reason: expect.stringContaining('合并至') });

    const again = await call('POST', `/enterprises/${survivor.body.id}/merge`, 'park.admin.edz', { duplicateId: shadow.body.id, reason: '再次合并' });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('MERGE_NOT_ALLOWED');
    const self = await call('POST', `/enterprises/${survivor.body.id}/merge`, 'park.admin.edz', { duplicateId: survivor.body.id, reason: '自身' });
    expect(self.body.code).toBe('MERGE_NOT_ALLOWED');
    const events = await eventually(async () => {
      const found = (await eventsAbout(String(survivor.body.id))).filter((e) => e.type === 'registry.enterprise.merged.v1');
      return found.length ? found : undefined;
    }, 15_000, 'merged event');
    expect(events[0].data).toMatchObject({ mergedId: shadow.body.id, mergedUscc: shadow.body.uscc });
  });
});

describe('the ledger list', () => {
  const names: string[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 7; i++) {
      const name = `列表${run}企业${String.fromCharCode(0x7532 + i)}`;
      names.push(name);
      await register({ uscc: randomUscc(), name, employees: i * 20, partyMembers: i % 2, industryCode: i < 3 ? 'C3411' : 'F5123' });
    }
    await register({ uscc: randomUscc(), name: `列表${run}高新企业`, orgPath: HTP }, 'county.admin');
  });

  it('should find by any two characters of the name, within the caller scope only', async () => {
    const mine = await call('GET', `/enterprises?q=${encodeURIComponent(`列表${run}`)}&limit=100`, 'park.admin.edz');
    expect((mine.body.items as { name: string }[]).map((i) => i.name).sort()).toEqual([...names].sort());
    const county = await call('GET', `/enterprises?q=${encodeURIComponent(`列表${run}`)}&limit=100`, 'county.admin');
    expect((county.body.items as unknown[]).length).toBe(8);
  });

  it('should filter by industry, members and employees, and page with a cursor', async () => {
    const q = encodeURIComponent(`列表${run}`);
    const industry = await call('GET', `/enterprises?q=${q}&industry=C34`, 'park.admin.edz');
    expect((industry.body.items as unknown[]).length).toBe(3);
    const members = await call('GET', `/enterprises?q=${q}&hasMembers=true`, 'park.admin.edz');
    expect((members.body.items as unknown[]).length).toBe(3);
    const employees = await call('GET', `/enterprises?q=${q}&employeesMin=40&employeesMax=100`, 'park.admin.edz');
    expect((employees.body.items as { employees: number }[]).map((i) => i.employees).sort((a, b) => a - b)).toEqual([40, 60, 80, 100]);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call('GET', `/enterprises?q=${q}&limit=3${cursor ? `&cursor=${cursor}` : ''}`, 'park.admin.edz');
      seen.push(...(page.body.items as { name: string }[]).map((i) => i.name));
      cursor = page.body.next as string | undefined;
    } while (cursor);
    expect(seen).toEqual([...names].sort());
  });

  it('should find by the start of the credit code', async () => {
    const uscc = randomUscc();
    await register({ uscc, name: `代码查询企业${run}` });
    const found = await call('GET', `/enterprises?q=${uscc.slice(0, 12)}`, 'park.admin.edz');
    expect((found.body.items as { uscc: string }[]).map((i) => i.uscc)).toContain(uscc);
  });

  it("should answer 404 for another park's record", async () => {
    const list = await call('GET', `/enterprises?q=${encodeURIComponent(`列表${run}`)}`, 'park.admin.edz');
    const id = (list.body.items as { id: string }[])[0].id;
    const res = await call('GET', `/enterprises/${id}`, 'park.admin.htp');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});

describe('exporting the ledger', () => {
  const q = encodeURIComponent(`导出${run}`);
  beforeAll(async () => {
    await register({ uscc: randomUscc(), name: `导出${run}甲公司`, address: '=HYPERLINK("http://evil")', employees: 7 });
    await register({ uscc: randomUscc(), name: `导出${run}乙公司`, address: '经开区,纬二路 "3" 号', partyMembers: 3 });
    await register({ uscc: randomUscc(), name: `导出${run}丙公司`, orgPath: HTP }, 'county.admin');
  });

  async function download(user: DemoUser, query: string): Promise<{ status: number; type: string | null; body: Buffer }> {
    const res = await fetch(`${registry.url}/api/registry/enterprises/export?${query}`, { headers: { authorization: `Bearer ${tokens.get(user)}` } });
    return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
  }

  it('should export an xlsx with Chinese headers, only the caller scope, and formulas neutralized', async () => {
    const { status, type, body } = await download('park.admin.edz', `q=${q}&format=xlsx`);
    expect(status).toBe(200);
    expect(type).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('市场主体台账')!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0].slice(1, 4)).toEqual(['统一社会信用代码', '名称', '类型']);
    const names = rows.slice(1).map((r) => r[2]);
    expect(names).toEqual([`导出${run}乙公司`, `导出${run}甲公司`].sort());
    const evil = rows.find((r) => r[2] === `导出${run}甲公司`)!;
    expect(evil[8]).toBe(`'=HYPERLINK("http://evil")`);
  });

  it('should export a UTF-8 CSV that quotes commas and quotes', async () => {
    const { status, body } = await download('county.admin', `q=${q}&format=csv`);
    expect(status).toBe(200);
    const text = body.toString('utf8');
    expect(text.startsWith('\uFEFF统一社会信用代码,名称,类型')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(text).toContain('"经开区,纬二路 ""3"" 号"');
  });

  it('should refuse an unknown format', async () => {
    const { status } = await download('county.admin', 'format=pdf');
    expect(status).toBe(400);
  });
});


describe('census fields proposed by the enterprise liaison', () => {
  let ownId = '';
  let otherId = '';
  beforeAll(async () => {
    const own = await register({ uscc: randomUscc(), name: `联络员所在企业${run}`, employees: 40, partyMembers: 2, liaisons: ['liaison'] });
    const other = await register({ uscc: randomUscc(), name: `其他企业${run}` });
    ownId = String(own.body.id);
    otherId = String(other.body.id);
  });

  it('should let the liaison read its own enterprise only, and never write to the ledger directly', async () => {
    expect((await call('GET', `/enterprises/${ownId}`, 'liaison')).status).toBe(200);
    expect((await call('GET', `/enterprises/${otherId}`, 'liaison')).status).toBe(404);
    const listed = (await call('GET', '/enterprises?limit=100', 'liaison')).body.items as Json[];
    expect(listed.map((e) => e.id)).toEqual([ownId]);
    expect((await call('PATCH', `/enterprises/${ownId}`, 'liaison', { version: 0, employees: 99 })).status).toBe(403);
    expect((await call('POST', `/enterprises/${otherId}/proposals`, 'liaison', { employees: 99 })).status).toBe(404);
  });

  it('should refuse fields other than census fields, and impossible counts', async () => {
    const name = await call('POST', `/enterprises/${ownId}/proposals`, 'liaison', { name: '改名企业' });
    expect(name.status).toBe(400);
    expect(name.body.code).toBe('VALIDATION_FAILED');
    const counts = await call('POST', `/enterprises/${ownId}/proposals`, 'liaison', { probationaryMembers: 5 });
    expect(counts.status).toBe(400);
    expect(counts.body.code).toBe('INVALID_MEMBER_COUNTS');
  });

  it('should change the ledger only when someone over the park confirms', async () => {
    const proposed = await call('POST', `/enterprises/${ownId}/proposals`, 'liaison', { employees: 58, partyMembers: 4, probationaryMembers: 1, noOrgReason: '党员人数不足' });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'pending', fields: { employees: 58, partyMembers: 4 }, before: { employees: 40, partyMembers: 2 }, proposedBy: 'liaison' });
    expect((await call('GET', `/enterprises/${ownId}`, 'park.admin.edz')).body).toMatchObject({ employees: 40, partyMembers: 2 });

    const elsewhere = await call('GET', '/enterprises/proposals?status=pending', 'park.admin.htp');
    expect((elsewhere.body as unknown as Json[]).map((p) => p.id)).not.toContain(proposed.body.id);
    expect((await call('POST', `/enterprises/proposals/${proposed.body.id}/confirm`, 'park.admin.htp', {})).status).toBe(404);

    const pending = (await call('GET', '/enterprises/proposals?status=pending', 'park.admin.edz')).body as unknown as Json[];
    expect(pending.map((p) => p.id)).toContain(proposed.body.id);
    const confirmed = await call('POST', `/enterprises/proposals/${proposed.body.id}/confirm`, 'park.admin.edz', {});
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', decidedBy: 'park.admin.edz' });
    const after = (await call('GET', `/enterprises/${ownId}`, 'park.admin.edz')).body;
    expect(after).toMatchObject({ employees: 58, partyMembers: 4, probationaryMembers: 1, noOrgReason: '党员人数不足', version: 1 });
    expect((after.countsHistory as Json[]).map((c) => c.employees)).toEqual([40, 58]);

    const twice = await call('POST', `/enterprises/proposals/${proposed.body.id}/confirm`, 'park.admin.edz', {});
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('PROPOSAL_NOT_PENDING');
  });

  it('should need a reason to reject, and show the liaison the outcome', async () => {
    const proposed = await call('POST', `/enterprises/${ownId}/proposals`, 'liaison', { developmentNeeds: '希望建立联合党支部' });
    expect((await call('POST', `/enterprises/proposals/${proposed.body.id}/reject`, 'park.admin.edz', {})).status).toBe(400);
    const rejected = await call('POST', `/enterprises/proposals/${proposed.body.id}/reject`, 'park.admin.edz', { note: '请先与园区党委沟通' });
    expect(rejected.body).toMatchObject({ status: 'rejected', note: '请先与园区党委沟通' });
    const mine = (await call('GET', '/enterprises/proposals', 'liaison')).body as unknown as Json[];
    expect(mine.find((p) => p.id === proposed.body.id)).toMatchObject({ status: 'rejected' });
    expect((await call('GET', `/enterprises/${ownId}`, 'liaison')).body.developmentNeeds).toBeUndefined();
  });
});

describe('a ledger written before the shadow key index existed', () => {
  beforeAll(async () => {
    await mongoose.connect(requiredEnv('MONGO_URL'));
  });
  afterAll(async () => {
    await mongoose.disconnect();
  });

  it('should build the index from the ledger at start and find shadows of the older records', async () => {
    const older = await register({ uscc: randomUscc(), name: `旧台账${run}商贸公司`, address: '经开区纬三路3号', legalRep: '钱七' });
    expect(older.status).toBe(201);
    await registry.stop();
    const db = mongoose.connection.useDb(serviceEnv('registry', run).MONGO_DB).db!;
    await db.collection('shadow_keys').drop();

    await registry.startReady();
    const shadow = await register({ uscc: randomUscc(), name: `旧台账${run}商贸有限公司`, address: '经开区 纬三路 3 号', legalRep: '钱七' });
    expect(shadow.body.shadowSuspects).toEqual([older.body.id]);
    expect((await call('GET', `/enterprises/${older.body.id}`, 'park.admin.edz')).body.shadowSuspects).toEqual([shadow.body.id]);
  });
});

describe('bad input', () => {
  const CHINESE = /[\u4e00-\u9fff]/;
  let id: string;
  beforeAll(async () => {
    const created = await register({ uscc: randomUscc(), name: '坏输入测试企业' });
    id = String(created.body.id);
  });

  /** A raw request, so headers, bodies and paths go out exactly as written. */
  function raw(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: Json }> {
    return new Promise((resolve, reject) => {
      const req = request(`${registry.url}${path}`, { method, headers: { authorization: `Bearer ${tokens.get('park.admin.edz')}`, ...headers } }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Json) : {} }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  function expectCoded(res: { status: number; body: Json }, status: number, code: string): void {
    expect([res.status, res.body.code]).toEqual([status, code]);
    expect(String(res.body.message)).toMatch(CHINESE);
  }

  it.each([
    ['spaces', '    '],
    ['tabs', '\t\t\t'],
    ['ideographic spaces', '\u3000\u3000\u3000'],
  ])('should refuse a name of %s on create and on update, and store nothing', async (_what, name) => {
    expectCoded(await register({ uscc: randomUscc(), name }), 400, 'VALIDATION_FAILED');
    expectCoded(await call('PATCH', `/enterprises/${id}`, 'park.admin.edz', { version: 0, name }), 400, 'VALIDATION_FAILED');
    expect((await call('GET', `/enterprises/${id}`, 'park.admin.edz')).body.name).toBe('坏输入测试企业');
  });

  it('should store a name without the spaces around it', async () => {
    const created = await register({ uscc: randomUscc(), name: '\u3000 前后有空格的企业 ' });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('前后有空格的企业');
  });

  it('should refuse a status-change reason of spaces', async () => {
    expectCoded(await call('POST', `/enterprises/${id}/status`, 'park.admin.edz', { status: 'abnormal', effectiveOn: '2026-10-01', reason: '     ' }), 400, 'VALIDATION_FAILED');
  });

  it.each(['name', 'employees', 'orgPath'])('should refuse null for %s in an update, naming the field', async (field) => {
    const res = await call('PATCH', `/enterprises/${id}`, 'park.admin.edz', { version: 0, [field]: null });
    expectCoded(res, 400, 'VALIDATION_FAILED');
    expect(res.body.details).toEqual([expect.objectContaining({ field })]);
  });

  it.each([
    ['NUL', '浩丰\u0000实业'],
    ['a right-to-left override', '浩丰\u202e业实'],
  ])('should refuse %s in a name', async (_what, name) => {
    expectCoded(await register({ uscc: randomUscc(), name }), 400, 'VALIDATION_FAILED');
  });

  it('should refuse JSON nested 5,000 levels on every write, without a 5xx', async () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    for (const [method, path, field] of [['POST', '/api/registry/enterprises', 'name'], ['PATCH', `/api/registry/enterprises/${id}`, 'massOrgs'], ['POST', `/api/registry/enterprises/${id}/status`, 'reason']]) {
      const res = await raw(method, path, { 'content-type': 'application/json' }, `{"${field}":${deep}}`);
      expectCoded(res, 400, 'VALIDATION_FAILED');
    }
  });

  it('should refuse a cursor holding a value of the wrong type', async () => {
    const cursor = Buffer.from(JSON.stringify(['not-a-number', 'x'])).toString('base64url');
    expectCoded(await call('GET', `/enterprises?sort=employees&cursor=${cursor}`, 'park.admin.edz'), 400, 'VALIDATION_FAILED');
    const date = Buffer.from(JSON.stringify(['not-a-date', 'x'])).toString('base64url');
    expectCoded(await call('GET', `/enterprises?sort=updatedAt&cursor=${date}`, 'park.admin.edz'), 400, 'VALIDATION_FAILED');
  });

  it("should answer the web server's own errors in the coded shape, in Chinese", async () => {
    expectCoded(await raw('POST', '/api/registry/enterprises', { 'content-type': 'application/json' }, JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) })), 413, 'PAYLOAD_TOO_LARGE');
    expectCoded(await raw('POST', '/api/registry/enterprises', { 'content-type': 'text/plain' }, 'hello'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectCoded(await raw('POST', '/api/registry/enterprises', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectCoded(await raw('POST', '/api/registry/enterprises', { 'content-type': 'application/json' }, '{"name": '), 400, 'VALIDATION_FAILED');
    expectCoded(await raw('GET', '/api/registry/no-such-route', {}), 404, 'NOT_FOUND');
    expectCoded(await raw('GET', '/api/registry/enterprises', { 'x-padding': 'x'.repeat(20_000) }), 431, 'HEADERS_TOO_LARGE');
    const longPath = `/api/registry/enterprises/${'a'.repeat(3000)}`;
    const long = await raw('GET', longPath, {});
    expect(long.status).toBeGreaterThanOrEqual(400);
    expect(long.status).toBeLessThan(500);
    expect(String(long.body.message)).toMatch(CHINESE);
    expect(JSON.stringify(long.body)).not.toContain('aaaaaaaa');
  });
});
