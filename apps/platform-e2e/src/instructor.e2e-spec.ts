import { randomBytes } from 'node:crypto';
import { NatsConnection } from 'nats';
import { eventStreamName } from '@dangjian/contracts';
import { DemoUser, ServiceProcess, connectTestNats, eventually, randomUscc, readStream, serviceEnv, userToken } from '@dangjian/testing';

/**
 * The instructor service on real servers: instructors and their assignments (which move organization's
 * work coverage), the monthly "345" visits, enterprise requests to closure, recall with hand-over, each
 * role's reach, and 上饶's figures (77 instructors, 204 requests: 128 closed, 76 in progress) through the API.
 */
const run = randomBytes(3).toString('hex');
const COUNTY = '/demo-county';
const EDZ = '/demo-county/econ-dev-zone';
const HTP = '/demo-county/hi-tech-park';
const STAGES = ['township-preliminary', 'liaison-on-site', 'industry-filter', 'responsible-unit-summary', 'org-dept-standard'];
const USERS: DemoUser[] = ['county.admin', 'park.admin.edz', 'park.admin.htp', 'instructor', 'liaison', 'auditor'];

let registry: ServiceProcess;
let organization: ServiceProcess;
let instructor: ServiceProcess;
let nc: NatsConnection;
const tokens = new Map<DemoUser, string>();
type Json = Record<string, unknown>;

async function call(service: ServiceProcess, method: string, path: string, user: DemoUser, body?: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${service.url}/api/${service.service}${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens.get(user)}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text && res.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as Json) : {} };
}
const api = (method: string, path: string, user: DemoUser, body?: unknown) => call(instructor, method, path, user, body);
const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** An enterprise in the ledger, once the instructor service has it from registry's events. */
async function enterprise(orgPath: string, name: string, fields: Json = {}): Promise<string> {
  const res = await call(registry, 'POST', '/enterprises', 'county.admin', { uscc: randomUscc(), name: `${name}${run}`, orgPath, partyMembers: 0, ...fields });
  expect(res.status).toBe(201);
  const id = String(res.body.id);
  await eventually(async () => (await api('GET', `/enterprises/${id}/assignments`, 'county.admin')).status === 200, 60_000, `${name} copied to the instructor service`);
  return id;
}

async function newInstructor(user: DemoUser, fields: Json): Promise<Json> {
  const res = await api('POST', '/instructors', user, { source: 'organ', homeUnit: '县发改委', orgPath: EDZ, ...fields });
  expect(res.status).toBe(201);
  return res.body;
}

/**
 * Every enterprise of a jurisdiction without members and without an instructor, page by page. The service copies
 * registry's whole stream, so the parks also hold the enterprises of earlier test files.
 */
async function unassigned(path: string): Promise<string[]> {
  const ids: string[] = [];
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await api('GET', `/enterprises/unassigned?path=${encodeURIComponent(path)}&limit=200${cursor ? `&cursor=${cursor}` : ''}`, 'park.admin.edz');
    expect(page.status).toBe(200);
    ids.push(...(page.body.items as Json[]).map((e) => String(e.id)));
    cursor = page.body.next as string | undefined;
  }
  return ids;
}

/**
 * Closes a request with the version it has now: a request accepted long ago is escalated by the service's scan
 * (every 500 ms here), which changes its version between a read and a write.
 */
async function closeRequest(id: string, resolution: string): Promise<{ status: number; body: Json }> {
  for (;;) {
    const { body } = await api('GET', `/requests/${id}`, 'park.admin.edz');
    const res = await api('POST', `/requests/${id}/transition`, 'park.admin.edz', { status: 'closed', resolution, version: body.version });
    if (res.status !== 409) return res;
  }
}

/** Organization's list of enterprises of the base without an org or an instructor, page by page. */
async function workGap(path: string): Promise<string[]> {
  const ids: string[] = [];
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const res = await call(organization, 'GET', `/coverage/gaps?path=${encodeURIComponent(path)}&gap=work&limit=500${cursor ? `&cursor=${cursor}` : ''}`, 'county.admin');
    expect(res.status).toBe(200);
    ids.push(...(res.body.items as Json[]).map((i) => String(i.enterpriseId)));
    cursor = res.body.next as string | undefined;
  }
  return ids;
}

