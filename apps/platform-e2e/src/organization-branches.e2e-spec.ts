import { randomBytes } from 'node:crypto';
import { EventEnvelope, eventStreamName } from '@dangjian/contracts';
import { ORGANIZATION_CATCH_UP_MS, DemoUser, REALM, ServiceProcess, connectTestNats, eventually, keycloakUrl, randomUscc, readStream, serviceEnv, tokenRequest, userToken } from '@dangjian/testing';

const run = randomBytes(3).toString('hex');
const EDZ = '/demo-county/econ-dev-zone';
const HTP = '/demo-county/hi-tech-park';

let registry: ServiceProcess;
let organization: ServiceProcess;
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

/** Registers enterprises in the ledger; organization learns them from registry's events. */
async function enterprises(orgPath: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await call(registry, 'POST', '/enterprises', 'county.admin', { uscc: randomUscc(), name: `支部测试企业${run}-${orgPath.length}-${ids.length}-${i}`, orgPath, partyMembers: 1 });
    expect(res.status).toBe(201);
    ids.push(String(res.body.id));
  }
  return ids;
}

async function branch(name: string, form: string, parentPath = EDZ): Promise<string> {
  const res = await call(organization, 'POST', '/org-units', 'park.admin.edz', { parentPath, name: `${name}-${run}`, label: `测试${name}党支部`, kind: 'branch', form });
  expect(res.status).toBe(201);
  expect(res.body.form).toBe(form);
  return String(res.body.id);
}

/** Attaches, waiting for organization to have heard of a just-registered enterprise. */
async function attach(branchId: string, enterpriseId: string, user: DemoUser = 'park.admin.edz') {
  return eventually(async () => {
    const res = await call(organization, 'POST', `/org-units/${branchId}/enterprises`, user, { enterpriseId });
    return res.status === 404 && res.body.message?.toString().includes('台账中没有该企业') ? undefined : res;
  }, ORGANIZATION_CATCH_UP_MS, `enterprise ${enterpriseId} known to organization`);
}

beforeAll(async () => {
  registry = await ServiceProcess.create('registry', serviceEnv('registry', run));
  organization = await ServiceProcess.create('organization', serviceEnv('organization', run));
  await Promise.all([registry.startReady(), organization.startReady()]);
  for (const user of ['county.admin', 'park.admin.edz', 'park.admin.htp', 'branch.secretary', 'gb.secretary'] as DemoUser[]) tokens.set(user, await userToken(user));
  await eventually(async () => (await call(organization, 'GET', `/org-units/by-path?path=${encodeURIComponent(EDZ)}`, 'county.admin')).status === 200, 30_000, 'demo tree seeded');
});
afterAll(async () => {
  await Promise.all([registry?.stop(), organization?.stop()]);
});

