import { randomBytes, randomUUID } from 'node:crypto';
import { headers as natsHeaders } from 'nats';
import { ROLE_MATRIX, Role, allows, matrixCells } from '@dangjian/auth';
import {
  DEAD_LETTER_STREAM,
  HEADER_DEAD_LETTER_REASON,
  OrgUnitCreatedV1,
  SystemPatterns,
  auditRecordedEvent,
  deadLetterSubject,
  eventSubject,
} from '@dangjian/contracts';
import { createEvent } from '@dangjian/messaging';
import {
  ORGANIZATION_CATCH_UP_MS,
  DEMO_USERS,
  DemoUser,
  HubSimulator,
  REALM,
  ServiceProcess,
  connectTestNats,
  eventually,
  keycloakUrl,
  randomCitizenId,
  randomUscc,
  readStream,
  serviceEnv,
  tokenRequest,
  userToken,
} from '@dangjian/testing';

/** The role and scope of each demo user (deploy/keycloak/dev/dangjian.overlay.json). */
const USERS: Record<DemoUser, { role: Role; scope: string; kind: 'county' | 'park' | 'township' | 'general-branch' | 'branch' }> = {
  'county.admin': { role: 'county-admin', scope: '/demo-county', kind: 'county' },
  'park.admin.edz': { role: 'park-admin', scope: '/demo-county/econ-dev-zone', kind: 'park' },
  'park.admin.htp': { role: 'park-admin', scope: '/demo-county/hi-tech-park', kind: 'park' },
  'township.admin': { role: 'township-admin', scope: '/demo-county/chengguan', kind: 'township' },
  'gb.secretary': { role: 'general-branch-secretary', scope: '/demo-county/econ-dev-zone/machinery-gb', kind: 'general-branch' },
  'branch.secretary': { role: 'branch-secretary', scope: '/demo-county/econ-dev-zone/machinery-gb/haofeng-branch', kind: 'branch' },
  instructor: { role: 'instructor', scope: '/demo-county/econ-dev-zone', kind: 'park' },
  liaison: { role: 'enterprise-liaison', scope: '/demo-county/econ-dev-zone/machinery-gb/haofeng-branch', kind: 'branch' },
  member: { role: 'member', scope: '/demo-county/econ-dev-zone/machinery-gb/haofeng-branch', kind: 'branch' },
  auditor: { role: 'auditor', scope: '/demo-county', kind: 'county' },
};

const run = randomBytes(3).toString('hex');
let registry: ServiceProcess;
let hub: HubSimulator;
let organization: ServiceProcess;
let instructor: ServiceProcess;
const tokens = new Map<DemoUser, string>();
let probeId = '';
let counter = 0;
/** Each census-campaign cell opens a campaign of its own year (2001 on; a year may have one campaign per place). */
let campaignYear = 2000;
/** Each instructor-review cell finalizes a year of its own. */
let reviewYear = 2000;
/** One ledger record per park/township, created by the county admin, for the update cells. */
const enterpriseIn = new Map<string, string>();
/** Enterprises of a county-wide census, per park/township, each checked once by the census-check cells. */
const censusPool = new Map<string, string[]>();
let campaignId = '';
/** Per park/township, an enterprise whose liaison is the demo liaison, and pending proposals for the confirm cells. */
const liaisonEnterprise = new Map<string, string>();
const proposalPool = new Map<string, string[]>();
/** Formation suggestions dismissed by the formation.update cells. */
const dismissed = new Set<string>();
/** The park or township a user registers enterprises in: their own, or the first park for county-wide users. */
const ledgerHome = (u: DemoUser) => (['county', 'general-branch', 'branch'].includes(USERS[u].kind) ? '/demo-county/econ-dev-zone' : USERS[u].scope);

