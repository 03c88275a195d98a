import { randomBytes } from 'node:crypto';
import { NatsConnection } from 'nats';
import { EventEnvelope, eventStreamName } from '@dangjian/contracts';
import { ORGANIZATION_CATCH_UP_MS, DemoUser, ServiceProcess, connectTestNats, eventually, randomUscc, readStream, serviceEnv, userToken } from '@dangjian/testing';

/**
 * The formation advisor through the HTTP API on real servers: in 濉溪, 金鸿盛 reaching 3 formal
 * members raises a 脱联 suggestion, and accepting it forms its branch and detaches it from the joint
 * one; enterprises with one member are grouped into a proposed joint branch; one without members
 * needs an instructor.
 */
const run = randomBytes(3).toString('hex');
const COUNTY = '/demo-county';

let registry: ServiceProcess;
let organization: ServiceProcess;
let nc: NatsConnection;
const tokens = new Map<DemoUser, string>();
type Json = Record<string, unknown>;

async function call(service: ServiceProcess, method: string, path: string, user: DemoUser, body?: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${service.url}/api/${service.service}${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens.get(user)}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : {} };
}

async function newPark(name: string, label: string): Promise<string> {
  const res = await call(organization, 'POST', '/org-units', 'county.admin', { parentPath: COUNTY, name: `${name}-${run}`, label, kind: 'park' });
  expect(res.status).toBe(201);
  return String(res.body.path);
}

