import { randomBytes } from 'node:crypto';
import { EventEnvelope, eventStreamName } from '@dangjian/contracts';
import { DemoUser, ServiceProcess, connectTestNats, eventually, readStream, serviceEnv, userToken } from '@dangjian/testing';

const run = randomBytes(3).toString('hex');
const COUNTY = '/demo-county';
const EDZ = '/demo-county/econ-dev-zone';
const HTP = '/demo-county/hi-tech-park';
const BRANCH = '/demo-county/econ-dev-zone/machinery-gb/haofeng-branch';

let organization: ServiceProcess;
const tokens = new Map<DemoUser, string>();
type Json = Record<string, unknown>;

async function call(method: string, path: string, user: DemoUser, body?: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${organization.url}/api/organization${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens.get(user)}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : {} };
}
const publish = (user: DemoUser, body: Json) => call('POST', '/policies', user, body);
const effective = (path: string, date: string, user: DemoUser = 'county.admin') =>
  call('GET', `/policies/effective?path=${encodeURIComponent(path)}&date=${date}`, user);

beforeAll(async () => {
  organization = await ServiceProcess.create('organization', serviceEnv('organization', run));
  await organization.startReady();
  for (const user of ['county.admin', 'park.admin.edz', 'park.admin.htp', 'branch.secretary', 'auditor'] as DemoUser[]) tokens.set(user, await userToken(user));
  await eventually(async () => (await call('GET', `/org-units/by-path?path=${encodeURIComponent(BRANCH)}`, 'county.admin')).status === 200, 30_000, 'demo tree seeded');
});
afterAll(async () => {
  await organization?.stop();
});

