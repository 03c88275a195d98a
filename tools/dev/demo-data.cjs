// The demo county's year of work, done through the public API as the county admin, so that a newcomer's
// dashboards have figures: this year's census (most records through the five checks, one excluded, two
// still at the fourth), the county's coverage targets, enterprises attached to the demo branches, and the
// demo liaison named on its enterprise.
// Runs once per data directory: it does nothing when a census campaign exists already.
'use strict';

/** Enterprises (by credit code) each demo branch covers. */
const ATTACHMENTS = {
  '/demo-county/econ-dev-zone/machinery-gb/haofeng-branch': ['91341621UYXMYALL02'],
  '/demo-county/econ-dev-zone/machinery-gb/haofeng-materials-branch': ['9134162197YETGDJ6F'],
  '/demo-county/econ-dev-zone/edz-joint-branch-1': ['913416219MAUGEL86K', '91341621RN3QWDU94G', '51341621HWM1C2P443', '91341621X7RD4JE420', '91341621YXH7FE590U'],
  '/demo-county/hi-tech-park/htp-joint-branch-1': ['91341621UKQHAJB43N', '91341621CQLR3LHJ28', '91341621CP29851Q7J'],
  '/demo-county/chengguan/chengguan-joint-branch': ['913416218D4M05FM2T', '91341621M14CJ2N08Q'],
};
/** The demo liaison (企业联络员) speaks for 浩丰实业: it may propose changes to that record. */
const LIAISONS = { '91341621UYXMYALL02': ['liaison'] };
const EXCLUDED = { uscc: '913416219HHP5W6B4R', reason: 'zombie', comment: '长期停产，无经营场所 / long idle, no premises' };
const HELD_AT_FOURTH = ['91341621B68N32LU9K', '913416213ND9710D5J'];
const STAGES = ['township-preliminary', 'liaison-on-site', 'industry-filter', 'responsible-unit-summary', 'org-dept-standard'];

const HAOFENG = '/demo-county/econ-dev-zone/machinery-gb/haofeng-branch';
/** A day `months` calendar months before today, `YYYY-MM-DD`. */
const monthsAgo = (months) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};
/**
 * The demo branches' people: 浩丰实业党支部's roster and its development pipeline (dates relative to today, so a
 * development target may be voted in now and an activist is still too new to become a target), and a member of
 * each joint branch. Citizen IDs are made-up numbers with valid check characters.
 */