async function call(method: string, url: string, token?: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** Per park/township, the instructor the cells act on (in the development zone, the demo instructor's own record). */
const instructorOf = new Map<string, string>();
/** Per park/township, enterprises without an instructor, for the assignment cells. */
const assignPool = new Map<string, string[]>();
/** The enterprise assigned to the demo instructor: their visits and requests. */
let instructorEnterprise = '';
/** The jurisdiction a user lists instructors, visits and requests of: their own, or their park or township. */
const jurisdictionOf = (u: DemoUser) => (['county', 'park', 'township'].includes(USERS[u].kind) ? USERS[u].scope : homeOf(u));
const instructorApi = (u: DemoUser, method: string, path: string, body?: unknown) => call(method, `${instructor.url}/api/instructor${path}`, tokens.get(u), body);
/** An enterprise a user may raise a request for: the demo instructor's, the liaison's own, an admin's in their park. */
const requestEnterprise = (u: DemoUser) => (USERS[u].role === 'instructor' ? instructorEnterprise : USERS[u].role === 'enterprise-liaison' ? liaisonEnterprise.get(homeOf(u))! : enterpriseIn.get(homeOf(u))!);
const raiseRequest = (u: DemoUser, by: DemoUser = u) => instructorApi(by, 'POST', '/requests', { enterpriseId: requestEnterprise(u), category: 'policy', title: `访问测试诉求${(counter += 1)}`, department: '县营商办' });

/** The joint branch of each user's park or township (organization knows registry's enterprises from its events, a moment later). */
const jointBranch = new Map<string, string>();
const HAOFENG_GB = '/demo-county/econ-dev-zone/machinery-gb';
const HAOFENG = `${HAOFENG_GB}/haofeng-branch`;
const attachPool = new Map<string, string[]>();
/** A general branch per park and township (the demo tree has one, in the development zone; the setup adds the others). */
const generalBranch = new Map<string, string>();
/** A member in a branch within the user's scope (the joint branch of a park or township, 浩丰 under the general branch). */
const memberBranch = (u: DemoUser) => jointBranch.get(['general-branch', 'branch'].includes(USERS[u].kind) ? HAOFENG : USERS[u].kind === 'county' ? '/demo-county/econ-dev-zone' : USERS[u].scope)!;
const enterMember = (u: DemoUser, token: string | undefined, fields: Record<string, unknown> = {}) =>
  call('POST', `${organization.url}/api/organization/members`, token, { orgId: memberBranch(u), name: '访问测试党员', citizenId: randomCitizenId(), stage: 'formal', since: '2020-07-01', ...fields });
const homeOf = (u: DemoUser) => (USERS[u].scope.startsWith('/demo-county/hi-tech-park') ? '/demo-county/hi-tech-park' : USERS[u].scope.startsWith('/demo-county/chengguan') ? '/demo-county/chengguan' : '/demo-county/econ-dev-zone');
const branchOf = (u: DemoUser) => jointBranch.get(homeOf(u))!;
async function attach(u: DemoUser, branchId: string, enterpriseId: string) {
  for (const started = Date.now(); ; ) {
    const res = await call('POST', `${organization.url}/api/organization/org-units/${branchId}/enterprises`, tokens.get(u), { enterpriseId });
    if (res.status !== 404 || Date.now() - started > ORGANIZATION_CATCH_UP_MS) return res;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** One real request per cell of the role matrix, made as the given user inside that user's own scope. */
const REQUESTS: Record<string, (user: DemoUser) => Promise<{ status: number; body: Record<string, unknown> }>> = {
  'system-status.read': (u) => call('GET', `${registry.url}/api/registry/system/status`, tokens.get(u)),
  'system-probe.read': (u) => call('GET', `${registry.url}/api/registry/system/probes/${probeId}`, tokens.get(u)),
  'system-probe.create': (u) => call('POST', `${registry.url}/api/registry/system/probes`, tokens.get(u)),
  'audit-log.read': (u) => call('GET', `${organization.url}/api/organization/audit`, tokens.get(u)),
  'org-unit.read': (u) => call('GET', `${organization.url}/api/organization/org-units/by-path?path=${encodeURIComponent(USERS[u].scope)}`, tokens.get(u)),
  'policy.read': (u) => call('GET', `${organization.url}/api/organization/policies/effective?path=${encodeURIComponent(USERS[u].scope)}`, tokens.get(u)),
  // A later first day each time: every new version ends the open-ended one before it.
  'policy.create': (u) =>
    call('POST', `${organization.url}/api/organization/policies`, tokens.get(u), {
      path: USERS[u].scope,
      effectiveFrom: `${2100 + (counter += 1)}-01-01`,
      settings: { instructorVisitsPerMonth: 2 },
    }),
  'formation.read': (u) => call('GET', `${organization.url}/api/organization/formation/suggestions?path=${encodeURIComponent(USERS[u].scope)}`, tokens.get(u)),
  // The setup's enterprises have no members: each needs an instructor, an open suggestion to dismiss.
  'formation.update': async (u) => {
    if (!allows([USERS[u].role], 'formation', 'update')) return call('POST', `${organization.url}/api/organization/formation/suggestions/${randomUUID()}/dismiss`, tokens.get(u), { note: '访问测试' });
    const home = ledgerHome(u);
    const open = await eventually(async () => {
      const listed = await call('GET', `${organization.url}/api/organization/formation/suggestions?path=${encodeURIComponent(home)}&kind=needs-instructor&limit=200`, tokens.get('county.admin'));
      return (listed.body.items as { id: string }[] | undefined)?.find((item) => !dismissed.has(item.id));
    }, 30_000, `an open suggestion in ${home}`);
    dismissed.add(open.id);
    return call('POST', `${organization.url}/api/organization/formation/suggestions/${open.id}/dismiss`, tokens.get(u), { note: '访问测试' });
  },
  'keycloak-sync.read': (u) => call('GET', `${organization.url}/api/organization/keycloak-sync`, tokens.get(u)),
  'keycloak-sync.create': (u) => call('POST', `${organization.url}/api/organization/keycloak-sync/reconcile`, tokens.get(u)),
  'coverage.read': (u) => call('GET', `${organization.url}/api/organization/coverage?path=${encodeURIComponent(USERS[u].scope)}`, tokens.get(u)),
  'coverage.update': (u) => call('POST', `${organization.url}/api/organization/coverage/rebuild`, tokens.get(u)),
  'org-unit.update': async (u) => {
    if (!allows([USERS[u].role], 'org-unit', 'update')) return call('POST', `${organization.url}/api/organization/org-units/${randomUUID()}/revoke`, tokens.get(u), { reason: '访问测试' });
    const created = await call('POST', `${organization.url}/api/organization/org-units`, tokens.get('county.admin'), {
      parentPath: USERS[u].scope === '/demo-county' ? '/demo-county/econ-dev-zone' : USERS[u].scope,
      name: `revoke-${run}-${(counter += 1)}`,
      label: '撤销测试党支部',
      kind: 'branch',
      form: 'joint',
    });
    expect(created.status).toBe(201);
    return call('POST', `${organization.url}/api/organization/org-units/${created.body.id}/revoke`, tokens.get(u), { reason: '访问测试' });
  },
  'org-unit.delete': async (u) => {
    if (!allows([USERS[u].role], 'org-unit', 'delete')) return call('POST', `${organization.url}/api/organization/org-units/${randomUUID()}/close`, tokens.get(u), { reason: '访问测试' });
    const created = await call('POST', `${organization.url}/api/organization/org-units`, tokens.get('county.admin'), {
      parentPath: USERS[u].scope === '/demo-county' ? '/demo-county/econ-dev-zone' : USERS[u].scope,
      name: `close-${run}-${(counter += 1)}`,
      label: '撤并测试党支部',
      kind: 'branch',
      form: 'joint',
    });
    expect(created.status).toBe(201);
    return call('POST', `${organization.url}/api/organization/org-units/${created.body.id}/close`, tokens.get(u), { reason: '访问测试' });
  },
  'org-enterprise.read': (u) => {
    // Secretaries, liaisons and members see their own branch; the others their park's joint branch.
    const branch = USERS[u].scope.startsWith(HAOFENG_GB) ? jointBranch.get(HAOFENG)! : branchOf(u);
    return call('GET', `${organization.url}/api/organization/org-units/${branch}/enterprises`, tokens.get(u));
  },
  'org-enterprise.create': (u) => attach(u, branchOf(u), attachPool.get(homeOf(u))!.pop()!),
  'org-enterprise.delete': async (u) => {
    if (!allows([USERS[u].role], 'org-enterprise', 'delete')) return call('POST', `${organization.url}/api/organization/org-units/${branchOf(u)}/enterprises/${randomUUID()}/detach`, tokens.get(u), { reason: '访问测试' });
    const enterpriseId = attachPool.get(homeOf(u))!.pop()!;
    expect((await attach('county.admin', branchOf(u), enterpriseId)).status).toBe(201);
    return call('POST', `${organization.url}/api/organization/org-units/${branchOf(u)}/enterprises/${enterpriseId}/detach`, tokens.get(u), { reason: '访问测试' });
  },
  'enterprise.read': (u) => call('GET', `${registry.url}/api/registry/enterprises?limit=5`, tokens.get(u)),
  'enterprise.create': (u) =>
    call('POST', `${registry.url}/api/registry/enterprises`, tokens.get(u), {
      uscc: randomUscc(),
      name: `访问测试企业${(counter += 1)}`,
      orgPath: ledgerHome(u),
    }),
  'enterprise.update': async (u) => {
    const id = enterpriseIn.get(ledgerHome(u))!;
    const current = await call('GET', `${registry.url}/api/registry/enterprises/${id}`, tokens.get('county.admin'));
    return call('PATCH', `${registry.url}/api/registry/enterprises/${id}`, tokens.get(u), { version: current.body.version, employees: (counter += 1) });
  },
  'enterprise-proposal.read': (u) => call('GET', `${registry.url}/api/registry/enterprises/proposals?status=pending`, tokens.get(u)),
  'enterprise-proposal.create': (u) =>
    call('POST', `${registry.url}/api/registry/enterprises/${liaisonEnterprise.get(ledgerHome(u))}/proposals`, tokens.get(u), { employees: 100 + (counter += 1) }),
  'enterprise-proposal.update': (u) =>
    call('POST', `${registry.url}/api/registry/enterprises/proposals/${proposalPool.get(ledgerHome(u))!.pop()}/confirm`, tokens.get(u), {}),
  'data-hub.read': (u) => call('GET', `${registry.url}/api/registry/data-hub/runs`, tokens.get(u)),
  'data-hub.create': (u) => call('POST', `${registry.url}/api/registry/data-hub/runs`, tokens.get(u)),
  'data-hub.update': (u) =>
    call('POST', `${registry.url}/api/registry/data-hub/quarantine/data-hub:${run}-bad/resolve`, tokens.get(u), { action: 'dismiss', note: '访问测试' }),
  'enterprise-import.read': (u) => call('GET', `${registry.url}/api/registry/enterprises/imports`, tokens.get(u)),
  'enterprise-import.create': async (u) => {
    const template = await fetch(`${registry.url}/api/registry/enterprises/import-template?format=csv`, { headers: { authorization: `Bearer ${tokens.get('county.admin')}` } });
    const csv = `${(await template.text()).trim()}\r\n${randomUscc()},访问测试导入${(counter += 1)},非公企业,${ledgerHome(u)}\r\n`;
    const res = await fetch(`${registry.url}/api/registry/enterprises/imports?fileName=access.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.get(u)}`, 'content-type': 'text/csv' },
      body: csv,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  },
  'census-campaign.read': (u) => call('GET', `${registry.url}/api/registry/census/campaigns`, tokens.get(u)),
  'census-campaign.create': (u) =>
    call('POST', `${registry.url}/api/registry/census/campaigns`, tokens.get(u), { year: (campaignYear += 1), orgPath: ledgerHome(u) }),
  'census-check.read': (u) => call('GET', `${registry.url}/api/registry/census/campaigns/${campaignId}/records?limit=5`, tokens.get(u)),
  'member.read': (u) => call('GET', `${organization.url}/api/organization/members?path=${encodeURIComponent(USERS[u].scope)}`, tokens.get(u)),
  'member.create': (u) => enterMember(u, tokens.get(u)),
  'member.update': async (u) => {
    const created = await enterMember(u, tokens.get('county.admin'));
    expect(created.status).toBe(201);
    return call('PATCH', `${organization.url}/api/organization/members/${created.body.id}`, tokens.get(u), { position: '访问测试' });
  },
  'member-identity.read': async (u) => {
    const created = await enterMember(u, tokens.get('county.admin'));
    expect(created.status).toBe(201);
    return call('GET', `${organization.url}/api/organization/members/${created.body.id}/identity`, tokens.get(u));
  },
  // Each demo user is on the roster (the setup links a record to each account).
  'member-self.read': (u) => call('GET', `${organization.url}/api/organization/members/me`, tokens.get(u)),
  'meeting.read': (u) => call('GET', `${organization.url}/api/organization/meetings/overdue?path=${encodeURIComponent(USERS[u].scope)}`, tokens.get(u)),
  'meeting.create': (u) =>
    call('POST', `${organization.url}/api/organization/org-units/${memberBranch(u)}/meetings`, tokens.get(u), {
      kind: 'committee-meeting',
      heldOn: new Date().toISOString().slice(0, 10),
      topic: '访问测试支委会',
      attendance: [],
    }),
  'activity-day.read': (u) => call('GET', `${organization.url}/api/organization/activity-days?path=${encodeURIComponent(USERS[u].scope)}`, tokens.get(u)),
  'activity-day.update': (u) =>
    call('PUT', `${organization.url}/api/organization/org-units/${generalBranch.get(USERS[u].kind === 'county' || !generalBranch.has(USERS[u].scope) ? HAOFENG_GB : USERS[u].scope)}/activity-day`, tokens.get(u), {
      dayOfMonth: 10,
      place: '党群服务中心',
    }),
  'dues.read': (u) => call('GET', `${organization.url}/api/organization/dues/totals?path=${encodeURIComponent(USERS[u].scope)}`, tokens.get(u)),
  'dues.update': async (u) => {
    const created = await enterMember(u, tokens.get('county.admin'));
    return call('PUT', `${organization.url}/api/organization/members/${created.body.id}/dues/account`, tokens.get(u), { category: 'employed', incomeFen: 500_000 });
  },
  'dues.create': async (u) => {
    const created = await enterMember(u, tokens.get('county.admin'));
    const account = await call('PUT', `${organization.url}/api/organization/members/${created.body.id}/dues/account`, tokens.get('county.admin'), { category: 'student', incomeFen: 0 });
    expect(account.status).toBe(200);
    return call('POST', `${organization.url}/api/organization/members/${created.body.id}/dues/payments`, tokens.get(u), { months: [new Date().toISOString().slice(0, 7)] });
  },
  'member-transfer.read': (u) => call('GET', `${organization.url}/api/organization/transfers?path=${encodeURIComponent(USERS[u].scope)}`, tokens.get(u)),
  'member-transfer.create': async (u) => {
    const created = await enterMember(u, tokens.get('county.admin'));
    return call('POST', `${organization.url}/api/organization/members/${created.body.id}/transfers`, tokens.get(u), { kind: 'outward', externalOrg: '县外单位', letterNo: `访问-${(counter += 1)}` });
  },
  // The member goes to the branch of the user's own scope, so the user is the receiving side.
  'member-transfer.update': async (u) => {
    const created = await enterMember('county.admin', tokens.get('county.admin'));
    const sent = await call('POST', `${organization.url}/api/organization/members/${created.body.id}/transfers`, tokens.get('county.admin'), { kind: 'within-county', toOrgId: memberBranch(u) === memberBranch('county.admin') ? jointBranch.get(HAOFENG) : memberBranch(u) });
    expect(sent.status).toBe(201);
    return call('POST', `${organization.url}/api/organization/transfers/${sent.body.id}/receive`, tokens.get(u), {});
  },
  'member-points.read': (u) => call('GET', `${organization.url}/api/organization/org-units/${memberBranch(u)}/member-points`, tokens.get(u)),
  'instructor.read': (u) => instructorApi(u, 'GET', `/instructors?path=${encodeURIComponent(jurisdictionOf(u))}`),
  'instructor.create': (u) => instructorApi(u, 'POST', '/instructors', { name: `访问测试指导员${(counter += 1)}`, source: 'organ', homeUnit: '县直机关', orgPath: jurisdictionOf(u) }),
  'instructor.update': (u) => instructorApi(u, 'POST', `/instructors/${instructorOf.get(homeOf(u))}/training`, { on: '2026-03-01', title: '指导员培训', hours: 4 }),
  'instructor-assignment.read': (u) => instructorApi(u, 'GET', `/enterprises/unassigned?path=${encodeURIComponent(jurisdictionOf(u))}`),
  'instructor-assignment.create': (u) => instructorApi(u, 'POST', `/instructors/${instructorOf.get(homeOf(u))}/assignments`, { enterpriseId: assignPool.get(homeOf(u))!.pop() }),
  'instructor-assignment.update': async (u) => {
    const made = await instructorApi('county.admin', 'POST', `/instructors/${instructorOf.get(homeOf(u))}/assignments`, { enterpriseId: assignPool.get(homeOf(u))!.pop() });
    expect(made.status).toBe(201);
    return instructorApi(u, 'POST', `/assignments/${made.body.id}/end`, { reason: 'other' });
  },
  'instructor-visit.read': (u) => instructorApi(u, 'GET', `/visits/overdue?path=${encodeURIComponent(jurisdictionOf(u))}`),
  'instructor-visit.create': (u) => instructorApi(u, 'POST', '/visits', { enterpriseId: instructorEnterprise, visitedOn: new Date().toISOString().slice(0, 10), checklist: ['firsts.know'] }),
  'enterprise-request.read': (u) => instructorApi(u, 'GET', `/requests?path=${encodeURIComponent(jurisdictionOf(u))}`),
  'enterprise-request.create': (u) => raiseRequest(u),
  'enterprise-request.update': async (u) => {
    const raised = await raiseRequest(u, 'county.admin');
    expect(raised.status).toBe(201);
    return instructorApi(u, 'POST', `/requests/${raised.body.id}/transition`, { status: 'in-progress', version: 0 });
  },
  'instructor-review.read': (u) => instructorApi(u, 'GET', `/reviews?path=${encodeURIComponent(jurisdictionOf(u))}&year=2026`),
  // Each review is final once per instructor and year: every call reviews a year of its own.
  'instructor-review.update': (u) => instructorApi(u, 'POST', '/reviews', { instructorId: instructorOf.get(homeOf(u)), year: (reviewYear += 1), finalScore: 80 }),
  'instructor-feedback.create': (u) => instructorApi(u, 'POST', '/reviews/feedback', { instructorId: instructorOf.get('/demo-county/econ-dev-zone'), year: 2026, score: 90 }),
  'leader-contact.read': (u) => instructorApi(u, 'GET', `/leaders?path=${encodeURIComponent(jurisdictionOf(u))}`),
  'leader-contact.create': (u) => instructorApi(u, 'POST', '/leaders', { name: `访问测试领导${(counter += 1)}`, title: '县委常委', kind: 'county-leader', orgPath: jurisdictionOf(u) }),
  'leader-contact.update': async (u) => {
    const made = await instructorApi('county.admin', 'POST', '/leaders', { name: `访问测试领导${(counter += 1)}`, title: '工委委员', kind: 'committee-member', orgPath: jurisdictionOf(u) });
    expect(made.status).toBe(201);
    return instructorApi(u, 'PUT', `/leaders/${made.body.id}/links`, { links: [], version: 0 });
  },
  'census-check.create': (u) => {
    const enterpriseId = censusPool.get(ledgerHome(u))!.pop()!;
    return call('POST', `${registry.url}/api/registry/census/campaigns/${campaignId}/records/${enterpriseId}/checks`, tokens.get(u), {
      stage: 'township-preliminary',
      verdict: 'pass',
    });
  },
  'org-unit.create': (u) => {
    const { scope, kind } = USERS[u];
    const childKind = kind === 'county' ? 'park' : 'branch';
    counter += 1;
    return call('POST', `${organization.url}/api/organization/org-units`, tokens.get(u), {
      parentPath: scope,
      name: `e2e-${run}-${counter}`,
      label: `测试组织${counter}`,
      kind: childKind,
    });
  },
};

beforeAll(async () => {
  hub = new HubSimulator('access-test', 'access-secret');
  hub.changes = [{ changeId: `${run}-bad`, changeType: 'new', changedAt: '2026-11-01T00:00:00Z', uscc: 'not-a-code', name: '格式错误记录', regionCode: '000' }];
  registry = await ServiceProcess.create('registry', {
    ...serviceEnv('registry', run),
    DATA_HUB_URL: await hub.start(),
    DATA_HUB_APP_KEY: 'access-test',
    DATA_HUB_APP_SECRET: 'access-secret',
    DATA_HUB_CRON: '0 0 0 1 1 *',
  });
  organization = await ServiceProcess.create('organization', serviceEnv('organization', run));
  instructor = await ServiceProcess.create('instructor', serviceEnv('instructor', run));
  await Promise.all([registry.startReady(), organization.startReady(), instructor.startReady()]);
  for (const user of Object.values(DEMO_USERS)) tokens.set(user, await userToken(user));
  const sent = await call('POST', `${registry.url}/api/registry/system/probes`, tokens.get('county.admin'));
  probeId = String(sent.body.probeId);
  // The demo tree is seeded at start; wait until it is there.
  await eventually(async () => (await REQUESTS['org-unit.read']('branch.secretary')).status === 200, 30_000, 'demo org tree seeded');
  for (const home of ['/demo-county/econ-dev-zone', '/demo-county/hi-tech-park', '/demo-county/chengguan']) {
    const created = await call('POST', `${registry.url}/api/registry/enterprises`, tokens.get('county.admin'), { uscc: randomUscc(), name: `访问测试台账${home.length}`, orgPath: home });
    expect(created.status).toBe(201);
    enterpriseIn.set(home, String(created.body.id));
    const pool: string[] = [];
    for (let i = 0; i < 12; i++) {
      const e = await call('POST', `${registry.url}/api/registry/enterprises`, tokens.get('county.admin'), { uscc: randomUscc(), name: `普查池企业${home.length}-${i}`, orgPath: home });
      pool.push(String(e.body.id));
    }
    censusPool.set(home, pool);
    const own = await call('POST', `${registry.url}/api/registry/enterprises`, tokens.get('county.admin'), {
      uscc: randomUscc(),
      name: `联络员企业${home.length}`,
      orgPath: home,
      liaisons: ['liaison'],
    });
    liaisonEnterprise.set(home, String(own.body.id));
    const proposals: string[] = [];
    for (let i = 0; i < 12; i++) {
      const p = await call('POST', `${registry.url}/api/registry/enterprises/${own.body.id}/proposals`, tokens.get('liaison'), { employees: 10 + i });
      expect(p.status).toBe(201);
      proposals.push(String(p.body.id));
    }
    proposalPool.set(home, proposals);
    const attachable: string[] = [];
    for (let i = 0; i < 24; i++) {
      const e = await call('POST', `${registry.url}/api/registry/enterprises`, tokens.get('county.admin'), { uscc: randomUscc(), name: `联合支部企业${home.length}-${i}`, orgPath: home });
      attachable.push(String(e.body.id));
    }
    attachPool.set(home, attachable);
    const unassigned: string[] = [];
    for (let i = 0; i < 24; i++) {
      const e = await call('POST', `${registry.url}/api/registry/enterprises`, tokens.get('county.admin'), { uscc: randomUscc(), name: `指导员联系企业${home.length}-${i}`, orgPath: home, partyMembers: 0 });
      unassigned.push(String(e.body.id));
    }
    assignPool.set(home, unassigned);
    const branchName = { '/demo-county/econ-dev-zone': 'edz-joint-branch-1', '/demo-county/hi-tech-park': 'htp-joint-branch-1', '/demo-county/chengguan': 'chengguan-joint-branch' }[home];
    const branch = await call('GET', `${organization.url}/api/organization/org-units/by-path?path=${encodeURIComponent(`${home}/${branchName}`)}`, tokens.get('county.admin'));
    jointBranch.set(home, String(branch.body.id));
  }
  const haofeng = await call('GET', `${organization.url}/api/organization/org-units/by-path?path=${encodeURIComponent(HAOFENG)}`, tokens.get('county.admin'));
  jointBranch.set(HAOFENG, String(haofeng.body.id));
  generalBranch.set(HAOFENG_GB, String((await call('GET', `${organization.url}/api/organization/org-units/by-path?path=${encodeURIComponent(HAOFENG_GB)}`, tokens.get('county.admin'))).body.id));
  generalBranch.set('/demo-county/econ-dev-zone', generalBranch.get(HAOFENG_GB)!);
  for (const home of ['/demo-county/hi-tech-park', '/demo-county/chengguan']) {
    const created = await call('POST', `${organization.url}/api/organization/org-units`, tokens.get('county.admin'), { parentPath: home, name: `access-gb-${run}`, label: '访问测试党总支', kind: 'general-branch' });
    expect(created.status).toBe(201);
    generalBranch.set(home, String(created.body.id));
  }
  for (const user of Object.values(DEMO_USERS) as DemoUser[]) {
    expect((await enterMember('branch.secretary', tokens.get('county.admin'), { name: `本人-${user}`, account: user })).status).toBe(201);
  }
  const campaign = await call('POST', `${registry.url}/api/registry/census/campaigns`, tokens.get('county.admin'), { year: 2026, orgPath: '/demo-county' });
  expect(campaign.status).toBe(201);
  campaignId = String(campaign.body.id);
  // One data-hub run that quarantines a malformed change, for the data-hub cells.
  const pulled = await call('POST', `${registry.url}/api/registry/data-hub/runs`, tokens.get('county.admin'));
  await eventually(async () => (await call('GET', `${registry.url}/api/registry/data-hub/runs/${pulled.body.id}`, tokens.get('county.admin'))).body.status === 'completed', 30_000, 'data hub run');
  // Organization reads registry's stream from its start, through every earlier test's events: wait until it has
  // heard of the last enterprise registered above in each place (it is then advised to get an instructor).
  await eventually(
    async () => {
      const token = await userToken('county.admin'); // the wait may outlast a token
      for (const [home, pool] of attachPool) {
        const listed = await call('GET', `${organization.url}/api/organization/formation/suggestions?path=${encodeURIComponent(home)}&kind=needs-instructor&limit=200`, token);
        const ids = ((listed.body.items as { enterprises: { id: string }[] }[] | undefined) ?? []).flatMap((item) => item.enterprises.map((e) => e.id));
        if (!ids.includes(pool[pool.length - 1])) return false;
      }
      return true;
    },
    540_000,
    'organization caught up with registry',
  );
  // The instructor service knows registry's enterprises from its events, a moment later.
  await eventually(
    async () => {
      const token = await userToken('county.admin');
      for (const pool of assignPool.values()) {
        const res = await call('GET', `${instructor.url}/api/instructor/enterprises/${pool[0]}/assignments`, token);
        if (res.status !== 200) return false;
      }
      return true;
    },
    540_000,
    'the instructor service caught up with registry',
  );
  for (const home of assignPool.keys()) {
    const made = await call('POST', `${instructor.url}/api/instructor/instructors`, tokens.get('county.admin'), {
      name: '访问测试指导员',
      source: 'organ',
      homeUnit: '县直机关',
      orgPath: home,
      ...(home === '/demo-county/econ-dev-zone' ? { account: 'instructor' } : {}),
    });
    expect(made.status).toBe(201);
    instructorOf.set(home, String(made.body.id));
  }
  instructorEnterprise = assignPool.get('/demo-county/econ-dev-zone')!.shift()!;
  const assigned = await call('POST', `${instructor.url}/api/instructor/instructors/${instructorOf.get('/demo-county/econ-dev-zone')}/assignments`, tokens.get('county.admin'), { enterpriseId: instructorEnterprise, from: '2026-01-01' });
  expect(assigned.status).toBe(201);
  // The liaison's enterprise has the development zone's instructor, whom the liaison rates.
  const served = await call('POST', `${instructor.url}/api/instructor/instructors/${instructorOf.get('/demo-county/econ-dev-zone')}/assignments`, tokens.get('county.admin'), { enterpriseId: liaisonEnterprise.get('/demo-county/econ-dev-zone'), from: '2026-01-01' });
  expect(served.status).toBe(201);
  for (const user of Object.values(DEMO_USERS)) tokens.set(user, await userToken(user)); // fresh for the cells
}, 600_000);
afterAll(async () => {
  await Promise.all([registry?.stop(), organization?.stop(), instructor?.stop(), hub?.stop()]);
});

describe('the role matrix, cell by cell, with real tokens', () => {
  it('should have a request for every cell of the matrix', () => {
    for (const { resource, action } of matrixCells()) expect(Object.keys(REQUESTS)).toContain(`${resource}.${action}`);
  });

  const cases = matrixCells().flatMap(({ resource, action, roles }) =>
    (Object.keys(USERS) as DemoUser[]).map((user) => ({
      cell: `${resource}.${action}`,
      user,
      allowed: (roles as readonly string[]).includes(USERS[user].role),
    })),
  );

  it.each(cases)('$cell as $user → allowed: $allowed', async ({ cell, user, allowed }) => {
    const { status, body } = await REQUESTS[cell](user);
    if (allowed) {
      expect(status).toBeGreaterThanOrEqual(200);
      expect(status).toBeLessThan(300);
    } else {
      expect(status).toBe(403);
      expect(body.code).toBe('FORBIDDEN');
      expect(String(body.message)).toMatch(/无权执行此操作/);
    }
  });
});

describe('authentication', () => {
  const url = () => `${organization.url}/api/organization/org-units`;

  it('should answer 401 without a token', async () => {
    const { status, body } = await call('GET', url());
    expect(status).toBe(401);
    expect(body).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(String(body.message)).toContain('请先登录');
  });

  it('should answer 401 to a tampered token', async () => {
    const [h, p, s] = tokens.get('member')!.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    claims.realm_access = { roles: ['county-admin'] };
    claims.groups = ['/demo-county'];
    const forged = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    expect((await call('GET', url(), forged)).status).toBe(401);
  });

  it('should answer 401 to a token of another realm', async () => {
    const master = await tokenRequest('master', { grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' });
    expect((await call('GET', url(), master)).status).toBe(401);
  });

  it('should answer 401 to a valid token of this realm that a client outside the platform got (no platform audience)', async () => {
    const foreign = await userToken('county.admin', 'dangjian-test-foreign');
    expect((await call('GET', url(), foreign)).status).toBe(401);
    expect((await call('GET', url(), await userToken('county.admin'))).status).toBe(200);
  });

  it('should answer 401 to an expired token', async () => {
    const shortLived = await userToken('county.admin', 'dangjian-test-short-lived');
    expect((await call('GET', url(), shortLived)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect((await call('GET', url(), shortLived)).status).toBe(401);
  });

  it('should answer 401 to something that is not a token', async () => {
    expect((await call('GET', url(), 'not-a-jwt')).status).toBe(401);
  });
});

describe('data scope', () => {
  async function unitId(path: string): Promise<string> {
    const { body } = await call('GET', `${organization.url}/api/organization/org-units/by-path?path=${encodeURIComponent(path)}`, tokens.get('county.admin'));
    return String(body.id);
  }

  it("should refuse park A's admin a park B record with 404, as if it did not exist", async () => {
    const edz = await unitId('/demo-county/econ-dev-zone/machinery-gb');
    const byId = await call('GET', `${organization.url}/api/organization/org-units/${edz}`, tokens.get('park.admin.htp'));
    expect(byId.status).toBe(404);
    expect(byId.body.code).toBe('NOT_FOUND');
    const byPath = await call('GET', `${organization.url}/api/organization/org-units/by-path?path=/demo-county/econ-dev-zone`, tokens.get('park.admin.htp'));
    expect(byPath.status).toBe(404);
    const unknown = await call('GET', `${organization.url}/api/organization/org-units/${randomUUID()}`, tokens.get('park.admin.htp'));
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ ...byId.body, requestId: unknown.body.requestId });
  });

  it('should list only the units inside the caller scope', async () => {
    const { body } = await call('GET', `${organization.url}/api/organization/org-units?limit=500`, tokens.get('park.admin.htp'));
    const paths = (body.items as { path: string }[]).map((i) => i.path);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p.startsWith('/demo-county/hi-tech-park'))).toBe(true);
  });

  it('should let the county admin read both parks', async () => {
    for (const path of ['/demo-county/econ-dev-zone', '/demo-county/hi-tech-park']) {
      const { status } = await call('GET', `${organization.url}/api/organization/org-units/by-path?path=${path}`, tokens.get('county.admin'));
      expect(status).toBe(200);
    }
  });

  it("should refuse to create a unit under another park's tree", async () => {
    const { status, body } = await call('POST', `${organization.url}/api/organization/org-units`, tokens.get('park.admin.edz'), {
      parentPath: '/demo-county/hi-tech-park',
      name: `e2e-${run}-intruder`,
      label: '越权组织',
      kind: 'branch',
    });
    expect(status).toBe(404);
    expect(body.code).toBe('PARENT_ORG_UNIT_NOT_FOUND');
  });

  it('should refuse a branch directly under the county, and invalid input, with clear codes', async () => {
    const wrongKind = await call('POST', `${organization.url}/api/organization/org-units`, tokens.get('county.admin'), {
      parentPath: '/demo-county',
      name: `e2e-${run}-wrong`,
      label: '错误层级',
      kind: 'branch',
    });
    expect(wrongKind.status).toBe(422);
    expect(wrongKind.body.code).toBe('ORG_UNIT_KIND_NOT_ALLOWED');
    const invalid = await call('POST', `${organization.url}/api/organization/org-units`, tokens.get('county.admin'), {
      parentPath: 'demo-county',
      name: 'Bad Name',
      label: 'x',
      kind: 'castle',
      extra: true,
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    expect(((invalid.body.details as { field: string }[]) ?? []).map((d) => d.field).sort()).toEqual(['extra', 'kind', 'label', 'name', 'parentPath']);
  });
});

describe('the auditor', () => {
  it('should read but never write, on every writable cell', async () => {
    for (const { resource, action } of matrixCells().filter((c) => c.action !== 'read')) {
      const { status } = await REQUESTS[`${resource}.${action}`]('auditor');
      expect(status).toBe(403);
    }
    expect(Object.values(ROLE_MATRIX).some((row) => 'read' in row)).toBe(true);
  });
});

describe('audit trail and Keycloak groups', () => {
  it('should record who created an org unit, readable by the auditor, and mirror it as a Keycloak group', async () => {
    const name = `e2e-${run}-audited`;
    const created = await call('POST', `${organization.url}/api/organization/org-units`, tokens.get('park.admin.edz'), {
      parentPath: '/demo-county/econ-dev-zone',
      name,
      label: '审计测试党支部',
      kind: 'branch',
    });
    expect(created.status).toBe(201);
    const entry = await eventually(async () => {
      const { body } = await call('GET', `${organization.url}/api/organization/audit?targetId=${created.body.id}`, tokens.get('auditor'));
      return (body.items as Record<string, unknown>[])?.[0];
    }, 20_000, 'audit entry filed');
    expect(entry).toMatchObject({
      action: 'org-unit.create',
      actor: { kind: 'user', username: 'park.admin.edz' },
      target: { kind: 'org-unit', id: created.body.id, orgPath: `/demo-county/econ-dev-zone/${name}` },
      changes: { label: { to: '审计测试党支部' } },
    });

    const admin = await tokenRequest('master', { grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' });
    const group = await eventually(async () => {
      const res = await fetch(`${keycloakUrl()}/admin/realms/${REALM}/group-by-path/demo-county/econ-dev-zone/${name}`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      return res.ok ? ((await res.json()) as { path: string; attributes: Record<string, string[]> }) : undefined;
    }, 30_000, 'Keycloak group created');
    expect(group.path).toBe(`/demo-county/econ-dev-zone/${name}`);
    expect(group.attributes.label).toEqual(['审计测试党支部']);
  });
});

describe('forged events on the bus', () => {
  it('should dead-letter an org unit or an audit row that claims another source: no Keycloak group, no audit row', async () => {
    const name = `e2e-${run}-forged`;
    const actor = { kind: 'service' as const, id: 'forger' };
    const forgedUnit = {
      ...createEvent('organization', OrgUnitCreatedV1, {
        subject: randomUUID(),
        actor,
        data: { id: randomUUID(), path: `/demo-county/econ-dev-zone/${name}`, parentPath: '/demo-county/econ-dev-zone', name, label: '伪造', kind: 'branch' },
      }),
      source: 'registry',
    };
    const targetId = randomUUID();
    const forgedAudit = {
      ...createEvent('registry', auditRecordedEvent('registry'), {
        subject: targetId,
        actor,
        data: { actor, action: 'enterprise.delete', target: { kind: 'enterprise', id: targetId }, changes: {}, at: new Date().toISOString() },
      }),
      source: 'organization',
    };
    // Published with the development administrator's rights: no service's login may publish there.
    const nc = await connectTestNats();
    try {
      const js = nc.jetstream();
      await js.publish(eventSubject(OrgUnitCreatedV1.type), JSON.stringify(forgedUnit));
      await js.publish(eventSubject(auditRecordedEvent('registry').type), JSON.stringify(forgedAudit));
      const letters = await eventually(async () => {
        const found = [
          ...(await readStream(nc, DEAD_LETTER_STREAM, deadLetterSubject('organization', 'organization-keycloak-groups'))),
          ...(await readStream(nc, DEAD_LETTER_STREAM, deadLetterSubject('registry', 'registry-audit-log'))),
        ].filter((m) => [forgedUnit.id, forgedAudit.id].includes(m.json<{ id: string }>().id));
        return found.length === 2 ? found : undefined;
      }, 20_000, 'both forgeries dead-lettered');
      expect(letters.map((m) => m.headers?.get(HEADER_DEAD_LETTER_REASON)).sort()).toEqual([
        expect.stringMatching(/^envelope from "organization" .* in EVT_REGISTRY/),
        expect.stringMatching(/^envelope from "registry" .* in EVT_ORGANIZATION/),
      ]);
    } finally {
      await nc.close();
    }
    const admin = await tokenRequest('master', { grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' });
    const group = await fetch(`${keycloakUrl()}/admin/realms/${REALM}/group-by-path/demo-county/econ-dev-zone/${name}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(group.status).toBe(404);
    const audit = await call('GET', `${registry.url}/api/registry/audit?targetId=${targetId}`, tokens.get('auditor'));
    expect(audit.status).toBe(200);
    expect(audit.body.items).toEqual([]);
  });
});

describe('NATS message handlers', () => {
  async function rpc(pattern: string, token?: string): Promise<{ err?: { code?: string }; response?: unknown }> {
    const nc = await connectTestNats();
    try {
      const h = natsHeaders();
      if (token) h.set('authorization', `Bearer ${token}`);
      const msg = await nc.request(pattern, JSON.stringify({ pattern, data: {}, id: randomUUID() }), { timeout: 5000, headers: h });
      return msg.json();
    } finally {
      await nc.close();
    }
  }

  it('should refuse a message without a principal', async () => {
    const reply = await rpc(SystemPatterns.ping('registry'));
    expect(reply.err?.code).toBe('UNAUTHENTICATED');
    expect(reply.response).toBeUndefined();
  });

  it('should refuse a forged principal', async () => {
    const forged = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: 'x', typ: 'Bearer', realm_access: { roles: ['county-admin'] }, groups: ['/demo-county'] }),
    ).toString('base64url')}.AAAA`;
    expect((await rpc(SystemPatterns.ping('registry'), forged)).err?.code).toBe('UNAUTHENTICATED');
  });

  it("should apply the caller's role to a message made on the caller's behalf", async () => {
    expect((await rpc(SystemPatterns.ping('registry'), tokens.get('member'))).err?.code).toBe('FORBIDDEN');
    const ok = await rpc(SystemPatterns.ping('registry'), tokens.get('county.admin'));
    expect(ok.err).toBeFalsy();
    expect(ok.response).toMatchObject({ service: 'registry' });
  });
});