beforeAll(async () => {
  registry = await ServiceProcess.create('registry', serviceEnv('registry', run));
  organization = await ServiceProcess.create('organization', { ...serviceEnv('organization', run), COVERAGE_POLL_MS: '500', COVERAGE_LEASE_MS: '2000' });
  instructor = await ServiceProcess.create('instructor', { ...serviceEnv('instructor', run), REQUEST_SCAN_MS: '500' });
  await Promise.all([registry.startReady(), organization.startReady(), instructor.startReady()]);
  nc = await connectTestNats();
  for (const user of USERS) tokens.set(user, await userToken(user));
  await eventually(async () => (await call(organization, 'GET', `/org-units/by-path?path=${COUNTY}`, 'county.admin')).status === 200, 30_000, 'demo tree seeded');
}, 180_000);
afterAll(async () => {
  await nc?.close();
  await Promise.all([registry?.stop(), organization?.stop(), instructor?.stop()]);
});

let wang: Json;
let assignedId = '';
let visitedId = '';
let liaisonEnterprise = '';

describe('instructors and assignments', () => {
  it('registers an instructor with the phone masked, assigns enterprises of the jurisdiction only and one instructor at a time, and moves work coverage', async () => {
    wang = await newInstructor('park.admin.edz', { name: '王强', phone: '13800001234', account: 'instructor' });
    expect(wang).toMatchObject({ name: '王强', sourceLabel: expect.stringContaining('机关干部'), phoneMasked: '138****1234', status: 'active', account: 'instructor' });
    expect(JSON.stringify(wang)).not.toContain('13800001234');
    const other = await newInstructor('park.admin.edz', { name: '刘芳', source: 'full-time' });

    assignedId = await enterprise(EDZ, '无党员甲公司');
    visitedId = await enterprise(EDZ, '无党员乙公司');
    const inHtp = await enterprise(HTP, '高新区无党员公司');
    // The enterprises enter the census base of the park: without members and without an instructor they are a work-coverage gap.
    const campaign = await call(registry, 'POST', '/census/campaigns', 'county.admin', { year: 2026, orgPath: EDZ });
    expect(campaign.status).toBe(201);
    for (const stage of STAGES) expect((await call(registry, 'POST', `/census/campaigns/${campaign.body.id}/checks`, 'county.admin', { stage, verdict: 'pass', enterpriseIds: [assignedId, visitedId] })).status).toBe(201);
    await eventually(async () => (await workGap(EDZ)).includes(assignedId), 30_000, 'the enterprise shows as a work-coverage gap');

    expect(await unassigned(EDZ)).toEqual(expect.arrayContaining([assignedId, visitedId]));

    const assigned = await api('POST', `/instructors/${wang.id}/assignments`, 'park.admin.edz', { enterpriseId: assignedId, from: daysAgo(40) });
    expect(assigned.status).toBe(201);
    expect(assigned.body).toMatchObject({ instructorName: '王强', enterpriseId: assignedId, inForce: true, until: null });
    expect((await api('POST', `/instructors/${wang.id}/assignments`, 'park.admin.edz', { enterpriseId: visitedId, from: daysAgo(40) })).status).toBe(201);

    // Outside the instructor's jurisdiction: refused, though the county admin can see both parks.
    const outside = await api('POST', `/instructors/${wang.id}/assignments`, 'county.admin', { enterpriseId: inHtp });
    expect(outside.status).toBe(422);
    expect(outside.body).toMatchObject({ code: 'ASSIGNMENT_REFUSED', message: expect.stringContaining('不在该指导员的工作范围') });
    // The park admin cannot see the other park's enterprise, and is told it is outside the instructor's jurisdiction.
    expect((await api('POST', `/instructors/${wang.id}/assignments`, 'park.admin.edz', { enterpriseId: inHtp })).body.code).toBe('ASSIGNMENT_REFUSED');
    // One instructor at a time.
    const taken = await api('POST', `/instructors/${other.id}/assignments`, 'park.admin.edz', { enterpriseId: assignedId });
    expect(taken.status).toBe(422);
    expect(taken.body.message).toContain('已有指导员');
    // Another park's admin sees neither the instructor nor the enterprise.
    expect((await api('GET', `/instructors/${wang.id}`, 'park.admin.htp')).status).toBe(404);
    expect((await api('POST', `/instructors/${wang.id}/assignments`, 'park.admin.htp', { enterpriseId: inHtp })).status).toBe(404);

    await eventually(async () => !(await workGap(EDZ)).includes(assignedId), 30_000, 'the assignment closes the work-coverage gap');
    expect(await unassigned(EDZ)).not.toContain(assignedId);
  });

  it('ends an assignment with its reason, keeps it as history and announces both ends', async () => {
    const extra = await enterprise(EDZ, '无党员丙公司');
    const made = await api('POST', `/instructors/${wang.id}/assignments`, 'park.admin.edz', { enterpriseId: extra });
    const ended = await api('POST', `/assignments/${made.body.id}/end`, 'park.admin.edz', { reason: 'reassigned', note: '调整联系企业' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ inForce: false, until: today(), endReason: 'reassigned', endReasonLabel: expect.stringContaining('调整') });
    expect((await api('POST', `/assignments/${made.body.id}/end`, 'park.admin.edz', { reason: 'other' })).status).toBe(409);
    const history = await api('GET', `/enterprises/${extra}/assignments`, 'auditor');
    expect(history.body).toEqual([expect.objectContaining({ id: made.body.id, endReason: 'reassigned' })]);
    const events = await readStream(nc, eventStreamName('instructor'), 'evt.instructor.assignment.>');
    const mine = events.map((m) => JSON.parse(new TextDecoder().decode(m.data)) as Json).filter((e) => (e.data as Json).assignmentId === made.body.id);
    expect(mine.map((e) => e.type)).toEqual(['instructor.assignment.started.v1', 'instructor.assignment.ended.v1']);
  });
});

