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
  return true;
}

module.exports = { seedDemoActivity, ATTACHMENTS };
