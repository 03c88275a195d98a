import { createHash, randomBytes } from 'node:crypto';
import * as ExcelJS from 'exceljs';
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
  organization = await ServiceProcess.create('organization', { ...serviceEnv('organization', run), REMINDER_SCAN_MS: '1000' });
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

  it('takes a person off the roster with the reason, keeping the record and freeing the ID', async () => {
    const citizenId = randomCitizenId();
    const member = await enter('branch.secretary', HAOFENG, { name: '移出党员', citizenId });
    expect((await call('POST', `/members/${member.body.id}/remove`, 'branch.secretary', {})).status).toBe(400);
    const removed = await call('POST', `/members/${member.body.id}/remove`, 'branch.secretary', { reason: '病故' });
    expect(removed.body).toMatchObject({ status: 'removed' });
    expect((await call('POST', `/members/${member.body.id}/steps`, 'branch.secretary', { stage: 'formal', on: '2020-01-01' })).body.code).toBe('MEMBER_NOT_ACTIVE');
    const history = await call('GET', `/members?path=${encodeURIComponent(HAOFENG)}&status=removed`, 'branch.secretary');
    expect((history.body.items as Json[]).map((m) => m.id)).toContain(member.body.id);
    expect((await enter('county.admin', `${EDZ}/edz-joint-branch-1`, { citizenId })).status).toBe(201);
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

describe('organizational life', () => {
  const today = new Date().toISOString().slice(0, 10);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

  it('records a meeting with attendance, refuses a future date, non-members and an absence without reason, and publishes the record', async () => {
    const haofeng = await orgId(HAOFENG);
    const present = await enter('branch.secretary', HAOFENG, { name: '出席党员' });
    const absent = await enter('branch.secretary', HAOFENG, { name: '请假党员', stage: 'probationary', since: '2026-03-01' });
    const outsider = await enter('county.admin', `${EDZ}/edz-joint-branch-1`, { name: '外支部党员' });
    const base = { kind: 'committee-meeting', heldOn: today, topic: `支委会-${run}`, place: '党员活动室' };

    const refused = await call('POST', `/org-units/${haofeng}/meetings`, 'branch.secretary', {
      ...base,
      heldOn: tomorrow,
      attendance: [{ memberId: outsider.body.id, present: true }, { memberId: absent.body.id, present: false }],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('MEETING_RECORD_REFUSED');
    expect((refused.body.details as Json[]).map((d) => d.field).sort()).toEqual(['attendance.0.memberId', 'attendance.1.reason', 'heldOn']);
    expect(String(refused.body.message)).toContain('不是本组织党员');

    const recorded = await call('POST', `/org-units/${haofeng}/meetings`, 'branch.secretary', {
      ...base,
      attendance: [{ memberId: present.body.id, present: true }, { memberId: absent.body.id, present: false, reason: '出差' }],
      minutes: '传达学习上级文件精神。',
      attachments: [{ title: '签到表', fileName: 'sign-in.jpg', size: 20480 }],
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ kindLabel: '支部委员会', presentCount: 1, absentCount: 1, attendance: [{ name: '出席党员', present: true }, { name: '请假党员', present: false, reason: '出差' }] });
    const listed = await call('GET', `/org-units/${haofeng}/meetings?year=${today.slice(0, 4)}`, 'gb.secretary');
    expect((listed.body.items as Json[]).map((m) => m.id)).toContain(recorded.body.id);
    expect((await call('GET', `/meetings/${recorded.body.id}`, 'park.admin.htp')).status).toBe(404);

    const nc = await connectTestNats();
    try {
      const event = await eventually(async () => {
        const events = (await readStream(nc, eventStreamName('organization'), 'evt.organization.meeting.recorded.v1')).map((m) => m.json<EventEnvelope>());
        return events.find((e) => e.subject === recorded.body.id);
      }, 20_000, 'meeting-recorded event');
      expect(event.data).toMatchObject({ kind: 'committee-meeting', heldOn: today, present: [present.body.id], absent: [absent.body.id] });
    } finally {
      await nc.close();
    }
  });

  it('lists what is overdue against the policy cadence, and since when, for each branch of a jurisdiction', async () => {
    const haofeng = await orgId(HAOFENG);
    const standing = await call('GET', `/org-units/${haofeng}/meeting-compliance`, 'branch.secretary');
    expect(standing.status).toBe(200);
    const kinds = new Map((standing.body.kinds as Json[]).map((k) => [k.kind, k]));
    expect(kinds.get('committee-meeting')).toMatchObject({ kindLabel: '支部委员会', perYear: 12, lastHeld: today });
    expect(kinds.get('life-meeting')).toMatchObject({ perYear: 1, overdueSince: null });

    // Last year, whole: a branch founded at its start missed every period; one founded today had none to miss.
    const lastYear = Number(today.slice(0, 4)) - 1;
    const unit = (name: string, foundedOn: string) => call('POST', '/org-units', 'park.admin.edz', { parentPath: EDZ, name: `${name}-${run}`, label: `${name}党支部`, kind: 'branch', form: 'joint', foundedOn });
    expect((await unit('old', `${lastYear}-01-05`)).status).toBe(201);
    expect((await unit('fresh', today)).status).toBe(201);
    const overdue = await call('GET', `/meetings/overdue?path=${encodeURIComponent(EDZ)}&year=${lastYear}`, 'park.admin.edz');
    expect(overdue.status).toBe(200);
    const rows = new Map((overdue.body.items as Json[]).map((r) => [r.orgPath, r]));
    expect(rows.has(`${EDZ}/fresh-${run}`)).toBe(false);
    const old = new Map(((rows.get(`${EDZ}/old-${run}`)?.overdue ?? []) as Json[]).map((k) => [k.kind, k]));
    expect(old.get('committee-meeting')).toMatchObject({ overdueSince: `${lastYear}-02-01`, missed: expect.arrayContaining([{ from: `${lastYear}-12-01`, to: `${lastYear}-12-31` }]) });
    expect((old.get('committee-meeting')!.missed as Json[]).length).toBe(12);
    expect(old.get('general-meeting')).toMatchObject({ overdueSince: `${lastYear}-04-01` });
    expect(old.get('life-meeting')).toMatchObject({ overdueSince: `${lastYear + 1}-01-01` });
    expect((await call('GET', `/meetings/overdue?path=${encodeURIComponent(EDZ)}`, 'park.admin.htp')).status).toBe(404);
  });

  it('keeps a general branch’s monthly activity day and the park’s check-off', async () => {
    const gb = await orgId(`${EDZ}/machinery-gb`);
    expect((await call('PUT', `/org-units/${gb}/activity-day`, 'branch.secretary', { dayOfMonth: 15, place: '园区党群服务中心' })).status).toBe(403);
    const set = await call('PUT', `/org-units/${gb}/activity-day`, 'park.admin.edz', { dayOfMonth: 1, place: '园区党群服务中心' });
    expect(set.status).toBe(200);
    const month = today.slice(0, 7);
    const checked = await call('POST', `/org-units/${gb}/activity-day/checks`, 'park.admin.edz', { month, held: true, note: '现场检查' });
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ status: 'held', dueOn: `${month}-01`, check: { held: true, by: 'park.admin.edz' } });
    const nextMonth = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 7);
    expect((await call('POST', `/org-units/${gb}/activity-day/checks`, 'park.admin.edz', { month: nextMonth, held: true })).status).toBe(400);
    const listed = await call('GET', `/activity-days?path=${encodeURIComponent(`${EDZ}/machinery-gb`)}&month=${month}`, 'gb.secretary');
    expect(listed.status).toBe(200);
    expect((listed.body.items as Json[]).find((i) => i.orgId === gb)).toMatchObject({ dayOfMonth: 1, status: 'held', place: '园区党群服务中心' });
  });
});

const month = (offset = 0) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
};