describe('monthly "345" visits', () => {
  it('logs a visit only for an enterprise assigned that day and not in the future, and lists who owes visits this month against the policy', async () => {
    const visit = await api('POST', '/visits', 'instructor', {
      enterpriseId: assignedId,
      visitedOn: today(),
      checklist: ['firsts.know', 'clears.enterprise', 'clears.hazards', 'roles.policy', 'roles.safety-patrol'],
      findings: '企业扩产，职工新增 20 人，其中 1 名流动党员',
      followUps: [{ text: '联系流动党员转入组织关系', due: daysAgo(-30) }],
      attachments: [{ title: '走访照片', fileName: 'visit.jpg', size: 1024 }],
      requests: [{ category: 'hiring', title: '技术工人招工难', department: '县人社局' }],
    });
    expect(visit.status).toBe(201);
    expect(visit.body).toMatchObject({ instructorName: '王强', enterpriseId: assignedId, month: today().slice(0, 7), requests: [expect.objectContaining({ raisedVia: 'visit', category: 'hiring', status: 'accepted', visitId: visit.body.id })] });

    const future = await api('POST', '/visits', 'instructor', { enterpriseId: assignedId, visitedOn: daysAgo(-1), checklist: ['firsts.know'] });
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ code: 'VISIT_REFUSED', details: [{ field: 'visitedOn', problems: [expect.stringContaining('不能晚于今天')] }] });
    const before = await api('POST', '/visits', 'instructor', { enterpriseId: assignedId, visitedOn: daysAgo(41), checklist: ['firsts.know'] });
    expect(before.body).toMatchObject({ code: 'VISIT_REFUSED', details: [expect.objectContaining({ field: 'enterpriseId' })] });
    const other = await enterprise(EDZ, '未联系企业');
    expect((await api('POST', '/visits', 'instructor', { enterpriseId: other, visitedOn: today(), checklist: ['firsts.know'] })).body.code).toBe('VISIT_REFUSED');
    const empty = await api('POST', '/visits', 'instructor', { enterpriseId: assignedId, visitedOn: today(), checklist: [] });
    expect(empty.body.details).toEqual([expect.objectContaining({ field: 'checklist' })]);
    // Admins read the log; they do not write it.
    expect((await api('POST', '/visits', 'park.admin.edz', { enterpriseId: assignedId, visitedOn: today(), checklist: ['firsts.know'] })).status).toBe(403);

    const overdue = await api('GET', `/visits/overdue?path=${encodeURIComponent(EDZ)}`, 'park.admin.edz');
    expect(overdue.status).toBe(200);
    const row = (overdue.body.instructors as Json[]).find((i) => i.instructorId === wang.id)!;
    expect(row).toMatchObject({ assigned: 2, overdue: 1, enterprises: [expect.objectContaining({ enterpriseId: visitedId, visits: 0, missing: 1 })] });
    expect(overdue.body.places).toEqual([expect.objectContaining({ orgPath: EDZ, assigned: 2, overdue: 1 })]);

    // The park asks for two visits a month: the visited enterprise now owes one more.
    expect((await call(organization, 'POST', '/policies', 'park.admin.edz', { path: EDZ, effectiveFrom: `${today().slice(0, 7)}-01`, settings: { instructorVisitsPerMonth: 2 } })).status).toBe(201);
    const stricter = await api('GET', `/visits/overdue?path=${encodeURIComponent(EDZ)}`, 'park.admin.edz');
    expect(stricter.body).toMatchObject({ required: 2, overdue: 2 });
    expect((stricter.body.instructors as Json[])[0].enterprises).toEqual(expect.arrayContaining([expect.objectContaining({ enterpriseId: assignedId, visits: 1, missing: 1 })]));

    const log = await api('GET', '/visits', 'instructor');
    expect(log.body.items).toEqual([expect.objectContaining({ id: visit.body.id, checklist: expect.arrayContaining(['clears.hazards']) })]);
  });
});

