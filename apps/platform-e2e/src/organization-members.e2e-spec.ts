import { createHash, randomBytes } from 'node:crypto';
import { mongo } from 'mongoose';
import { EventEnvelope, eventStreamName } from '@dangjian/contracts';
import { FieldCipher } from '@dangjian/persistence';
import { DEMO_USERS, DemoUser, ServiceProcess, connectTestNats, eventually, randomCitizenId, readStream, requiredEnv, serviceEnv, userToken } from '@dangjian/testing';

const run = randomBytes(3).toString('hex');
const EDZ = '/demo-county/econ-dev-zone';
const HAOFENG = `${EDZ}/machinery-gb/haofeng-branch`;

let organization: ServiceProcess;
const tokens = new Map<DemoUser, string>();
type Json = Record<string, unknown>;
const orgIds = new Map<string, string>();

async function call(method: string, path: string, user: DemoUser, body?: unknown): Promise<{ status: number; body: Json; text: string }> {
  const res = await fetch(`${organization.url}/api/organization${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens.get(user)}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : {}, text };
}

async function orgId(path: string): Promise<string> {
  if (!orgIds.has(path)) {
    const res = await call('GET', `/org-units/by-path?path=${encodeURIComponent(path)}`, 'county.admin');
    expect(res.status).toBe(200);
    orgIds.set(path, String(res.body.id));
  }
  return orgIds.get(path)!;
}

async function enter(user: DemoUser, path: string, fields: Json): Promise<{ status: number; body: Json; text: string }> {
  return call('POST', '/members', user, { orgId: await orgId(path), name: '测试党员', citizenId: randomCitizenId(), stage: 'formal', since: '2020-07-01', ...fields });
}

beforeAll(async () => {
  organization = await ServiceProcess.create('organization', serviceEnv('organization', run));
  await organization.startReady();
  for (const user of Object.values(DEMO_USERS) as DemoUser[]) tokens.set(user, await userToken(user));
  await eventually(async () => (await call('GET', `/org-units/by-path?path=${encodeURIComponent(HAOFENG)}`, 'county.admin')).status === 200, 30_000, 'demo tree seeded');
});
afterAll(async () => {
  await organization?.stop();
});

describe('the roster', () => {
  it('keeps a member with the citizen ID and phone masked, gender and birth date from the ID, and finds the member by exact ID', async () => {
    const citizenId = '34082219850317208X';
    const created = await enter('branch.secretary', HAOFENG, { name: '王秀英', citizenId, phone: '13912345678', education: 'bachelor', position: '车间主任', joinedOn: '2019-07-01', since: '2020-07-01' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: '王秀英',
      citizenId: '3408**********208X',
      phone: '139****5678',
      gender: 'female',
      birthDate: '1985-03-17',
      stage: 'formal',
      stageLabel: '正式党员',
      category: 'member',
      joinedOn: '2019-07-01',
      formalOn: '2020-07-01',
      orgPath: HAOFENG,
    });

    const listed = await call('GET', `/members?path=${encodeURIComponent(HAOFENG)}&category=member`, 'branch.secretary');
    expect(listed.status).toBe(200);
    expect((listed.body.items as Json[]).map((m) => m.id)).toContain(created.body.id);

    const found = await call('POST', '/members/lookup', 'park.admin.edz', { citizenId: '34082219850317208x' });
    expect(found.status).toBe(200);
    expect((found.body.items as Json[]).map((m) => m.id)).toEqual([created.body.id]);
    // Another park neither sees the record nor finds it.
    expect((await call('POST', '/members/lookup', 'park.admin.htp', { citizenId })).body.items).toEqual([]);
    expect((await call('GET', `/members/${created.body.id}`, 'park.admin.htp')).status).toBe(404);
    expect((await call('GET', `/members?path=${encodeURIComponent(EDZ)}`, 'park.admin.htp')).status).toBe(404);
  });

  it('refuses an invalid citizen ID, and a person already active in another org, naming the org only to a caller who may see it', async () => {
    const bad = await enter('branch.secretary', HAOFENG, { citizenId: '340822198503172021' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'INVALID_CITIZEN_ID', message: expect.stringContaining('校验位不符') });

    const citizenId = randomCitizenId();
    expect((await enter('branch.secretary', HAOFENG, { citizenId })).status).toBe(201);
    const again = await enter('county.admin', `${EDZ}/edz-joint-branch-1`, { citizenId });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'MEMBER_ACTIVE_ELSEWHERE', message: expect.stringContaining(HAOFENG), details: { orgPath: HAOFENG } });
    const elsewhere = await enter('park.admin.htp', '/demo-county/hi-tech-park/htp-joint-branch-1', { citizenId });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.code).toBe('MEMBER_ACTIVE_ELSEWHERE');
    expect(elsewhere.text).not.toContain(HAOFENG);
  });

  it('shows the full citizen ID only to the roles allowed it, and files each full view in the audit trail', async () => {
    const citizenId = randomCitizenId();
    const created = await enter('branch.secretary', HAOFENG, { citizenId, phone: '13700001111' });
    const full = await call('GET', `/members/${created.body.id}/identity`, 'branch.secretary');
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({ citizenId, phone: '13700001111' });
    expect((await call('GET', `/members/${created.body.id}/identity`, 'park.admin.edz')).status).toBe(403);
    const audited = await eventually(async () => {
      const res = await call('GET', `/audit?targetId=${created.body.id}&action=member-identity.read`, 'county.admin');
      return (res.body.items as Json[] | undefined)?.length ? res.body.items : undefined;
    }, 20_000, 'the full view in the audit trail');
    expect(audited).toEqual([expect.objectContaining({ action: 'member-identity.read', actor: expect.objectContaining({ username: 'branch.secretary' }) })]);
  });

  it('shows a member their own record', async () => {
    const created = await enter('branch.secretary', HAOFENG, { name: '李党员', account: 'member' });
    expect(created.status).toBe(201);
    const own = await call('GET', '/members/me', 'member');
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id: created.body.id, name: '李党员' });
    expect((await call('GET', '/members', 'member')).status).toBe(403);
  });
});

describe('the development pipeline', () => {
  it('takes the steps in order, refuses one before the minimum duration with the earliest date, and publishes each stage change', async () => {
    const applicant = await enter('branch.secretary', HAOFENG, { name: '赵申请', stage: 'applicant', since: '2024-01-10' });
    expect(applicant.status).toBe(201);
    expect(applicant.body).toMatchObject({ category: 'candidate', stageLabel: '入党申请人' });
    const id = String(applicant.body.id);
    const step = (stage: string, on: string) => call('POST', `/members/${id}/steps`, 'branch.secretary', { stage, on, documents: [{ title: '支部委员会会议记录', number: `${stage}-${run}` }] });

    expect((await step('activist', '2024-03-01')).status).toBe(200);
    const early = await step('target', '2024-12-01');
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'DEVELOPMENT_STEP_REFUSED', details: { reason: 'too-early', earliest: '2025-03-01' }, message: expect.stringContaining('最早 2025-03-01') });
    const skipped = await step('formal', '2025-06-01');
    expect(skipped.body).toMatchObject({ code: 'DEVELOPMENT_STEP_REFUSED', details: { reason: 'out-of-order' } });
    expect((await step('target', '2025-03-01')).status).toBe(200);
    const probationary = await step('probationary', '2025-06-01');
    expect(probationary.status).toBe(200);
    expect(probationary.body).toMatchObject({ stage: 'probationary', category: 'member', joinedOn: '2025-06-01', probationEndsOn: '2026-06-01' });
    expect((probationary.body.steps as Json[]).map((s) => s.stage)).toEqual(['applicant', 'activist', 'target', 'probationary']);

    const nc = await connectTestNats();
    try {
      const changes = await eventually(async () => {
        const events = (await readStream(nc, eventStreamName('organization'), 'evt.organization.member.stage-changed.v1')).map((m) => m.json<EventEnvelope>()).filter((e) => e.subject === id);
        return events.length === 4 ? events.map((e) => e.data as Json) : undefined;
      }, 20_000, 'stage-change events');
      expect(changes.map((c) => `${c.from}→${c.to}`)).toEqual(['null→applicant', 'applicant→activist', 'activist→target', 'target→probationary']);
      expect(JSON.stringify(changes)).not.toMatch(/\d{17}[\dX]/);
    } finally {
      await nc.close();
    }
  });

  it('applies a jurisdiction’s longer minimum from its policy', async () => {
    const policy = await call('POST', '/policies', 'park.admin.edz', { path: EDZ, effectiveFrom: '2020-01-01', settings: { developmentMinimums: { activistMonths: 18, probationMonths: 12, maxExtensionMonths: 12 } } });
    expect(policy.status).toBe(201);
    const activist = await enter('branch.secretary', HAOFENG, { stage: 'activist', since: '2023-01-15' });
    const refused = await call('POST', `/members/${activist.body.id}/steps`, 'branch.secretary', { stage: 'target', on: '2024-01-15' });
    expect(refused.body).toMatchObject({ code: 'DEVELOPMENT_STEP_REFUSED', details: { earliest: '2024-07-15' } });
    expect((await call('POST', `/members/${activist.body.id}/steps`, 'branch.secretary', { stage: 'target', on: '2024-07-15' })).status).toBe(200);
  });

  it('counts a year’s applications, activists, targets and new members per park and township', async () => {
    await enter('county.admin', '/demo-county/chengguan/chengguan-joint-branch', { stage: 'applicant', since: '2025-04-01' });
    const stats = await call('GET', '/members/development-statistics?path=%2Fdemo-county&year=2025', 'county.admin');
    expect(stats.status).toBe(200);
    const rows = new Map((stats.body.rows as Json[]).map((r) => [r.path, r]));
    expect(rows.get(EDZ)).toMatchObject({ label: expect.any(String), targets: 1, probationary: 1 });
    expect(rows.get('/demo-county/chengguan')).toMatchObject({ applicants: 1 });
    expect(stats.body.total).toMatchObject({ applicants: 1, targets: 1, probationary: 1 });
    expect((await call('GET', '/members/development-statistics?path=%2Fdemo-county&year=2025', 'park.admin.edz')).status).toBe(404);
  });
});

describe('citizen IDs in responses and at rest', () => {
  it('never answers a full citizen ID to a role not allowed it, on any endpoint that returns members', async () => {
    const citizenId = randomCitizenId();
    const phone = '13655556666';
    const created = await enter('branch.secretary', HAOFENG, { name: '巡检党员', citizenId, phone, stage: 'activist', since: '2023-01-02', account: 'instructor' });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    const endpoints: { name: string; request: (user: DemoUser) => Promise<{ status: number; text: string }> }[] = [
      { name: 'list', request: (u) => call('GET', `/members?path=${encodeURIComponent(HAOFENG)}&limit=200`, u) },
      { name: 'list (pipeline)', request: (u) => call('GET', `/members?category=candidate&limit=200`, u) },
      { name: 'record', request: (u) => call('GET', `/members/${id}`, u) },
      { name: 'lookup', request: (u) => call('POST', '/members/lookup', u, { citizenId }) },
      { name: 'own record', request: (u) => call('GET', '/members/me', u) },
      { name: 'update', request: (u) => call('PATCH', `/members/${id}`, u, { position: `岗位-${u}` }) },
      { name: 'step', request: (u) => call('POST', `/members/${id}/steps`, u, { stage: 'activist', on: '2023-01-02' }) },
      { name: 'create', request: (u) => enter(u, HAOFENG, { citizenId: randomCitizenId() }) },
      { name: 'audit trail', request: (u) => call('GET', `/audit?targetId=${id}`, u) },
      { name: 'identity', request: (u) => call('GET', `/members/${id}/identity`, u) },
    ];
    const seen: string[] = [];
    for (const user of Object.values(DEMO_USERS) as DemoUser[]) {
      for (const endpoint of endpoints) {
        const { status, text } = await endpoint.request(user);
        expect(status).toBeLessThan(500);
        const fullView = endpoint.name === 'identity' && ['county.admin', 'branch.secretary'].includes(user);
        if (fullView) {
          expect(status).toBe(200);
          seen.push(user);
        }
        if (!fullView) {
          expect({ endpoint: endpoint.name, user, leaked: text.includes(citizenId) || text.includes(phone) }).toEqual({ endpoint: endpoint.name, user, leaked: false });
        }
      }
    }
    expect(seen).toEqual(['county.admin', 'branch.secretary']);
  });

  it('stores no citizen ID or phone in the clear: the database holds ciphertext a wrong key cannot open', async () => {
    const citizenId = randomCitizenId();
    const phone = '13588889999';
    const created = await enter('branch.secretary', HAOFENG, { citizenId, phone });
    const env = serviceEnv('organization', run);
    const client = await mongo.MongoClient.connect(requiredEnv('MONGO_URL'));
    try {
      const db = client.db(env.MONGO_DB);
      const doc = await db.collection<{ _id: string; citizenId: { c: string; h: string }; phone: { c: string } }>('members').findOne({ _id: String(created.body.id) });
      expect(doc).not.toBeNull();
      for (const collection of ['members', 'member_claims', 'audit_log']) {
        const everything = JSON.stringify(await db.collection(collection).find({}).toArray());
        expect(everything).not.toContain(citizenId);
        expect(everything).not.toContain(citizenId.slice(6, 14) + citizenId.slice(14));
        expect(everything).not.toContain(phone);
      }
      const wrongKey = new FieldCipher({ keys: { test1: createHash('sha256').update('another key').digest() }, activeKeyId: 'test1', blindIndexKey: Buffer.alloc(32, 1) });
      expect(() => wrongKey.decrypt(doc!.citizenId.c)).toThrow(/integrity/);
      expect(() => wrongKey.decrypt(doc!.phone.c)).toThrow(/integrity/);
      const rightKey = FieldCipher.fromSettings(env.FIELD_ENCRYPTION_KEYS, env.FIELD_ENCRYPTION_ACTIVE_KEY, env.BLIND_INDEX_KEY);
      expect(rightKey.decrypt(doc!.citizenId.c)).toBe(citizenId);
      expect(doc!.citizenId.h).toBe(rightKey.blindIndex(citizenId));
    } finally {
      await client.close();
    }
  });
});