const DEMO_MEMBERS = [
  { path: HAOFENG, name: '张建国', citizenId: '341621197803120010', stage: 'formal', joinedOn: '2005-07-01', since: '2006-07-01', position: '党支部书记、副总经理', education: 'bachelor', account: 'branch.secretary', phone: '13905561001', income: 1_200_000 },
  { path: HAOFENG, name: '王秀英', citizenId: '341621198503170221', stage: 'formal', joinedOn: '2012-06-28', since: '2013-06-28', position: '财务主管', education: 'college', phone: '13905561002', income: 650_000 },
  { path: HAOFENG, name: '李明', citizenId: '341621199001050339', stage: 'formal', joinedOn: '2016-07-01', since: '2017-07-01', position: '车间主任', education: 'vocational', account: 'member', phone: '13905561003', income: 520_000 },
  { path: HAOFENG, name: '刘洋', citizenId: '341621198811230417', stage: 'formal', joinedOn: '2018-05-20', since: '2019-05-20', position: '技术员', education: 'bachelor', income: 480_000 },
  { path: HAOFENG, name: '陈静', citizenId: '341621199502140527', stage: 'probationary', since: monthsAgo(10), position: '质检员', education: 'college', income: 400_000 },
  { path: HAOFENG, name: '赵磊', citizenId: '341621199609300615', stage: 'target', since: monthsAgo(2), position: '班组长', education: 'senior-high' },
  { path: HAOFENG, name: '孙丽', citizenId: '341621199807070726', stage: 'activist', since: monthsAgo(6), position: '文员', education: 'bachelor' },
  { path: HAOFENG, name: '周强', citizenId: '341621200001010818', stage: 'applicant', since: monthsAgo(1), position: '操作工', education: 'senior-high' },
  { path: '/demo-county/econ-dev-zone/edz-joint-branch-1', name: '郑涛', citizenId: '341621198706210035', stage: 'formal', joinedOn: '2010-07-01', since: '2011-07-01', position: '总经理', education: 'master', income: 1_500_000 },
  { path: '/demo-county/hi-tech-park/htp-joint-branch-1', name: '吴敏', citizenId: '341621199204140924', stage: 'formal', joinedOn: '2014-07-01', since: '2015-07-01', position: '研发工程师', education: 'master', income: 900_000 },
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * @param {{ origin: string, token: () => Promise<string>, log?: (m: string) => void, timeoutMs?: number }} options
 * @returns {Promise<boolean>} whether it seeded (false: a campaign existed already)
 */
async function seedDemoActivity({ origin, token, log = () => undefined, timeoutMs = 180_000 }) {
  const call = async (method, path, body) => {
    const res = await fetch(`${origin}${path}`, {
      method,
      headers: { authorization: `Bearer ${await token()}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : {} };
  };
  const must = async (method, path, body) => {
    const res = await call(method, path, body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    return res.body;
  };
  const deadline = Date.now() + timeoutMs;
  const until = async (what, probe) => {
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`demo data: timed out waiting for ${what}`);
      await sleep(1000);
    }
  };

  if ((await must('GET', '/api/registry/census/campaigns')).items.length > 0) return false;
  const year = new Date().getFullYear();
  const ledger = new Map();
  for (let cursor; ;) {
    const page = await must('GET', `/api/registry/enterprises?limit=500${cursor ? `&cursor=${cursor}` : ''}`);
    for (const e of page.items) ledger.set(e.uscc, e.id);
    if (!page.next) break;
    cursor = page.next;
  }

  for (const [uscc, liaisons] of Object.entries(LIAISONS)) {
    const id = ledger.get(uscc);
    if (!id) continue;
    const { version } = await must('GET', `/api/registry/enterprises/${id}`);
    await must('PATCH', `/api/registry/enterprises/${id}`, { version, liaisons });
  }

  log(`demo data: ${year} census of the demo county`);
  const campaign = await must('POST', '/api/registry/census/campaigns', { year, orgPath: '/demo-county' });
  const campaignId = campaign.id;
  await until('the census snapshot', async () => (await must('GET', '/api/registry/census/campaigns')).items.find((c) => c.id === campaignId && c.status === 'open'));
  const excluded = ledger.get(EXCLUDED.uscc);
  const held = new Set(HELD_AT_FOURTH.map((u) => ledger.get(u)));
  for (const [i, stage] of STAGES.entries()) {
    const waiting = (await must('GET', `/api/registry/census/campaigns/${campaignId}/records?stage=${stage}&limit=1000`)).items.map((r) => r.enterpriseId);
    const pass = waiting.filter((id) => id !== excluded && !(i >= 3 && held.has(id)));
    if (i === 0 && excluded) await must('POST', `/api/registry/census/campaigns/${campaignId}/records/${excluded}/checks`, { stage, verdict: 'exclude', reason: EXCLUDED.reason, comment: EXCLUDED.comment });
    if (pass.length) await must('POST', `/api/registry/census/campaigns/${campaignId}/checks`, { stage, verdict: 'pass', enterpriseIds: pass, comment: '演示数据 / demo data' });
  }

  log('demo data: coverage targets of the county');
  await must('POST', '/api/organization/policies', {
    path: '/demo-county',
    effectiveFrom: `${year}-01-01`,
    note: '示范县委组织部〔演示〕1号 / demo policy',
    settings: { coverageTargets: [{ by: `${year}-12-31`, organization: 60, work: 80 }, { by: `${year + 1}-06-30`, organization: 90, work: 100 }] },
  });

  log('demo data: enterprises attached to the demo branches');
  for (const [path, usccs] of Object.entries(ATTACHMENTS)) {
    const branch = await must('GET', `/api/organization/org-units/by-path?path=${encodeURIComponent(path)}`);
    for (const uscc of usccs) {
      const enterpriseId = ledger.get(uscc);
      if (!enterpriseId) continue;
      // Organization learns the ledger from registry's events: an enterprise it has not heard of yet answers 404.
      await until(`organization to know ${uscc}`, async () => {
        const res = await call('POST', `/api/organization/org-units/${branch.id}/enterprises`, { enterpriseId });
        if (res.status === 404) return undefined;
        if (res.status >= 300) log(`demo data: ${uscc} not attached to ${path}: ${res.body.message}`);
        return true;
      });
    }
  }
  log('demo data: members of the demo branches, their dues and a meeting');
  const memberIds = new Map();
  for (const m of DEMO_MEMBERS) {
    const branch = await must('GET', `/api/organization/org-units/by-path?path=${encodeURIComponent(m.path)}`);
    const { income, path: _path, ...fields } = m;
    const created = await must('POST', '/api/organization/members', { orgId: branch.id, ...fields });
    memberIds.set(m.name, created.id);
    if (income === undefined) continue;
    await must('PUT', `/api/organization/members/${created.id}/dues/account`, { category: 'employed', incomeFen: income, dueFrom: monthsAgo(3).slice(0, 7) });
    // Paid up to last month, except 刘洋 who is three months behind.
    if (m.name !== '刘洋') await must('POST', `/api/organization/members/${created.id}/dues/payments`, { months: [monthsAgo(3), monthsAgo(2), monthsAgo(1)].map((d) => d.slice(0, 7)) });
  }
  const haofeng = await must('GET', `/api/organization/org-units/by-path?path=${encodeURIComponent(HAOFENG)}`);
  await must('POST', `/api/organization/org-units/${haofeng.id}/meetings`, {
    kind: 'committee-meeting',
    heldOn: monthsAgo(1),
    topic: '研究发展党员工作和党费收缴情况',
    place: '浩丰实业党员活动室',
    attendance: ['张建国', '王秀英', '李明', '刘洋', '陈静'].map((name) => ({ memberId: memberIds.get(name), present: name !== '刘洋', ...(name === '刘洋' ? { reason: '出差' } : {}) })),
  });
  await seedInstructors({ must, call, until, ledger, log });
  return true;
}

/**
 * Instructors of the demo county (王强 is the demo account `instructor`), their enterprises, requests in every
 * state (one past its time limit) and two leaders' contact points, one keeping the rule and one not.
 */
async function seedInstructors({ must, call, until, ledger, log }) {
  log('demo data: instructors, their enterprises, enterprise requests and leaders’ contacts');
  const created = new Map();
  for (const i of DEMO_INSTRUCTORS) created.set(i.name, (await must('POST', '/api/instructor/instructors', i.fields)).id);
  const since = monthsAgo(3);
  for (const [name, usccs] of Object.entries(DEMO_ASSIGNMENTS)) {
    for (const uscc of usccs) {
      const enterpriseId = ledger.get(uscc);
      // The instructor service learns the ledger from registry's events: an enterprise it has not heard of yet answers 404.
      await until(`the instructor service to know ${uscc}`, async () => {
        const res = await call('POST', `/api/instructor/instructors/${created.get(name)}/assignments`, { enterpriseId, from: since });
        if (res.status === 404) return undefined;
        if (res.status >= 300) throw new Error(`demo data: ${uscc} not assigned to ${name}: ${res.body.message}`);
        return true;
      });
    }
  }
  for (const r of DEMO_REQUESTS) {
    const raised = await must('POST', '/api/instructor/requests', { enterpriseId: ledger.get(r.uscc), category: r.category, title: r.title, department: r.department, acceptedOn: daysAgo(r.daysAgo) });
    let version = raised.version;
    for (const step of r.steps) version = (await must('POST', `/api/instructor/requests/${raised.id}/transition`, { ...step, version })).version;
  }
  const leader = await must('POST', '/api/instructor/leaders', { name: '李华', title: '县委常委、组织部部长', kind: 'county-leader', orgPath: '/demo-county' });
  await must('PUT', `/api/instructor/leaders/${leader.id}/links`, { links: [{ kind: 'enterprise', target: ledger.get('91341621X7RD4JE420') }], version: leader.version });
  await must('POST', `/api/instructor/leaders/${leader.id}/contacts`, { on: daysAgo(20), target: ledger.get('91341621X7RD4JE420'), note: '调研企业党建工作，协调技术工人招聘' });
  const member = await must('POST', '/api/instructor/leaders', { name: '钱进', title: '经开区党工委委员', kind: 'committee-member', orgPath: '/demo-county/econ-dev-zone' });
  await must('PUT', `/api/instructor/leaders/${member.id}/links`, { links: [{ kind: 'org', target: HAOFENG, orgClass: 'C' }], version: member.version });
}

function daysAgo(n) {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

/** Instructors of the demo county; 王强 is the demo account `instructor` (development zone). */
const DEMO_INSTRUCTORS = [
  { name: '王强', fields: { name: '王强', source: 'organ', homeUnit: '县发展改革委', orgPath: '/demo-county/econ-dev-zone', phone: '13805611234', account: 'instructor' } },
  { name: '刘芳', fields: { name: '刘芳', source: 'full-time', homeUnit: '经开区党工委（专职）', orgPath: '/demo-county/econ-dev-zone', phone: '13905615678' } },
  { name: '孙敏', fields: { name: '孙敏', source: 'township', homeUnit: '高新区管委会', orgPath: '/demo-county/hi-tech-park' } },
];
/** Who contacts which enterprise (by credit code): 濉溪汽配 has no members; 浩丰实业 is the demo liaison's. */
const DEMO_ASSIGNMENTS = {
  王强: ['91341621JNXGCTWG6J', '91341621UYXMYALL02'],
  孙敏: ['91341621B68N32LU9K'],
};
/** Requests in every state; the hiring one is past its 15 days. */
const DEMO_REQUESTS = [
  { uscc: '91341621JNXGCTWG6J', category: 'hiring', title: '数控技术工人招聘难', department: '县人社局', daysAgo: 40, steps: [{ status: 'in-progress', note: '已对接县职业技术学校' }] },
  { uscc: '91341621UYXMYALL02', category: 'financing', title: '扩产流动资金贷款', department: '县金融办', daysAgo: 25, steps: [{ status: 'in-progress' }, { status: 'closed', resolution: '县农商行授信 300 万元' }] },
  { uscc: '91341621UYXMYALL02', category: 'land', title: '二期厂房用地指标', department: '县自然资源局', daysAgo: 5, steps: [] },
  { uscc: '91341621B68N32LU9K', category: 'policy', title: '申报高新技术企业', department: '县科技局', daysAgo: 3, steps: [] },
];

module.exports = { seedDemoActivity, ATTACHMENTS, DEMO_MEMBERS, DEMO_INSTRUCTORS };