describe('enterprise requests', () => {
  it('lets a liaison raise and read only their own enterprise’s requests, and moves a request to closure only with a resolution', async () => {
    liaisonEnterprise = await enterprise(EDZ, '联络员企业', { liaisons: ['liaison'] });
    const raised = await api('POST', '/requests', 'liaison', { enterpriseId: liaisonEnterprise, category: 'financing', title: '流动资金贷款难', detail: '需 300 万元流动资金', department: '县金融办' });
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({ raisedVia: 'liaison', status: 'accepted', acceptedOn: today(), sla: 'on-time', categoryLabel: expect.stringContaining('融资') });
    // Thirty days for financing by default.
    expect(raised.body.dueOn).toBe(daysAgo(-30));
    expect((await api('POST', '/requests', 'liaison', { enterpriseId: assignedId, category: 'land', title: '用地指标', department: '县自然资源局' })).status).toBe(404);
    const seen = await api('GET', `/requests?path=${encodeURIComponent(EDZ)}`, 'liaison');
    expect((seen.body.items as Json[]).map((r) => r.enterpriseId)).toEqual([liaisonEnterprise]);
    // A liaison raises; the park and the instructor move it on.
    expect((await api('POST', `/requests/${raised.body.id}/transition`, 'liaison', { status: 'in-progress', version: 0 })).status).toBe(403);

    const going = await api('POST', `/requests/${raised.body.id}/transition`, 'park.admin.edz', { status: 'in-progress', note: '已对接县农商行', version: 0 });
    expect(going.body).toMatchObject({ status: 'in-progress', statusLabel: expect.stringContaining('办理中') });
    const bare = await api('POST', `/requests/${raised.body.id}/transition`, 'park.admin.edz', { status: 'closed', version: 1 });
    expect(bare.status).toBe(422);
    expect(bare.body).toMatchObject({ code: 'REQUEST_TRANSITION_REFUSED', details: [{ field: 'resolution', problems: [expect.stringContaining('办理结果')] }] });
    const closed = await api('POST', `/requests/${raised.body.id}/transition`, 'park.admin.edz', { status: 'closed', resolution: '农商行授信 300 万元', version: 1 });
    expect(closed.body).toMatchObject({ status: 'closed', closedOn: today(), resolution: '农商行授信 300 万元', sla: 'done', history: [expect.objectContaining({ status: 'accepted' }), expect.objectContaining({ status: 'in-progress' }), expect.objectContaining({ status: 'closed' })] });
    expect((await api('POST', `/requests/${raised.body.id}/transition`, 'park.admin.edz', { status: 'in-progress', version: 2 })).body.code).toBe('REQUEST_TRANSITION_REFUSED');

    const another = await api('POST', '/requests', 'park.admin.edz', { enterpriseId: liaisonEnterprise, category: 'policy', title: '申报高新技术企业', department: '县科技局' });
    const reject = await api('POST', `/requests/${another.body.id}/transition`, 'park.admin.edz', { status: 'rejected', version: 0 });
    expect(reject.body.details).toEqual([{ field: 'reason', problems: [expect.stringContaining('理由')] }]);
    expect((await api('POST', `/requests/${another.body.id}/transition`, 'park.admin.edz', { status: 'rejected', reason: '不符合申报条件', version: 0 })).body).toMatchObject({ status: 'rejected', rejectReason: '不符合申报条件' });
  });

  it('escalates an open request past its time limit to the park, once', async () => {
    const late = await api('POST', '/requests', 'park.admin.edz', { enterpriseId: assignedId, category: 'safety', title: '消防通道整改', department: '县应急局', acceptedOn: daysAgo(10) });
    expect(late.body).toMatchObject({ dueOn: daysAgo(3), sla: 'overdue' });
    const escalated = await eventually(async () => {
      const res = await api('GET', `/requests/${late.body.id}`, 'park.admin.edz');
      return res.body.escalation === 1 ? res.body : undefined;
    }, 20_000, 'the overdue request escalated');
    expect(escalated.version).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const events = await readStream(nc, eventStreamName('instructor'), 'evt.instructor.request.escalated.v1');
    const mine = events.map((m) => JSON.parse(new TextDecoder().decode(m.data)) as Json).filter((e) => (e.data as Json).requestId === late.body.id);
    expect(mine.map((e) => (e.data as Json).level)).toEqual([1]);
    expect((await api('POST', '/requests', 'park.admin.edz', { enterpriseId: assignedId, category: 'safety', title: '未来', department: '县应急局', acceptedOn: daysAgo(-1) })).status).toBe(400);
  });
});