async function register(park: string, name: string, partyMembers: number, industryCode = 'C3411'): Promise<string> {
  const res = await call(registry, 'POST', '/enterprises', 'county.admin', { uscc: randomUscc(), name: `${name}${run}`, orgPath: park, partyMembers, industryCode });
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

/** Waits for the open suggestions of a kind in a park to match. */
async function suggestions(park: string, kind: string, match: (items: Json[]) => boolean): Promise<Json[]> {
  let last: Json[] = [];
  return eventually(async () => {
    const res = await call(organization, 'GET', `/formation/suggestions?path=${encodeURIComponent(park)}&kind=${kind}`, 'county.admin');
    expect(res.status).toBe(200);
    last = res.body.items as Json[];
    return match(last) ? last : undefined;
  }, ORGANIZATION_CATCH_UP_MS, () => `${kind} suggestions in ${park} (last ${JSON.stringify(last)})`);
}

async function organizationEvents(subject: string): Promise<EventEnvelope<Json>[]> {
  return (await readStream(nc, eventStreamName('organization'), subject)).map((m) => m.json<EventEnvelope<Json>>());
}

beforeAll(async () => {
  registry = await ServiceProcess.create('registry', serviceEnv('registry', run));
  organization = await ServiceProcess.create('organization', { ...serviceEnv('organization', run), FORMATION_POLL_MS: '300', FORMATION_SETTLE_MS: '300' });
  await Promise.all([registry.startReady(), organization.startReady()]);
  nc = await connectTestNats();
  for (const user of ['county.admin', 'park.admin.htp', 'auditor'] as DemoUser[]) tokens.set(user, await userToken(user));
  await eventually(async () => (await call(organization, 'GET', `/org-units/by-path?path=${COUNTY}`, 'county.admin')).status === 200, 30_000, 'demo tree seeded');
}, 120_000);
afterAll(async () => {
  await nc?.close();
  await Promise.all([registry?.stop(), organization?.stop()]);
});

it('should raise 脱联 when 金鸿盛 reaches 3 formal members, and accepting it forms its branch and detaches it from the joint one (濉溪)', async () => {
  const park = await newPark('suixi', `濉溪测试园区${run}`);
  const jinhongsheng = await register(park, '金鸿盛', 1);
  const others = [await register(park, '浩丰实业', 1), await register(park, '浩丰建材', 2)];
  const joint = await call(organization, 'POST', '/org-units', 'county.admin', { parentPath: park, name: 'joint', label: '园区第一联合党支部', kind: 'branch', form: 'joint' });
  expect(joint.status).toBe(201);
  const jointId = String(joint.body.id);
  for (const id of [jinhongsheng, ...others]) await attach(jointId, id);

  // 金鸿盛 develops members: registry's update reaches organization as an event.
  const current = await call(registry, 'GET', `/enterprises/${jinhongsheng}`, 'county.admin');
  const updated = await call(registry, 'PATCH', `/enterprises/${jinhongsheng}`, 'county.admin', { version: current.body.version, partyMembers: 3 });
  expect(updated.status).toBe(200);
  const [leave] = await suggestions(park, 'leave-joint', (items) => items.length === 1);
  expect(leave).toMatchObject({ kind: 'leave-joint', status: 'open', branchId: jointId, enterprises: [expect.objectContaining({ id: jinhongsheng, formalMembers: 3 })], label: expect.stringContaining('脱联') });
  // The park admin of another park sees none of it.
  expect((await call(organization, 'GET', `/formation/suggestions/${leave.id}`, 'park.admin.htp')).status).toBe(404);
  expect((await call(organization, 'POST', `/formation/suggestions/${leave.id}/accept`, 'park.admin.htp', {})).status).toBe(404);

  const accepted = await call(organization, 'POST', `/formation/suggestions/${leave.id}/accept`, 'county.admin', { note: '党工委会议同意' });
  expect(accepted.status).toBe(200);
  expect(accepted.body).toMatchObject({ status: 'accepted', decidedBy: 'county.admin', note: '党工委会议同意', result: { detachedFrom: jointId, attached: [jinhongsheng] } });
  const formed = String((accepted.body.result as Json).formed);
  const own = await call(organization, 'GET', `/org-units/${formed}/enterprises`, 'county.admin');
  expect(own.body).toMatchObject({ form: 'independent', enterprises: [expect.objectContaining({ enterpriseId: jinhongsheng })] });
  const rest = await call(organization, 'GET', `/org-units/${jointId}/enterprises`, 'county.admin');
  expect((rest.body.enterprises as Json[]).map((e) => e.enterpriseId).sort()).toEqual([...others].sort());
  expect(rest.body.history).toEqual([expect.objectContaining({ enterpriseId: jinhongsheng, reason: expect.stringContaining('脱联') })]);
  const unit = await call(organization, 'GET', `/org-units/${formed}`, 'county.admin');
  expect(unit.body).toMatchObject({ kind: 'branch', form: 'independent', status: 'active', label: `金鸿盛${run}党支部` });

  // The change was announced like any other.
  const formedEvents = await eventually(async () => {
    const found = (await organizationEvents('evt.organization.org.formed.v1')).filter((e) => e.data.id === formed);
    return found.length ? found : undefined;
  }, 30_000, 'formed event');
  expect(formedEvents[0].data).toMatchObject({ form: 'independent', path: unit.body.path });
  const moves = (await organizationEvents('evt.organization.org.>')).filter((e) => e.data.enterpriseId === jinhongsheng).map((e) => [e.type, e.data.orgId]);
  expect(moves.slice(-2)).toEqual([
    ['organization.org.enterprise-detached.v1', jointId],
    ['organization.org.enterprise-attached.v1', formed],
  ]);

  // Done once: the task is closed, and the advice is gone.
  const again = await call(organization, 'POST', `/formation/suggestions/${leave.id}/accept`, 'county.admin', {});
  expect(again.status).toBe(409);
  expect(again.body.code).toBe('SUGGESTION_NOT_OPEN');
  await suggestions(park, 'leave-joint', (items) => items.length === 0);
}, 300_000);

it('should propose a joint branch for enterprises with one member, want an instructor where there is none, and take a dismissal only with a note', async () => {
  const park = await newPark('advice', `组建建议测试园区${run}`);
  const a = await register(park, '甲机械', 1, 'C3411');
  const b = await register(park, '乙机械', 2, 'C3412');
  const none = await register(park, '丙商贸', 0, 'F5123');
  const [grouping] = await suggestions(park, 'form-joint', (items) => items.length === 1);
  expect((grouping.enterprises as Json[]).map((e) => e.id).sort()).toEqual([a, b].sort());
  const [instructor] = await suggestions(park, 'needs-instructor', (items) => items.length === 1);
  expect(instructor.enterprises).toEqual([expect.objectContaining({ id: none })]);

  const noNote = await call(organization, 'POST', `/formation/suggestions/${instructor.id}/dismiss`, 'county.admin', {});
  expect(noNote.status).toBe(400);
  expect(noNote.body.details).toEqual([expect.objectContaining({ field: 'note' })]);
  const dismissed = await call(organization, 'POST', `/formation/suggestions/${instructor.id}/dismiss`, 'county.admin', { note: '企业正在迁出' });
  expect(dismissed.body).toMatchObject({ status: 'dismissed', note: '企业正在迁出' });
  const listed = await call(organization, 'GET', `/formation/suggestions?path=${encodeURIComponent(park)}&status=dismissed`, 'auditor');
  expect((listed.body.items as Json[]).map((i) => i.id)).toEqual([instructor.id]);

  const accepted = await call(organization, 'POST', `/formation/suggestions/${grouping.id}/accept`, 'county.admin', {});
  expect(accepted.status).toBe(200);
  const branch = await call(organization, 'GET', `/org-units/${(accepted.body.result as Json).formed}/enterprises`, 'county.admin');
  expect(branch.body).toMatchObject({ form: 'joint' });
  expect((branch.body.enterprises as Json[]).map((e) => e.enterpriseId).sort()).toEqual([a, b].sort());
  await suggestions(park, 'form-joint', (items) => items.length === 0);
}, 300_000);