describe('enterprises a branch covers', () => {
  it('refuses a sixth enterprise in a joint branch when the policy maximum is 5, and takes it once the park raises the maximum', async () => {
    const county = await call(organization, 'POST', '/policies', 'county.admin', { path: '/demo-county', effectiveFrom: '2020-01-01', settings: { jointBranchMaxEnterprises: 5 } });
    expect(county.status).toBe(201);
    const joint = await branch('joint', 'joint');
    const six = await enterprises(EDZ, 6);
    for (const id of six.slice(0, 5)) expect((await attach(joint, id)).status).toBe(201);
    const sixth = await attach(joint, six[5]);
    expect(sixth.status).toBe(422);
    expect(sixth.body).toMatchObject({ code: 'PARTY_ORG_FULL', message: expect.stringContaining('达到上限 5') });

    // 怀宁's figures need more: the park sets its own maximum.
    const today = new Date().toISOString().slice(0, 10);
    expect((await call(organization, 'POST', '/policies', 'park.admin.edz', { path: EDZ, effectiveFrom: today, settings: { jointBranchMaxEnterprises: 13 } })).status).toBe(201);
    expect((await attach(joint, six[5])).status).toBe(201);
    const listed = await call(organization, 'GET', `/org-units/${joint}/enterprises`, 'park.admin.edz');
    expect(listed.body).toMatchObject({ form: 'joint', maxEnterprises: 13 });
    expect((listed.body.enterprises as Json[]).map((e) => e.enterpriseId)).toEqual(six);
  });

  it('lets an independent branch cover one enterprise, and an enterprise be in one branch at a time', async () => {
    const independent = await branch('solo', 'independent');
    const joint = await branch('joint-two', 'joint');
    const [a, b] = await enterprises(EDZ, 2);
    expect((await attach(independent, a)).status).toBe(201);
    const second = await attach(independent, b);
    expect(second.status).toBe(422);
    expect(second.body.code).toBe('PARTY_ORG_FULL');
    const elsewhere = await attach(joint, a);
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body).toMatchObject({ code: 'ENTERPRISE_IN_ANOTHER_ORG', message: expect.stringContaining('测试solo党支部') });
    // Attaching again where it already is changes nothing.
    expect((await attach(independent, a)).status).toBe(201);
    expect(((await call(organization, 'GET', `/org-units/${independent}/enterprises`, 'county.admin')).body.enterprises as Json[]).length).toBe(1);
  });

  it('refuses an enterprise of another park', async () => {
    const joint = await branch('joint-three', 'joint');
    const [inHtp] = await enterprises(HTP, 1);
    const res = await attach(joint, inHtp);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'ENTERPRISE_OUTSIDE_ORG_JURISDICTION', details: { jurisdiction: EDZ, enterpriseOrgPath: HTP } });
  });

  it('detaches with the reason kept in the history, after which another branch may take the enterprise, and announces both', async () => {
    const from = await branch('leaving', 'joint');
    const to = await branch('own', 'independent');
    const [grown] = await enterprises(EDZ, 1);
    expect((await attach(from, grown)).status).toBe(201);
    const detached = await call(organization, 'POST', `/org-units/${from}/enterprises/${grown}/detach`, 'park.admin.edz', { reason: '正式党员达到 3 人，单独组建' });
    expect(detached.status).toBe(200);
    expect(detached.body.enterprises).toEqual([]);
    expect(detached.body.history).toEqual([expect.objectContaining({ enterpriseId: grown, reason: '正式党员达到 3 人，单独组建', detachedBy: 'park.admin.edz' })]);
    expect((await attach(to, grown)).status).toBe(201);

    const nc = await connectTestNats();
    try {
      const types = await eventually(async () => {
        const events = [
          ...(await readStream(nc, eventStreamName('organization'), 'evt.organization.org.enterprise-attached.v1')),
          ...(await readStream(nc, eventStreamName('organization'), 'evt.organization.org.enterprise-detached.v1')),
        ]
          .map((m) => m.json<EventEnvelope>())
          .filter((e) => e.subject === grown);
        return events.length === 3 ? events.map((e) => `${e.type}:${(e.data as { orgId: string }).orgId}`).sort() : undefined;
      }, 20_000, 'attachment events');
      expect(types).toEqual([`organization.org.enterprise-attached.v1:${from}`, `organization.org.enterprise-attached.v1:${to}`, `organization.org.enterprise-detached.v1:${from}`].sort());
    } finally {
      await nc.close();
    }
  });

  it('keeps each park to its own branches, and lets only admins attach', async () => {
    const joint = await branch('guarded', 'joint');
    const [e] = await enterprises(EDZ, 1);
    expect((await call(organization, 'POST', `/org-units/${joint}/enterprises`, 'park.admin.htp', { enterpriseId: e })).status).toBe(404);
    expect((await call(organization, 'POST', `/org-units/${joint}/enterprises`, 'branch.secretary', { enterpriseId: e })).status).toBe(403);
    const park = await call(organization, 'GET', `/org-units/by-path?path=${encodeURIComponent(EDZ)}`, 'county.admin');
    const notBranch = await call(organization, 'POST', `/org-units/${park.body.id}/enterprises`, 'county.admin', { enterpriseId: e });
    expect(notBranch.status).toBe(422);
    expect(notBranch.body.code).toBe('NOT_A_BRANCH');
  });

  it('shows the branch secretary exactly the enterprises of the branch in the ledger, and none once detached', async () => {
    const haofeng = await call(organization, 'GET', `/org-units/by-path?path=${encodeURIComponent(`${EDZ}/machinery-gb/haofeng-branch`)}`, 'county.admin');
    const branchId = String(haofeng.body.id);
    const ledger = async (user: DemoUser) => ((await call(registry, 'GET', '/enterprises?limit=50', user)).body.items as Json[]).map((e) => e.id);
    expect(await ledger('branch.secretary')).toEqual([]);
    const [covered] = await enterprises(EDZ, 1);
    expect((await attach(branchId, covered)).status).toBe(201);
    await eventually(async () => (await ledger('branch.secretary')).length === 1, 20_000, 'the branch sees its enterprise');
    expect(await ledger('branch.secretary')).toEqual([covered]);
    expect(await ledger('gb.secretary')).toEqual([covered]);
    expect((await call(registry, 'GET', `/enterprises/${covered}`, 'branch.secretary')).status).toBe(200);

    expect((await call(organization, 'POST', `/org-units/${branchId}/enterprises/${covered}/detach`, 'park.admin.edz', { reason: '企业迁出' })).status).toBe(200);
    await eventually(async () => (await ledger('branch.secretary')).length === 0, 20_000, 'the branch no longer sees it');
    expect((await call(registry, 'GET', `/enterprises/${covered}`, 'branch.secretary')).status).toBe(404);
    expect((await call(registry, 'GET', `/enterprises/${covered}`, 'park.admin.edz')).status).toBe(200);
  });

  it('records a branch’s founding and secretary, and revokes it with the reason once it covers no enterprise', async () => {
    const created = await call(organization, 'POST', '/org-units', 'park.admin.edz', {
      parentPath: EDZ, name: `revoked-${run}`, label: '撤销测试党支部', kind: 'branch', form: 'joint', foundedOn: '2024-07-01', secretary: 'branch.secretary',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ foundedOn: '2024-07-01', secretary: 'branch.secretary', status: 'active' });
    const id = String(created.body.id);
    const future = await call(organization, 'POST', '/org-units', 'park.admin.edz', { parentPath: EDZ, name: `future-${run}`, label: '未来党支部', kind: 'branch', foundedOn: '2999-01-01' });
    expect(future.status).toBe(400);
    expect((future.body.details as { field: string }[])[0].field).toBe('foundedOn');

    const [e] = await enterprises(EDZ, 1);
    expect((await attach(id, e)).status).toBe(201);
    const refused = await call(organization, 'POST', `/org-units/${id}/revoke`, 'park.admin.edz', { reason: '企业注销' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PARTY_ORG_HAS_ENTERPRISES');
    expect((await call(organization, 'POST', `/org-units/${id}/enterprises/${e}/detach`, 'park.admin.edz', { reason: '企业注销' })).status).toBe(200);
    const revoked = await call(organization, 'POST', `/org-units/${id}/revoke`, 'park.admin.edz', { reason: '企业注销，党员转出' });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revoked: { reason: '企业注销，党员转出', by: 'park.admin.edz' } });
    expect((await call(organization, 'GET', `/org-units/${id}`, 'county.admin')).body.status).toBe('revoked');
    const again = await attach(id, e);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PARTY_ORG_REVOKED');
    expect((await call(organization, 'POST', `/org-units/${id}/revoke`, 'park.admin.edz', { reason: '再次撤销' })).body.code).toBe('PARTY_ORG_REVOKED');

    const nc = await connectTestNats();
    try {
      const types = await eventually(async () => {
        const found = [
          ...(await readStream(nc, eventStreamName('organization'), 'evt.organization.org.formed.v1')),
          ...(await readStream(nc, eventStreamName('organization'), 'evt.organization.org.revoked.v1')),
        ]
          .map((m) => m.json<EventEnvelope>())
          .filter((ev) => ev.subject === id);
        return found.length === 2 ? found.map((ev) => ev.type).sort() : undefined;
      }, 20_000, 'formed and revoked events');
      expect(types).toEqual(['organization.org.formed.v1', 'organization.org.revoked.v1']);
    } finally {
      await nc.close();
    }
  });

  it('renames a unit, keeping the old name in its history, and the Keycloak group’s label follows', async () => {
    const name = `renamed-${run}`;
    const created = await call(organization, 'POST', '/org-units', 'park.admin.edz', { parentPath: EDZ, name, label: '旧名党支部', kind: 'branch', form: 'joint' });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    expect((await call(organization, 'PATCH', `/org-units/${id}`, 'park.admin.htp', { label: '越权改名' })).status).toBe(404);
    expect((await call(organization, 'PATCH', `/org-units/${id}`, 'branch.secretary', { label: '越权改名' })).status).toBe(403);
    expect((await call(organization, 'PATCH', `/org-units/${id}`, 'park.admin.edz', { label: 'x' })).status).toBe(400);
    const renamed = await call(organization, 'PATCH', `/org-units/${id}`, 'park.admin.edz', { label: '新名党支部' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ label: '新名党支部', labelHistory: [expect.objectContaining({ from: '旧名党支部', to: '新名党支部', by: 'park.admin.edz' })] });

    const admin = await tokenRequest('master', { grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' });
    const label = await eventually(async () => {
      const res = await fetch(`${keycloakUrl()}/admin/realms/${REALM}/group-by-path/demo-county/econ-dev-zone/${name}`, { headers: { authorization: `Bearer ${admin}` } });
      const group = res.ok ? ((await res.json()) as { attributes?: Record<string, string[]> }) : undefined;
      return group?.attributes?.label?.[0] === '新名党支部' ? group.attributes.label[0] : undefined;
    }, 30_000, 'Keycloak group relabelled');
    expect(label).toBe('新名党支部');
  });

  it('mirrors a park created through the API as a Keycloak group, and the reconcile brings back one deleted by hand and reports a stray', async () => {
    const name = `kc-park-${run}`;
    const created = await call(organization, 'POST', '/org-units', 'county.admin', { parentPath: '/demo-county', name, label: '同步测试园区', kind: 'park' });
    expect(created.status).toBe(201);
    const admin = await tokenRequest('master', { grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' });
    const kc = (path: string, init: RequestInit = {}) =>
      fetch(`${keycloakUrl()}/admin/realms/${REALM}${path}`, { ...init, headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' } });
    const groupId = await eventually(async () => {
      const res = await kc(`/group-by-path/demo-county/${name}`);
      return res.ok ? ((await res.json()) as { id: string }).id : undefined;
    }, 30_000, 'park group in Keycloak');

    // Someone deletes it by hand, and adds a group no unit has.
    expect((await kc(`/groups/${groupId}`, { method: 'DELETE' })).status).toBe(204);
    const county = (await (await kc('/group-by-path/demo-county')).json()) as { id: string };
    expect((await kc(`/groups/${county.id}/children`, { method: 'POST', body: JSON.stringify({ name: `stray-${run}` }) })).status).toBe(201);

    expect((await call(organization, 'POST', '/keycloak-sync/reconcile', 'park.admin.edz')).status).toBe(403);
    const report = await call(organization, 'POST', '/keycloak-sync/reconcile', 'county.admin');
    expect(report.status).toBe(200);
    expect(report.body.created).toContain(`/demo-county/${name}`);
    expect(report.body.strays).toContain(`/demo-county/stray-${run}`);
    expect(report.body.failed).toEqual([]);
    const back = (await (await kc(`/group-by-path/demo-county/${name}`)).json()) as { attributes?: Record<string, string[]> };
    expect(back.attributes?.label).toEqual(['同步测试园区']);
    const stray = await kc(`/group-by-path/demo-county/stray-${run}`);
    expect(stray.status).toBe(200); // reported, never deleted
    await kc(`/groups/${((await stray.json()) as { id: string }).id}`, { method: 'DELETE' }); // the test's own leftover
    const last = await call(organization, 'GET', '/keycloak-sync', 'county.admin');
    expect(last.body.report).toMatchObject({ created: expect.arrayContaining([`/demo-county/${name}`]) });
  });

  it('closes a unit only once it holds no units, enterprises or users, and its Keycloak group goes', async () => {
    const admin = await tokenRequest('master', { grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' });
    const kc = (path: string, init: RequestInit = {}) =>
      fetch(`${keycloakUrl()}/admin/realms/${REALM}${path}`, { ...init, headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' } });
    const name = `closing-${run}`;
    const id = await branch(name, 'joint');
    const [enterpriseId] = await enterprises(EDZ, 1);
    expect((await attach(id, enterpriseId)).status).toBe(201);
    const groupId = await eventually(async () => {
      const res = await kc(`/group-by-path/demo-county/econ-dev-zone/${name}-${run}`);
      return res.ok ? ((await res.json()) as { id: string }).id : undefined;
    }, 30_000, 'branch group in Keycloak');

    const covering = await call(organization, 'POST', `/org-units/${id}/close`, 'park.admin.edz', { reason: '企业迁出' });
    expect(covering.status).toBe(409);
    expect(covering.body).toMatchObject({ code: 'ORG_UNIT_NOT_EMPTY', message: expect.stringContaining('覆盖企业 1 家'), details: { enterprises: [enterpriseId] } });
    expect((await call(organization, 'POST', `/org-units/${id}/enterprises/${enterpriseId}/detach`, 'park.admin.edz', { reason: '企业迁出' })).status).toBe(200);

    // A user still in the branch's group keeps it open.
    const username = `closing-user-${run}`;
    expect((await kc('/users', { method: 'POST', body: JSON.stringify({ username, enabled: true }) })).status).toBe(201);
    const [user] = (await (await kc(`/users?username=${username}&exact=true`)).json()) as { id: string }[];
    expect((await kc(`/users/${user.id}/groups/${groupId}`, { method: 'PUT' })).status).toBe(204);
    const withUser = await call(organization, 'POST', `/org-units/${id}/close`, 'park.admin.edz', { reason: '企业迁出' });
    expect(withUser.body).toMatchObject({ code: 'ORG_UNIT_NOT_EMPTY', details: { users: true } });
    await kc(`/users/${user.id}`, { method: 'DELETE' });

    // The park holds units: it cannot close; the empty branch can.
    expect((await call(organization, 'GET', `/org-units/by-path?path=${encodeURIComponent(EDZ)}`, 'county.admin')).status).toBe(200);
    const park = (await call(organization, 'GET', `/org-units/by-path?path=${encodeURIComponent(EDZ)}`, 'county.admin')).body;
    expect((await call(organization, 'POST', `/org-units/${park.id}/close`, 'county.admin', { reason: '试撤并' })).body.code).toBe('ORG_UNIT_NOT_EMPTY');
    const closed = await call(organization, 'POST', `/org-units/${id}/close`, 'park.admin.edz', { reason: '企业迁出' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closed: { reason: '企业迁出', by: 'park.admin.edz' } });
    expect((await call(organization, 'POST', `/org-units/${id}/close`, 'park.admin.edz', { reason: '企业迁出' })).body.code).toBe('ORG_UNIT_CLOSED');
    await eventually(async () => (await kc(`/group-by-path/demo-county/econ-dev-zone/${name}-${run}`)).status === 404, 30_000, 'group deleted');
  });

  it('moves a branch under a general branch with its enterprises: paths, Keycloak group and the general-branch secretary’s ledger follow', async () => {
    const GB = `${EDZ}/machinery-gb`;
    const id = await branch('moving', 'joint');
    const [enterpriseId] = await enterprises(EDZ, 1);
    expect((await attach(id, enterpriseId)).status).toBe(201);
    const admin = await tokenRequest('master', { grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' });
    const kc = (path: string) => fetch(`${keycloakUrl()}/admin/realms/${REALM}${path}`, { headers: { authorization: `Bearer ${admin}` } });
    await eventually(async () => (await kc(`/group-by-path/demo-county/econ-dev-zone/moving-${run}`)).ok, 30_000, 'branch group in Keycloak');
    const ledger = async () => ((await call(registry, 'GET', '/enterprises?limit=500', 'gb.secretary')).body.items as Json[]).map((e) => e.id);
    expect(await ledger()).not.toContain(enterpriseId);

    expect((await call(organization, 'POST', `/org-units/${id}/move`, 'park.admin.htp', { parentPath: GB })).status).toBe(404);
    const across = await call(organization, 'POST', `/org-units/${id}/move`, 'county.admin', { parentPath: HTP });
    expect(across.body).toMatchObject({ code: 'ORG_UNIT_MOVE_NOT_ALLOWED' });
    const moved = await call(organization, 'POST', `/org-units/${id}/move`, 'park.admin.edz', { parentPath: GB });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ path: `${GB}/moving-${run}`, parentPath: GB, moveHistory: [expect.objectContaining({ from: `${EDZ}/moving-${run}`, to: `${GB}/moving-${run}`, by: 'park.admin.edz' })] });
    expect((await call(organization, 'GET', `/org-units/${id}/enterprises`, 'gb.secretary')).body).toMatchObject({ orgPath: `${GB}/moving-${run}` });
    const gb = (await call(organization, 'GET', `/org-units/by-path?path=${encodeURIComponent(GB)}`, 'county.admin')).body;
    const cycle = await call(organization, 'POST', `/org-units/${gb.id}/move`, 'park.admin.edz', { parentPath: `${GB}/moving-${run}` });
    expect(cycle.status).toBe(422);
    expect(cycle.body.code).toBe('ORG_UNIT_CYCLE');

    await eventually(async () => (await ledger()).includes(enterpriseId), 30_000, 'the general-branch secretary sees the moved branch’s enterprise');
    await eventually(async () => (await kc(`/group-by-path/demo-county/econ-dev-zone/machinery-gb/moving-${run}`)).ok, 30_000, 'group moved in Keycloak');
    expect((await kc(`/group-by-path/demo-county/econ-dev-zone/moving-${run}`)).status).toBe(404);
  });

  it('holds party committees, general branches, branches and party groups, with the starter kit, the 六有 checklist and the committee kept with who and when', async () => {
    const unit = async (parentPath: string, name: string, kind: string, label: string) =>
      call(organization, 'POST', '/org-units', 'park.admin.edz', { parentPath, name: `${name}-${run}`, label, kind, ...(kind === 'branch' ? { form: 'independent' } : {}) });
    const committee = await unit(EDZ, 'pc', 'party-committee', '某集团党委');
    expect(committee.body).toMatchObject({ kind: 'party-committee', kindLabel: '党委', status: 'active' });
    const gb = await unit(String(committee.body.path), 'pc-gb', 'general-branch', '生产党总支');
    const br = await unit(String(gb.body.path), 'pc-br', 'branch', '一车间党支部');
    const group = await unit(String(br.body.path), 'pc-group', 'party-group', '一班党小组');
    expect([gb.status, br.status, group.status]).toEqual([201, 201, 201]);
    expect(group.body).toMatchObject({ kind: 'party-group', kindLabel: '党小组' });
    const misplaced = await unit(EDZ, 'loose-group', 'party-group', '园区党小组');
    expect(misplaced.status).toBe(422);
    expect(misplaced.body.code).toBe('ORG_UNIT_KIND_NOT_ALLOWED');

    const id = String(br.body.id);
    const fresh = await call(organization, 'GET', `/org-units/${id}/records`, 'branch.secretary');
    expect(fresh.status).toBe(404); // another branch's secretary
    const empty = await call(organization, 'GET', `/org-units/${id}/records`, 'park.admin.edz');
    expect((empty.body.checklists as Json)['starter-kit']).toHaveLength(9);
    expect((empty.body.checklists as Json)['activity-room']).toEqual(expect.arrayContaining([expect.objectContaining({ item: 'books', label: '有书报 / books and papers', done: false, by: null })]));
    expect((await call(organization, 'PUT', `/org-units/${id}/checklists/starter-kit/seal`, 'park.admin.edz', { done: true })).status).toBe(200);
    const unticked = await call(organization, 'PUT', `/org-units/${id}/checklists/starter-kit/seal`, 'county.admin', { done: false });
    expect(unticked.body.checklistLog).toEqual([
      expect.objectContaining({ list: 'starter-kit', item: 'seal', done: true, by: 'park.admin.edz' }),
      expect.objectContaining({ list: 'starter-kit', item: 'seal', done: false, by: 'county.admin' }),
    ]);
    const ticked = await call(organization, 'PUT', `/org-units/${id}/checklists/activity-room/flag`, 'park.admin.edz', { done: true });
    expect((ticked.body.checklists as Record<string, Json[]>)['activity-room'].find((i) => i.item === 'flag')).toMatchObject({ done: true, by: 'park.admin.edz' });
    const badItem = await call(organization, 'PUT', `/org-units/${id}/checklists/activity-room/seal`, 'park.admin.edz', { done: true });
    expect(badItem.status).toBe(400);
    expect(badItem.body.details).toEqual([expect.objectContaining({ field: 'item' })]);
    expect((await call(organization, 'PUT', `/org-units/${id}/checklists/nonsense/seal`, 'park.admin.edz', { done: true })).status).toBe(400);
    expect((await call(organization, 'PUT', `/org-units/${id}/checklists/starter-kit/seal`, 'branch.secretary', { done: true })).status).toBe(403);

    const twoSecretaries = await call(organization, 'PUT', `/org-units/${id}/committee`, 'park.admin.edz', { electedOn: '2026-06-30', members: [{ name: '张三', role: 'secretary' }, { name: '李四', role: 'secretary' }] });
    expect(twoSecretaries.status).toBe(400);
    expect(twoSecretaries.body.details).toEqual([expect.objectContaining({ field: 'members' })]);
    const first = await call(organization, 'PUT', `/org-units/${id}/committee`, 'park.admin.edz', { electedOn: '2023-06-30', members: [{ name: '张三', role: 'secretary' }, { name: '李四', role: 'organization' }, { name: '王五', role: 'propaganda' }] });
    expect(first.body.committee).toMatchObject({ electedOn: '2023-06-30', recordedBy: 'park.admin.edz', members: expect.arrayContaining([expect.objectContaining({ name: '李四', roleLabel: '组织委员 / organization' })]) });
    const second = await call(organization, 'PUT', `/org-units/${id}/committee`, 'park.admin.edz', { electedOn: '2026-06-30', members: [{ name: '李四', role: 'secretary' }, { name: '赵六', role: 'discipline' }] });
    expect(second.body).toMatchObject({ committee: { electedOn: '2026-06-30' }, committeeHistory: [expect.objectContaining({ electedOn: '2023-06-30' })] });
  });
});