describe('what each role reaches', () => {
  it('shows an instructor only their own record, enterprises, visits and requests', async () => {
    const own = await api('GET', '/instructors/me', 'instructor');
    expect(own.body).toMatchObject({ id: wang.id, name: '王强' });
    const listed = await api('GET', `/instructors?path=${encodeURIComponent(EDZ)}`, 'instructor');
    expect((listed.body.items as Json[]).map((i) => i.id)).toEqual([wang.id]);
    const colleague = await newInstructor('park.admin.edz', { name: '陈静' });
    expect((await api('GET', `/instructors/${colleague.id}`, 'instructor')).status).toBe(404);
    expect((await api('GET', `/instructors/${colleague.id}/assignments`, 'instructor')).status).toBe(404);
    // Requests of the liaison's enterprise, not assigned to this instructor, are out of reach.
    const board = await api('GET', `/requests?path=${encodeURIComponent(EDZ)}`, 'instructor');
    expect((board.body.items as Json[]).every((r) => [assignedId, visitedId].includes(String(r.enterpriseId)))).toBe(true);
    expect((board.body.items as Json[]).length).toBeGreaterThan(0);
    expect((await api('POST', '/requests', 'instructor', { enterpriseId: liaisonEnterprise, category: 'other', title: '越权', department: '县委组织部' })).status).toBe(404);
    expect((await api('GET', `/requests/statistics?path=${encodeURIComponent(EDZ)}`, 'instructor')).status).toBe(404);
    // The auditor reads everything and writes nothing.
    expect((await api('GET', `/instructors?path=${encodeURIComponent(EDZ)}`, 'auditor')).status).toBe(200);
    expect((await api('POST', '/instructors', 'auditor', { name: '审计', source: 'organ', homeUnit: '审计局', orgPath: EDZ })).status).toBe(403);
  });

  it('recalls an instructor and hands every enterprise over to the replacement with the history linked', async () => {
    const failing = await newInstructor('park.admin.edz', { name: '赵伟' });
    const replacement = await newInstructor('park.admin.edz', { name: '孙敏', source: 'township' });
    const ids = [await enterprise(EDZ, '移交甲公司'), await enterprise(EDZ, '移交乙公司')];
    for (const enterpriseId of ids) expect((await api('POST', `/instructors/${failing.id}/assignments`, 'park.admin.edz', { enterpriseId })).status).toBe(201);
    const bad = await api('POST', `/instructors/${failing.id}/recall`, 'park.admin.edz', { reason: '年度考核不合格', replacementId: failing.id });
    expect(bad.status).toBe(400);
    const recalled = await api('POST', `/instructors/${failing.id}/recall`, 'park.admin.edz', { reason: '年度考核不合格', replacementId: replacement.id });
    expect(recalled.status).toBe(200);
    expect(recalled.body.instructor).toMatchObject({ status: 'recalled', recall: { reason: '年度考核不合格', replacedBy: replacement.id } });
    expect((recalled.body.ended as Json[]).map((a) => a.endReason)).toEqual(['replacement', 'replacement']);
    expect((recalled.body.handedOver as Json[]).map((a) => a.instructorId)).toEqual([replacement.id, replacement.id]);
    const history = await api('GET', `/enterprises/${ids[0]}/assignments`, 'county.admin');
    expect(history.body).toEqual([
      expect.objectContaining({ instructorId: replacement.id, inForce: true, handedOverFrom: (recalled.body.ended as Json[])[0].id }),
      expect.objectContaining({ instructorId: failing.id, inForce: false, endReason: 'replacement' }),
    ]);
    const again = await api('POST', `/instructors/${failing.id}/assignments`, 'park.admin.edz', { enterpriseId: await enterprise(EDZ, '召回后企业') });
    expect(again).toMatchObject({ status: 409, body: { code: 'INSTRUCTOR_NOT_SERVING' } });
  });
});

