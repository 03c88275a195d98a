import { randomBytes, randomUUID } from 'node:crypto';
import { mongo } from 'mongoose';
import { DemoUser, ServiceProcess, eventually, randomUscc, requiredEnv, serviceEnv, userToken } from '@dangjian/testing';

const run = randomBytes(3).toString('hex');
const HOMES = ['/demo-county/econ-dev-zone', '/demo-county/hi-tech-park'];
const STAGES = ['township-preliminary', 'liaison-on-site', 'industry-filter', 'responsible-unit-summary', 'org-dept-standard'];

let registry: ServiceProcess;
let organization: ServiceProcess;
const tokens = new Map<DemoUser, string>();

async function call(method: string, path: string, user: DemoUser, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${registry.url}/api/registry${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens.get(user)}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  registry = await ServiceProcess.create('registry', serviceEnv('registry', run));
  organization = await ServiceProcess.create('organization', serviceEnv('organization', run));
  await Promise.all([registry.startReady(), organization.startReady()]);
  for (const user of ['county.admin', 'park.admin.edz', 'park.admin.htp'] as DemoUser[]) tokens.set(user, await userToken(user));
});
afterAll(async () => {
  await Promise.all([registry?.stop(), organization?.stop()]);
});

describe('a census campaign and its five checks', () => {
  const ids: Record<string, string[]> = { base: [], social: [], shell: [], zombie: [], shadow: [], early: [] };
  let campaign = '';

  beforeAll(async () => {
    const register = async (group: string, i: number, social = false) => {
      for (let attempt = 0; ; attempt++) {
        const res = await call('POST', '/enterprises', 'county.admin', {
          uscc: randomUscc(social ? '51' : '91'),
          name: `普查${run}${group}${i}`,
          orgPath: HOMES[i % HOMES.length],
        });
        if (res.status === 201) return String(res.body.id);
        if (attempt > 50) throw new Error(JSON.stringify(res.body));
        await new Promise((r) => setTimeout(r, 200)); // the demo org tree may still be seeding
      }
    };
    for (let i = 0; i < 12; i++) ids.base.push(await register('base', i));
    for (let i = 0; i < 3; i++) ids.social.push(await register('social', i, true));
    for (const group of ['shell', 'zombie', 'shadow', 'early']) for (let i = 0; i < 2; i++) ids[group].push(await register(group, i));
    const deregistered = await register('gone', 0);
    await call('POST', `/enterprises/${deregistered}/status`, 'county.admin', { status: 'deregistered', effectiveOn: '2026-01-05', reason: '注销' });
    const started = await call('POST', '/census/campaigns', 'county.admin', { year: 2026, orgPath: '/demo-county' });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ year: 2026, orgPath: '/demo-county', status: 'open', records: 23 }); // the deregistered one is not in it
    campaign = String(started.body.id);
  });

  const bulk = (stage: string, enterpriseIds: string[], verdict: 'pass' | 'exclude', reason?: string) =>
    call('POST', `/census/campaigns/${campaign}/checks`, 'county.admin', { stage, verdict, reason, enterpriseIds });

  it('should refuse a second census of the same year and jurisdiction', async () => {
    const again = await call('POST', '/census/campaigns', 'county.admin', { year: 2026, orgPath: '/demo-county' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CENSUS_CAMPAIGN_EXISTS');
  });

  it('should take the checks in order, exclude with a reason, and admit only records that passed all five', async () => {
    const survivors = [...ids.base, ...ids.social, ...ids.shell, ...ids.zombie, ...ids.shadow];
    expect((await bulk('township-preliminary', ids.early, 'exclude')).body.code).toBe('CENSUS_EXCLUSION_REASON_REQUIRED');
    expect((await bulk('township-preliminary', ids.early, 'exclude', 'other')).body).toEqual({ applied: 2, skipped: [] });
    for (const stage of STAGES.slice(0, 3)) expect((await bulk(stage, survivors, 'pass')).body).toMatchObject({ applied: survivors.length });

    // Out of order: the skipped ones say which check comes next.
    const early = await bulk('org-dept-standard', [ids.base[0], ids.early[0]], 'pass');
    expect(early.body.applied).toBe(0);
    expect(early.body.skipped).toEqual([
      expect.objectContaining({ enterpriseId: ids.base[0], code: 'CENSUS_STAGE_OUT_OF_ORDER', expected: 'responsible-unit-summary' }),
      expect.objectContaining({ enterpriseId: ids.early[0], code: 'CENSUS_STAGE_OUT_OF_ORDER' }),
    ]);

    for (const reason of ['shell', 'zombie', 'shadow']) await bulk('responsible-unit-summary', ids[reason], 'exclude', reason);
    await bulk('responsible-unit-summary', [...ids.base, ...ids.social], 'pass');
    const midway = await call('GET', `/census/campaigns/${campaign}/progress`, 'county.admin');
    const waiting = (midway.body.byJurisdiction as { waitingAt: Record<string, number> }[]).reduce((n, r) => n + r.waitingAt['org-dept-standard'], 0);
    expect(waiting).toBe(15);
    // The ledger list filters by census stage: what waits at the last check, what was excluded.
    const ledger = async (stage: string) => {
      const { body } = await call('GET', `/enterprises?censusStage=${stage}&censusYear=2026&q=${encodeURIComponent(`普查${run}`)}&limit=100`, 'county.admin');
      return (body.items as { id: string }[]).map((e) => e.id).sort();
    };
    expect(await ledger('org-dept-standard')).toEqual([...ids.base, ...ids.social].sort());
    expect(await ledger('excluded')).toEqual([...ids.shell, ...ids.zombie, ...ids.shadow, ...ids.early].sort());
    expect(await ledger('township-preliminary')).toEqual([]);

    const single = await call('POST', `/census/campaigns/${campaign}/records/${ids.base[0]}/checks`, 'park.admin.edz', { stage: 'org-dept-standard', verdict: 'pass' });
    expect(single.status).toBe(201);
    expect(single.body).toMatchObject({ outcome: 'in-base', passed: 5 });
    await bulk('org-dept-standard', [...ids.base.slice(1), ...ids.social], 'pass');

    const done = await call('GET', `/census/campaigns/${campaign}/progress`, 'county.admin');
    expect(done.body.base).toEqual({ enterprise: 12, 'social-org': 3, individual: 0 });
    const excluded: Record<string, number> = {};
    for (const row of done.body.byJurisdiction as { excluded: Record<string, number>; orgPath: string }[]) {
      for (const [reason, n] of Object.entries(row.excluded)) excluded[reason] = (excluded[reason] ?? 0) + n;
    }
    expect(excluded).toEqual({ shell: 2, zombie: 2, shadow: 2, other: 2 });
  });

  it("should show a park only its own records of a county-wide census, and refuse another park's", async () => {
    const progress = await call('GET', `/census/campaigns/${campaign}/progress`, 'park.admin.htp');
    expect((progress.body.byJurisdiction as { orgPath: string }[]).map((r) => r.orgPath)).toEqual(['/demo-county/hi-tech-park']);
    const foreign = ids.base.find((_, i) => HOMES[i % HOMES.length] === '/demo-county/econ-dev-zone')!;
    const res = await call('POST', `/census/campaigns/${campaign}/records/${foreign}/checks`, 'park.admin.htp', { stage: 'org-dept-standard', verdict: 'pass' });
    expect(res.status).toBe(404);
  });
});