describe('policy per jurisdiction', () => {
  /** The park's version published below: other suites on the same NATS publish policies too. */
  let parkVersionId = '';
  const countyTargets = [
    { by: '2026-12-31', organization: 90, work: 95 },
    { by: '2027-12-31', organization: 100, work: 100 },
  ];

  it('should let a park override single settings of the county’s policy, and say where each value comes from', async () => {
    const county = await publish('county.admin', { path: COUNTY, effectiveFrom: '2026-01-01', settings: { jointBranchMaxEnterprises: 5, coverageTargets: countyTargets }, note: '县委组织部〔2026〕1号' });
    expect(county.status).toBe(201);
    const park = await publish('park.admin.edz', { path: EDZ, effectiveFrom: '2026-07-01', settings: { jointBranchMaxEnterprises: 13 } });
    expect(park.status).toBe(201);
    parkVersionId = String((park.body.version as Json).id);

    const inBranch = await effective(BRANCH, '2026-08-01', 'branch.secretary');
    expect(inBranch.status).toBe(200);
    expect(inBranch.body.settings).toMatchObject({ jointBranchMaxEnterprises: 13, independentBranchMinFormalMembers: 3, coverageTargets: countyTargets });
    expect(inBranch.body.sources).toMatchObject({
      jointBranchMaxEnterprises: { kind: 'jurisdiction', orgPath: EDZ, effectiveFrom: '2026-07-01' },
      coverageTargets: { kind: 'jurisdiction', orgPath: COUNTY, effectiveFrom: '2026-01-01' },
      independentBranchMinFormalMembers: { kind: 'default' },
    });
    // Before the park's version, the county's maximum; elsewhere in the county, too.
    expect((await effective(BRANCH, '2026-06-30')).body.settings).toMatchObject({ jointBranchMaxEnterprises: 5 });
    expect((await effective(HTP, '2026-08-01', 'park.admin.htp')).body.settings).toMatchObject({ jointBranchMaxEnterprises: 5 });
  });

  it('should end the open-ended version when a later one starts, and list the versions', async () => {
    const next = await publish('county.admin', { path: COUNTY, effectiveFrom: '2028-01-01', settings: { jointBranchMaxEnterprises: 6 } });
    expect(next.status).toBe(201);
    expect(next.body.closed).toMatchObject({ effectiveUntil: '2028-01-01' });
    const listed = await call('GET', `/policies?path=${encodeURIComponent(COUNTY)}`, 'auditor');
    expect(listed.status).toBe(200);
    expect((listed.body.versions as Json[]).map((v) => [v.effectiveFrom, v.effectiveUntil])).toEqual([
      ['2026-01-01', '2028-01-01'],
      ['2028-01-01', null],
    ]);
    expect((listed.body.versions as Json[])[0]).toMatchObject({ note: '县委组织部〔2026〕1号', createdBy: 'county.admin' });
    expect((await effective(HTP, '2028-02-01')).body.settings).toMatchObject({ jointBranchMaxEnterprises: 6, coverageTargets: [] });
  });

  it('should refuse a version sharing a day with another, naming it', async () => {
    const overlapping = await publish('county.admin', { path: COUNTY, effectiveFrom: '2026-03-01', effectiveUntil: '2026-04-01', settings: {} });
    expect(overlapping.status).toBe(409);
    expect(overlapping.body).toMatchObject({ code: 'POLICY_VERSION_OVERLAPS', message: expect.stringContaining('2026-01-01') });
  });

  it('should refuse nonsense with the field named, also a minimum above the maximum the park inherits', async () => {
    const negative = await publish('park.admin.edz', { path: EDZ, effectiveFrom: '2029-01-01', settings: { jointBranchMaxEnterprises: -1, colour: 'red' } });
    expect(negative.status).toBe(400);
    expect(negative.body.code).toBe('VALIDATION_FAILED');
    expect((negative.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual(['settings.colour', 'settings.jointBranchMaxEnterprises']);

    const aboveInherited = await publish('park.admin.htp', { path: HTP, effectiveFrom: '2026-09-01', settings: { jointBranchMinEnterprises: 8 } });
    expect(aboveInherited.status).toBe(400);
    expect(aboveInherited.body.details).toEqual([{ field: 'settings.jointBranchMinEnterprises', problems: [expect.stringContaining('the maximum (5) is below the minimum (8)')] }]);

    const badDate = await publish('county.admin', { path: COUNTY, effectiveFrom: '2029-02-30', settings: {} });
    expect(badDate.status).toBe(400);
    const backwards = await publish('county.admin', { path: COUNTY, effectiveFrom: '2029-03-01', effectiveUntil: '2029-02-01', settings: {} });
    expect((backwards.body.details as { field: string }[])[0].field).toBe('effectiveUntil');
  });

  it('should let each admin set only the policy of a jurisdiction in scope, and no branch its own', async () => {
    expect((await publish('park.admin.htp', { path: EDZ, effectiveFrom: '2030-01-01', settings: {} })).status).toBe(404);
    expect((await publish('park.admin.edz', { path: COUNTY, effectiveFrom: '2030-01-01', settings: {} })).status).toBe(404);
    expect((await publish('branch.secretary', { path: BRANCH, effectiveFrom: '2030-01-01', settings: {} })).status).toBe(403);
    const branch = await publish('county.admin', { path: BRANCH, effectiveFrom: '2030-01-01', settings: {} });
    expect(branch.status).toBe(422);
    expect(branch.body.code).toBe('POLICY_NOT_FOR_THIS_UNIT');
    expect((await effective(EDZ, '2026-08-01', 'park.admin.htp')).status).toBe(404);
  });

  it('should announce each version and audit it', async () => {
    const nc = await connectTestNats();
    try {
      const changed = await eventually(async () => {
        const events = (await readStream(nc, eventStreamName('organization'), 'evt.organization.policy.changed.v1')).map((m) => m.json<EventEnvelope>());
        const mine = events.filter((e) => (e.data as { versionId: string }).versionId === parkVersionId);
        return mine.length ? mine : undefined;
      }, 20_000, 'policy.changed published');
      expect(changed[0].data).toMatchObject({ orgPath: EDZ, effectiveFrom: '2026-07-01', settings: { jointBranchMaxEnterprises: 13 }, closed: null });
    } finally {
      await nc.close();
    }
    const audit = await eventually(async () => {
      const { body } = await call('GET', '/audit?action=policy.create', 'auditor');
      const items = (body.items as Json[] | undefined) ?? [];
      return items.length >= 3 ? items : undefined;
    }, 20_000, 'audit entries');
    expect(audit.map((a) => (a.target as Json).orgPath)).toEqual(expect.arrayContaining([COUNTY, EDZ]));
  });
});