describe('the yearly review', () => {
  it('proposes a score from last year’s visits, requests, orgs formed and the liaison’s rating, and takes the park’s final score once', async () => {
    const year = new Date().getUTCFullYear() - 1;
    const reviewed = await newInstructor('park.admin.edz', { name: '周磊', homeUnit: '县住建局' });
    const served = await enterprise(EDZ, '考核甲公司', { liaisons: ['liaison'] });
    const formed = await enterprise(EDZ, '考核乙公司');
    expect((await api('POST', `/instructors/${reviewed.id}/assignments`, 'park.admin.edz', { enterpriseId: served, from: `${year}-01-01` })).status).toBe(201);
    const second = await api('POST', `/instructors/${reviewed.id}/assignments`, 'park.admin.edz', { enterpriseId: formed, from: `${year}-01-01` });
    // The enterprise formed its own org in September: eight months owed visits, and one org formed.
    expect((await api('POST', `/assignments/${second.body.id}/end`, 'park.admin.edz', { until: `${year}-09-01`, reason: 'org-formed' })).status).toBe(200);
    for (const [i, close] of [true, false].entries()) {
      const raised = await api('POST', '/requests', 'park.admin.edz', { enterpriseId: served, category: 'hiring', title: `考核诉求${i}`, department: '县人社局', acceptedOn: `${year}-03-0${i + 1}` });
      expect(raised.body.instructorId).toBe(reviewed.id);
      if (close) expect((await closeRequest(String(raised.body.id), '已招聘到位')).status).toBe(200);
    }
    expect((await api('POST', '/reviews/feedback', 'liaison', { instructorId: reviewed.id, year, score: 80, comment: '每月都来' })).status).toBe(200);
    // A liaison rates only an instructor who served their enterprise.
    expect((await api('POST', '/reviews/feedback', 'liaison', { instructorId: wang.id, year, score: 10 })).status).toBe(404);

    const page = await api('GET', `/reviews?path=${encodeURIComponent(EDZ)}&year=${year}&limit=200`, 'park.admin.edz');
    const row = (page.body.items as Json[]).find((r) => r.instructorId === reviewed.id)!;
    expect(row.facts).toEqual({ visitsDue: 20, visitsDone: 0, requests: 2, requestsClosed: 1, orgsFormed: 1, feedback: 1, feedbackMean: 80 });
    // Visits 0 of 40, requests 15 of 30, one org 5 of 10, rating 80 → 16 of 20.
    expect(row.proposed).toEqual({ visits: 0, requests: 15, orgsFormed: 5, feedback: 16, total: 36 });
    expect(row.review).toBeNull();

    const final = await api('POST', '/reviews', 'park.admin.edz', { instructorId: reviewed.id, year, finalScore: 55, comment: '走访不到位' });
    expect(final.status).toBe(201);
    expect(final.body).toMatchObject({ result: 'fail', resultLabel: expect.stringContaining('不合格'), proposedTotal: 36 });
    const again = await api('POST', '/reviews', 'park.admin.edz', { instructorId: reviewed.id, year, finalScore: 90 });
    expect(again).toMatchObject({ status: 409, body: { code: 'REVIEW_REFUSED' } });
    expect((await api('POST', '/reviews', 'park.admin.edz', { instructorId: reviewed.id, year: year + 2, finalScore: 90 })).status).toBe(400);
    expect((await api('POST', '/reviews', 'park.admin.htp', { instructorId: reviewed.id, year, finalScore: 90 })).status).toBe(404);

    const exported = await fetch(`${instructor.url}/api/instructor/reviews/export?path=${encodeURIComponent(EDZ)}&year=${year}`, { headers: { authorization: `Bearer ${tokens.get('auditor')}` } });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('spreadsheetml');
  });
});