async function events(subject: string, type: string): Promise<Json[]> {
  const nc = await connectTestNats();
  try {
    return (await readStream(nc, eventStreamName('organization'), `evt.${type}`)).map((m) => m.json<EventEnvelope>()).filter((e) => e.subject === subject).map((e) => e.data as Json);
  } finally {
    await nc.close();
  }
}

describe('party dues', () => {
  it('sets the monthly amount from the income by the bands, takes a payment with a numbered receipt, and refuses a month paid, a future month and a closed month', async () => {
    const haofeng = await orgId(HAOFENG);
    const member = await enter('branch.secretary', HAOFENG, { name: '缴费党员' });
    const id = String(member.body.id);
    const account = await call('PUT', `/members/${id}/dues/account`, 'branch.secretary', { category: 'employed', incomeFen: 450_000, dueFrom: month(-2) });
    expect(account.status).toBe(200);
    expect(account.body).toMatchObject({ categoryLabel: '在职', monthlyFen: 4_500, dueFrom: month(-2) });

    const paid = await call('POST', `/members/${id}/dues/payments`, 'branch.secretary', { months: [month(0)] });
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({ receiptNo: `${month(0).slice(0, 4)}-00001`, months: [month(0)], amountFen: 4_500, status: 'issued' });
    const twice = await call('POST', `/members/${id}/dues/payments`, 'branch.secretary', { months: [month(0)] });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'DUES_MONTH_PAID' });
    const future = await call('POST', `/members/${id}/dues/payments`, 'branch.secretary', { months: [month(1)] });
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ code: 'DUES_PAYMENT_REFUSED', details: [{ field: 'months.0' }] });

    expect((await call('POST', `/org-units/${haofeng}/dues/close`, 'branch.secretary', { month: month(-2) })).body).toMatchObject({ closedUpTo: month(-2) });
    const closed = await call('POST', `/members/${id}/dues/payments`, 'branch.secretary', { months: [month(-1), month(-2)] });
    expect(closed.status).toBe(422);
    expect(closed.body).toMatchObject({ code: 'DUES_PAYMENT_REFUSED', details: [{ field: 'months.1', problems: [expect.stringContaining('已结账')] }] });
    const back = await call('POST', `/members/${id}/dues/payments`, 'branch.secretary', { months: [month(-1)] });
    expect(back.status).toBe(201);
    expect(back.body.receiptNo).toBe(`${month(0).slice(0, 4)}-00002`);
  });

  it('keeps the three books, the month’s publication list and the jurisdiction’s totals, each book exportable as a workbook', async () => {
    const haofeng = await orgId(HAOFENG);
    const year = Number(month(0).slice(0, 4));
    const book = await call('GET', `/org-units/${haofeng}/dues/accounts?year=${year}`, 'gb.secretary');
    expect(book.status).toBe(200);
    const row = (book.body.rows as Json[]).find((r) => r.name === '缴费党员')!;
    expect(row).toMatchObject({ account: { monthlyFen: 4_500 }, paidFen: month(-1).startsWith(String(year)) ? 9_000 : 4_500 });
    expect((await call('GET', `/org-units/${haofeng}/dues/accounts`, 'park.admin.htp')).status).toBe(404);

    const ledger = await call('GET', `/org-units/${haofeng}/dues/ledger?year=${year}`, 'auditor');
    expect(ledger.status).toBe(200);
    expect((ledger.body.entries as Json[]).filter((e) => e.memberName === '缴费党员').map((e) => e.receiptNo)).toEqual(expect.arrayContaining([`${year}-00001`]));
    const receipts = await call('GET', `/org-units/${haofeng}/dues/receipts?year=${year}`, 'branch.secretary');
    expect((receipts.body.items as Json[]).map((r) => r.receiptNo)).toEqual([`${year}-00001`, `${year}-00002`]);

    const publication = await call('GET', `/org-units/${haofeng}/dues/publication?month=${month(0)}`, 'branch.secretary');
    expect((publication.body.rows as Json[]).find((r) => r.name === '缴费党员')).toMatchObject({ paid: true, amountFen: 4_500, receiptNo: `${year}-00001` });
    expect((publication.body.rows as Json[]).find((r) => r.name === '王秀英')).toMatchObject({ paid: false, monthlyFen: null });

    const totals = await call('GET', `/dues/totals?path=%2Fdemo-county&year=${year}`, 'county.admin');
    expect((totals.body.rows as Json[]).find((r) => r.path === EDZ)).toMatchObject({ payers: 1, collectedFen: month(-1).startsWith(String(year)) ? 9_000 : 4_500 });

    for (const [book, header] of [['accounts', '月缴党费（元）'], ['ledger', '收据号'], ['receipts', '收据号']] as const) {
      const res = await fetch(`${organization.url}/api/organization/org-units/${haofeng}/dues/${book}/export?year=${year}`, { headers: { authorization: `Bearer ${tokens.get('branch.secretary')}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0];
      expect((sheet.getRow(2).values as unknown[]).filter(Boolean)).toContain(header);
      expect(JSON.stringify(sheet.getSheetValues())).toContain(book === 'ledger' || book === 'receipts' ? `${year}-00001` : '45.00');
    }
  });

  it('announces three months of arrears once, and clears the standing once the member paid up', async () => {
    // Another branch: 浩丰's books are closed up to two months ago by now.
    const joint = `${EDZ}/edz-joint-branch-1`;
    const member = await enter('park.admin.edz', joint, { name: '欠缴党员' });
    const id = String(member.body.id);
    expect((await call('PUT', `/members/${id}/dues/account`, 'park.admin.edz', { category: 'retired', incomeFen: 300_000, dueFrom: month(-3) })).status).toBe(200);
    const warned = await eventually(async () => {
      const found = await events(id, 'organization.dues.arrears.v1');
      return found.length ? found : undefined;
    }, 20_000, 'the arrears warning');
    expect(warned).toEqual([expect.objectContaining({ level: 'warning', since: month(-3), unpaidMonths: 3 })]);
    expect((await call('POST', `/members/${id}/dues/payments`, 'park.admin.edz', { months: [month(-3), month(-2), month(-1)] })).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await events(id, 'organization.dues.arrears.v1')).toHaveLength(1);
    const book = await call('GET', `/org-units/${await orgId(joint)}/dues/accounts`, 'park.admin.edz');
    expect((book.body.rows as Json[]).find((r) => r.memberId === id)).toMatchObject({ arrears: { level: 'ok', unpaidMonths: 0 } });
  });

  it('reminds the branch once that a probation ends within 30 days', async () => {
    const voted = new Date();
    voted.setUTCFullYear(voted.getUTCFullYear() - 1);
    voted.setUTCDate(voted.getUTCDate() + 10);
    const member = await enter('branch.secretary', HAOFENG, { name: '预备期将满', stage: 'probationary', since: voted.toISOString().slice(0, 10) });
    expect(member.body.probationEndsOn).toBeDefined();
    const reminded = await eventually(async () => {
      const found = await events(String(member.body.id), 'organization.member.probation-ending.v1');
      return found.length ? found : undefined;
    }, 20_000, 'the probation reminder');
    expect(reminded).toEqual([expect.objectContaining({ votedOn: voted.toISOString().slice(0, 10), endsOn: member.body.probationEndsOn })]);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await events(String(member.body.id), 'organization.member.probation-ending.v1')).toHaveLength(1);
  });
});

describe('transfers of membership', () => {
  const JOINT = `${EDZ}/edz-joint-branch-1`;

  it('moves a member inside the county once the receiving branch receives, each side seeing the transfer and its history', async () => {
    const member = await enter('branch.secretary', HAOFENG, { name: '转接党员' });
    const id = String(member.body.id);
    const sent = await call('POST', `/members/${id}/transfers`, 'branch.secretary', { kind: 'within-county', toOrgId: await orgId(JOINT), note: '工作调动' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ status: 'pending', from: { orgPath: HAOFENG }, to: { orgPath: JOINT } });
    expect((await call('POST', `/members/${id}/transfers`, 'branch.secretary', { kind: 'within-county', toOrgId: await orgId(JOINT) })).body.code).toBe('TRANSFER_REFUSED');
    expect((await call('POST', `/transfers/${sent.body.id}/receive`, 'branch.secretary', {})).body).toMatchObject({ code: 'TRANSFER_REFUSED', message: expect.stringContaining('只有转入方') });
    expect((await call('POST', `/transfers/${sent.body.id}/receive`, 'park.admin.htp', {})).status).toBe(404);

    const received = await call('POST', `/transfers/${sent.body.id}/receive`, 'park.admin.edz', { note: '同意接收' });
    expect(received.status).toBe(200);
    expect(received.body).toMatchObject({ status: 'completed', history: [{ action: 'send', by: 'branch.secretary' }, { action: 'receive', by: 'park.admin.edz' }] });
    expect((await call('GET', `/members/${id}`, 'park.admin.edz')).body).toMatchObject({ orgPath: JOINT });
    expect((await call('GET', `/members/${id}`, 'branch.secretary')).status).toBe(404);
    const sending = await call('GET', `/transfers?path=${encodeURIComponent(HAOFENG)}&status=completed`, 'branch.secretary');
    expect((sending.body.items as Json[]).map((t) => t.id)).toContain(sent.body.id);
    expect((await call('GET', `/members/${id}/transfers`, 'park.admin.edz')).body.items).toEqual([expect.objectContaining({ id: sent.body.id, status: 'completed' })]);
  });

  it('lets the receiving side reject only with a reason and the sending side withdraw, leaving the member where they were', async () => {
    const member = await enter('branch.secretary', HAOFENG, { name: '退回党员' });
    const id = String(member.body.id);
    const send = () => call('POST', `/members/${id}/transfers`, 'branch.secretary', { kind: 'within-county', toOrgId: orgIds.get(JOINT) ?? '' });
    await orgId(JOINT);
    const first = await send();
    expect((await call('POST', `/transfers/${first.body.id}/reject`, 'park.admin.edz', {})).status).toBe(400);
    expect((await call('POST', `/transfers/${first.body.id}/reject`, 'park.admin.edz', { note: '该支部已满员' })).body).toMatchObject({ status: 'rejected' });
    const second = await send();
    expect(second.status).toBe(201);
    expect((await call('POST', `/transfers/${second.body.id}/withdraw`, 'park.admin.htp', {})).status).toBe(404);
    expect((await call('POST', `/transfers/${second.body.id}/withdraw`, 'branch.secretary', {})).body).toMatchObject({ status: 'withdrawn' });
    expect((await call('GET', `/members/${id}`, 'branch.secretary')).body).toMatchObject({ orgPath: HAOFENG, status: 'active' });
  });

  it('records transfers across the county’s border by the letter number', async () => {
    const citizenId = randomCitizenId();
    const member = await enter('branch.secretary', HAOFENG, { name: '县外转出', citizenId });
    const id = String(member.body.id);
    const noLetter = await call('POST', `/members/${id}/transfers`, 'branch.secretary', { kind: 'outward', externalOrg: '合肥市某公司党支部' });
    expect(noLetter.status).toBe(400);
    expect(noLetter.body.details).toEqual([expect.objectContaining({ field: 'letterNo' })]);
    const out = await call('POST', `/members/${id}/transfers`, 'branch.secretary', { kind: 'outward', externalOrg: '合肥市某公司党支部', letterNo: '皖组转〔2026〕0123号' });
    expect(out.body).toMatchObject({ status: 'completed', letterNo: '皖组转〔2026〕0123号' });
    expect((await call('GET', `/members/${id}`, 'branch.secretary')).body).toMatchObject({ status: 'transferred-out' });

    // The same person comes back later, from outside the county.
    const back = await call('POST', '/transfers/inward', 'park.admin.edz', { orgId: await orgId(JOINT), name: '县外转出', citizenId, stage: 'formal', since: '2020-07-01', letterNo: '皖组转〔2027〕0001号', externalOrg: '合肥市某公司党支部' });
    expect(back.status).toBe(201);
    expect(back.body).toMatchObject({ member: { orgPath: JOINT, citizenId: expect.stringMatching(/^\d{4}\*+/) }, transfer: { kind: 'inward', status: 'completed' } });
    const found = await call('POST', '/members/lookup', 'county.admin', { citizenId, history: true });
    expect((found.body.items as Json[]).map((m) => m.status).sort()).toEqual(['active', 'transferred-out']);
    expect((await call('POST', '/members/lookup', 'county.admin', { citizenId })).body.items).toEqual([expect.objectContaining({ status: 'active', orgPath: JOINT })]);
  });
});

describe('member points', () => {
  it('awards points for attendance only where the policy turns them on, once per meeting', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect((await call('POST', '/policies', 'park.admin.edz', { path: EDZ, effectiveFrom: today, settings: { memberPoints: { enabled: true, perMeeting: 2 } } })).status).toBe(201);
    const self = (await call('GET', '/members/me', 'member')).body;
    const other = await enter('branch.secretary', HAOFENG, { name: '积分党员' });
    const meeting = await call('POST', `/org-units/${await orgId(HAOFENG)}/meetings`, 'branch.secretary', {
      kind: 'theme-day',
      heldOn: today,
      topic: `主题党日-${run}`,
      attendance: [{ memberId: self.id, present: true }, { memberId: other.body.id, present: true }],
    });
    expect(meeting.status).toBe(201);
    const points = await eventually(async () => {
      const res = await call('GET', `/members/${other.body.id}/points`, 'gb.secretary');
      return res.body.balance === 2 ? res.body : undefined;
    }, 20_000, 'points for the theme day');
    expect(points.entries).toEqual([expect.objectContaining({ points: 2, reason: expect.stringContaining('主题党日'), sourceId: meeting.body.id })]);
    expect((await call('GET', '/members/me/points', 'member')).body).toMatchObject({ balance: 2 });
    const org = await call('GET', `/org-units/${await orgId(HAOFENG)}/member-points`, 'auditor');
    expect((org.body.items as Json[]).find((i) => i.memberId === other.body.id)).toMatchObject({ points: 2 });
    const changed = await eventually(async () => ((await events(String(other.body.id), 'organization.member.points-changed.v1')).length ? events(String(other.body.id), 'organization.member.points-changed.v1') : undefined), 20_000, 'points event');
    expect(changed).toEqual([expect.objectContaining({ delta: 2, balance: 2, year: Number(today.slice(0, 4)) })]);

    // Elsewhere the policy is off: attending earns nothing.
    const htp = '/demo-county/hi-tech-park/htp-joint-branch-1';
    const there = await enter('park.admin.htp', htp, { name: '未开启积分' });
    expect((await call('POST', `/org-units/${await orgId(htp)}/meetings`, 'park.admin.htp', { kind: 'theme-day', heldOn: today, topic: '主题党日', attendance: [{ memberId: there.body.id, present: true }] })).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect((await call('GET', `/members/${there.body.id}/points`, 'park.admin.htp')).body).toMatchObject({ balance: 0, entries: [] });
  });
});

async function download(path: string, user: DemoUser): Promise<ExcelJS.Workbook> {
  const res = await fetch(`${organization.url}/api/organization${path}`, { headers: { authorization: `Bearer ${tokens.get(user)}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('rosters in workbooks', () => {
  it('imports a branch’s roster from the template, refusing invalid IDs, duplicates and people active elsewhere row by row', async () => {
    const joint = await orgId(`${EDZ}/edz-joint-branch-1`);
    const template = await download('/members/import-template', 'park.admin.edz');
    const sheet = template.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).filter(Boolean)).toEqual(['姓名', '公民身份号码', '手机号码', '学历', '企业职务', '党员类别', '入党日期', '转正日期']);
    sheet.spliceRows(2, 1);
    const first = randomCitizenId();
    sheet.addRow(['导入甲', first, '13800000001', '本科', '技术员', '正式党员', '2015-07-01', '2016-07-01']);
    sheet.addRow(['导入乙', randomCitizenId(), '', '大专', '', '预备党员', '2026年3月1日', '']);
    sheet.addRow(['错号丙', '110105194912310021', '', '', '', '正式党员', '2015-07-01', '2016-07-01']);
    sheet.addRow(['重复丁', first, '', '', '', '正式党员', '2015-07-01', '2016-07-01']);
    sheet.addRow(['已在册', '34082219850317208X', '', '', '', '正式党员', '2015-07-01', '2016-07-01']);
    const res = await fetch(`${organization.url}/api/organization/org-units/${joint}/members/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.get('park.admin.edz')}`, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      body: Buffer.from(await template.xlsx.writeBuffer()),
    });
    const result = (await res.json()) as Json;
    expect(res.status).toBe(200);
    expect(result).toMatchObject({ total: 5, created: 2 });
    expect(result.refused).toEqual([
      { line: 4, column: '公民身份号码', reason: expect.stringContaining('校验位不符') },
      { line: 5, column: '公民身份号码', reason: expect.stringContaining('与第 2 行身份证号重复') },
      { line: 6, column: '公民身份号码', reason: expect.stringContaining('在册') },
    ]);
    const imported = await call('POST', '/members/lookup', 'park.admin.edz', { citizenId: first });
    expect(imported.body.items).toEqual([expect.objectContaining({ name: '导入甲', stage: 'formal', joinedOn: '2015-07-01', formalOn: '2016-07-01', education: 'bachelor' })]);

    const wrong = new ExcelJS.Workbook();
    wrong.addWorksheet('表1').addRow(['姓名', '电话']);
    const refusedFile = await fetch(`${organization.url}/api/organization/org-units/${joint}/members/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.get('park.admin.edz')}`, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      body: Buffer.from(await wrong.xlsx.writeBuffer()),
    });
    expect(refusedFile.status).toBe(422);
    expect(await refusedFile.json()).toMatchObject({ code: 'ROSTER_FILE_REFUSED', details: { reason: 'missing-columns', missing: ['公民身份号码', '党员类别', '入党日期'] } });
  });

  it('exports every list as a workbook, citizen IDs masked', async () => {
    const roster = await download(`/members/export?path=${encodeURIComponent(HAOFENG)}&category=member`, 'branch.secretary');
    const text = JSON.stringify(roster.worksheets[0].getSheetValues());
    expect(text).toContain('王秀英');
    expect(text).toContain('3408**********208X');
    expect(text).not.toContain('34082219850317208X');
    const haofeng = await orgId(HAOFENG);
    const year = new Date().getUTCFullYear();
    for (const [path, expected] of [
      [`/org-units/${haofeng}/meetings/export?year=${year}`, '支部委员会'],
      [`/meetings/overdue/export?path=${encodeURIComponent(EDZ)}&year=${year - 1}`, '逾期起始日'],
      [`/transfers/export?path=${encodeURIComponent(HAOFENG)}`, '县内转接'],
      [`/members/development-statistics/export?path=${encodeURIComponent(EDZ)}&year=2025`, '发展对象'],
      [`/activity-days/export?path=${encodeURIComponent(EDZ)}`, '已开展'],
    ] as const) {
      const book = await download(path, 'park.admin.edz');
      expect(JSON.stringify(book.worksheets[0].getSheetValues())).toContain(expected);
    }
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
      { name: 'lookup with history', request: (u) => call('POST', '/members/lookup', u, { citizenId, history: true }) },
      { name: 'own record', request: (u) => call('GET', '/members/me', u) },
      { name: 'update', request: (u) => call('PATCH', `/members/${id}`, u, { position: `岗位-${u}` }) },
      { name: 'step', request: (u) => call('POST', `/members/${id}/steps`, u, { stage: 'activist', on: '2023-01-02' }) },
      { name: 'create', request: (u) => enter(u, HAOFENG, { citizenId: randomCitizenId() }) },
      { name: 'audit trail', request: (u) => call('GET', `/audit?targetId=${id}`, u) },
      { name: 'transfers', request: (u) => call('GET', `/members/${id}/transfers`, u) },
      { name: 'roster export', request: async (u) => { const r = await fetch(`${organization.url}/api/organization/members/export?path=${encodeURIComponent(HAOFENG)}&category=candidate`, { headers: { authorization: `Bearer ${tokens.get(u)}` } }); const w = new ExcelJS.Workbook(); if (r.status === 200) await w.xlsx.load(Buffer.from(await r.arrayBuffer()) as unknown as ExcelJS.Buffer); return { status: r.status, text: r.status === 200 ? JSON.stringify(w.worksheets[0].getSheetValues()) : await r.text() }; } },
      { name: 'inward transfer', request: (u) => call('POST', '/transfers/inward', u, { orgId: orgIds.get(HAOFENG), name: '巡检转入', citizenId: randomCitizenId(), stage: 'formal', since: '2020-07-01', letterNo: 'X-1', externalOrg: '县外' }) },
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