describe('a census interrupted while copying the ledger', () => {
  it('should resume after a restart where it stopped, with every record once', async () => {
    const client = await mongo.MongoClient.connect(requiredEnv('MONGO_URL'));
    try {
      const db = client.db(serviceEnv('registry', run).MONGO_DB);
      const ledger = await db.collection<{ _id: string }>('enterprises').find({ status: { $ne: 'deregistered' } }, { projection: { _id: 1 } }).sort({ _id: 1 }).toArray();
      expect(ledger.length).toBe(23);
      // What a crash after the first five copies leaves: the campaign still preparing, its progress saved.
      const id = randomUUID();
      const copied = ledger.slice(0, 5).map((e) => e._id);
      await db.collection<Record<string, unknown> & { _id: string }>('census_campaigns').insertOne({ _id: id, year: 2030, orgPath: '/demo-county', orgAncestors: ['/demo-county'], status: 'preparing', records: 0, preparedUpTo: copied[4] });
      await db.collection<Record<string, unknown> & { _id: string }>('census_records').insertMany(
        copied.map((enterpriseId) => ({ _id: `${id}:${enterpriseId}`, campaignId: id, year: 2030, enterpriseId, orgPath: '/demo-county', orgAncestors: ['/demo-county'], passed: 0, outcome: 'pending', checks: [] })),
      );

      await registry.stop();
      await registry.startReady();
      const resumed = await eventually(async () => {
        const { body } = await call('GET', '/census/campaigns', 'county.admin');
        return (body.items as { id: string; status: string; records: number }[]).find((c) => c.id === id && c.status === 'open');
      }, 30_000, 'census snapshot resumed');
      expect(resumed.records).toBe(23);
      const records = await db.collection('census_records').find({ campaignId: id }, { projection: { enterpriseId: 1 } }).toArray();
      expect(records.map((r) => r.enterpriseId).sort()).toEqual(ledger.map((e) => e._id));
    } finally {
      await client.close();
    }
  });
});