describe('leaders’ contacts', () => {
  it('checks that a county leader contacts one enterprise and a committee member guides seven orgs of different classes, and records their visits', async () => {
    const leader = await api('POST', '/leaders', 'county.admin', { name: '李华', title: '县委常委、组织部部长', kind: 'county-leader', orgPath: COUNTY });
    expect(leader.body).toMatchObject({ keepsRule: false, problems: [expect.stringContaining('应联系 1 家企业')] });
    const linked = await api('PUT', `/leaders/${leader.body.id}/links`, 'county.admin', { links: [{ kind: 'enterprise', target: assignedId }], version: 0 });
    expect(linked.body).toMatchObject({ keepsRule: true, links: [expect.objectContaining({ name: `无党员甲公司${run}`, lastContact: null })] });
    const visited = await api('POST', `/leaders/${leader.body.id}/contacts`, 'county.admin', { on: today(), target: assignedId, note: '调研企业党建，协调用工' });
    expect((visited.body.links as Json[])[0].lastContact).toBe(today());
    expect((await api('POST', `/leaders/${leader.body.id}/contacts`, 'county.admin', { on: today(), target: visitedId, note: '不是联系点' })).status).toBe(400);
    expect((await api('PUT', `/leaders/${leader.body.id}/links`, 'county.admin', { links: [], version: 0 })).status).toBe(409);

    const member = await api('POST', '/leaders', 'park.admin.edz', { name: '钱进', title: '工委委员', kind: 'committee-member', orgPath: EDZ });
    const orgs: string[] = [];
    for (let i = 0; i < 7; i++) {
      const unit = await call(organization, 'POST', '/org-units', 'park.admin.edz', { parentPath: EDZ, name: `guided-${run}-${i}`, label: `指导测试支部${i}`, kind: 'branch' });
      expect(unit.status).toBe(201);
      orgs.push(String(unit.body.path));
    }
    const classes = ['A', 'B', 'C', 'C', 'D', 'D', 'E'];
    const guided = await api('PUT', `/leaders/${member.body.id}/links`, 'park.admin.edz', { links: orgs.map((target, i) => ({ kind: 'org', target, orgClass: classes[i] })), version: 0 });
    expect(guided.body).toMatchObject({ keepsRule: true, links: expect.arrayContaining([expect.objectContaining({ name: '指导测试支部0', orgClass: 'A' })]) });
    const sameClass = await api('PUT', `/leaders/${member.body.id}/links`, 'park.admin.edz', { links: orgs.map((target) => ({ kind: 'org', target, orgClass: 'C' })), version: 1 });
    expect(sameClass.body).toMatchObject({ keepsRule: false, problems: [expect.stringContaining('不同类别')] });
    const unknown = await api('PUT', `/leaders/${member.body.id}/links`, 'park.admin.edz', { links: [{ kind: 'org', target: `${EDZ}/no-such-branch-${run}` }], version: 2 });
    expect(unknown.body.details).toEqual([expect.objectContaining({ field: 'links.0.target' })]);

    const county = await api('GET', `/leaders?path=${COUNTY}`, 'auditor');
    expect(county.body).toMatchObject({ total: 2, keepingRule: 1 });
    expect((await api('GET', `/leaders?path=${encodeURIComponent(HTP)}`, 'park.admin.htp')).body).toMatchObject({ total: 0 });
  });
});

it('上饶: 77 instructors, each with an enterprise, and 204 requests reproduce accepted 204, closed 128, in progress 76', async () => {
  const park = await call(organization, 'POST', '/org-units', 'county.admin', { parentPath: COUNTY, name: `shangrao-${run}`, label: `上饶测试园区${run}`, kind: 'park' });
  expect(park.status).toBe(201);
  const path = String(park.body.path);
  const instructors: string[] = [];
  const enterprises: string[] = [];
  for (let i = 0; i < 77; i++) {
    instructors.push(String((await newInstructor('county.admin', { name: `指导员${i + 1}号`, orgPath: path, source: i < 2 ? 'full-time' : 'organ' })).id));
    const res = await call(registry, 'POST', '/enterprises', 'county.admin', { uscc: randomUscc(), name: `上饶${run}企业${i + 1}`, orgPath: path, partyMembers: 0 });
    enterprises.push(String(res.body.id));
  }
  await eventually(async () => {
    const res = await api('GET', `/enterprises/unassigned?path=${encodeURIComponent(path)}&limit=200`, 'county.admin');
    return (res.body.items as Json[]).length === 77;
  }, 60_000, 'the 77 enterprises copied');
  for (let i = 0; i < 77; i++) expect((await api('POST', `/instructors/${instructors[i]}/assignments`, 'county.admin', { enterpriseId: enterprises[i], from: '2026-01-01' })).status).toBe(201);
  const categories = ['financing', 'hiring', 'land', 'safety', 'policy', 'other'];
  for (let i = 0; i < 204; i++) {
    const raised = await api('POST', '/requests', 'county.admin', { enterpriseId: enterprises[i % 77], category: categories[i % 6], title: `诉求${i + 1}`, department: '县营商办', acceptedOn: daysAgo(i % 5) });
    expect(raised.status).toBe(201);
    if (i < 128) expect((await api('POST', `/requests/${raised.body.id}/transition`, 'county.admin', { status: 'closed', resolution: '已协调解决', version: 0 })).status).toBe(200);
  }
  const listed = await api('GET', `/instructors?path=${encodeURIComponent(path)}&limit=200`, 'county.admin');
  expect((listed.body.items as Json[]).length).toBe(77);
  const stats = await api('GET', `/requests/statistics?path=${encodeURIComponent(path)}&from=${daysAgo(30)}`, 'auditor');
  expect(stats.status).toBe(200);
  expect(stats.body.total).toEqual({ accepted: 204, closed: 128, inProgress: 76, rejected: 0, overdue: 0 });
  expect(stats.body.byPlace).toEqual([expect.objectContaining({ orgPath: path, accepted: 204, closed: 128, inProgress: 76 })]);
  expect((stats.body.byCategory as Json[]).reduce((n, c) => n + Number(c.accepted), 0)).toBe(204);
  // The county sees the park among its own figures; another park sees none of it.
  expect((await api('GET', `/requests/statistics?path=${encodeURIComponent(path)}`, 'park.admin.edz')).status).toBe(404);
}, 300_000);
