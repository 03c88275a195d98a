import { randomBytes } from 'node:crypto';
import { EventEnvelope, SERVICE_NAMES, ServiceName, eventStreamName } from '@dangjian/contracts';
import { DEMO_USERS, DedicatedNats, ServiceProcess, connectTestNats, eventually, randomUscc, readStream, serviceEnv, userToken } from '@dangjian/testing';

// A broker outage of a minute under steady traffic: every service must come back by itself.
const run = randomBytes(3).toString('hex');
const OUTAGE_MS = 60_000;
const EDZ = '/demo-county/econ-dev-zone';
let nats: DedicatedNats;
const services = new Map<ServiceName, ServiceProcess>();
const svc = (name: ServiceName) => services.get(name)!;
let token = '';

type Json = Record<string, unknown>;
async function call(method: string, url: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(15_000),
  }).catch(() => undefined);
  if (!res) return { status: 0, body: {} };
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Json };
}
const ready = async (name: ServiceName) => (await fetch(`${svc(name).url}/health/ready`).catch(() => undefined))?.status;
const requestReplyWorks = async () => {
  const { status, body } = await call('GET', `${svc('organization').url}/api/organization/system/status`);
  return status === 200 && (body.dependencies as { ok: boolean }[]).every((d) => d.ok);
};

beforeAll(async () => {
  nats = await DedicatedNats.start();
  token = await userToken(DEMO_USERS.countyAdmin);
  for (const name of SERVICE_NAMES) services.set(name, await ServiceProcess.create(name, { ...serviceEnv(name, run), NATS_URL: nats.url }));
  await Promise.all([...services.values()].map((s) => s.startReady()));
  await eventually(async () => (await call('POST', `${svc('registry').url}/api/registry/enterprises`, { uscc: randomUscc(), name: '断线前企业', orgPath: EDZ })).status === 201, 30_000, 'org tree seeded');
});
afterAll(async () => {
  await Promise.all([...services.values()].map((s) => s.stop()));
  await nats?.stop();
});

describe('a NATS outage of a minute', () => {
  it('should heal without restarting any service: readiness follows the link, request/reply returns within 10 s, and no accepted write loses its event', async () => {
    const enterprises: string[] = [];
    const probes: string[] = [];
    let traffic = true;
    // Steady traffic: a registration (needs organization over NATS) and a probe (an event to all) every half second.
    const load = (async () => {
      while (traffic) {
        const [created, probe] = await Promise.all([
          call('POST', `${svc('registry').url}/api/registry/enterprises`, { uscc: randomUscc(), name: `断线测试企业${enterprises.length}`, orgPath: EDZ }),
          call('POST', `${svc('registry').url}/api/registry/system/probes`),
        ]);
        if (created.status === 201) enterprises.push(String(created.body.id));
        else expect([503]).toContain(created.status); // refused while organization cannot be asked; never a 500
        if (probe.status === 202) probes.push(String(probe.body.probeId));
        await new Promise((r) => setTimeout(r, 500));
      }
    })();

    await new Promise((r) => setTimeout(r, 3000));
    await nats.down();
    const downAt = Date.now();
    for (const name of SERVICE_NAMES) await eventually(async () => (await ready(name)) === 503, 20_000, `${name} not ready while NATS is down`);
    const acceptedBeforeOutageEnd = enterprises.length;
    await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - downAt))));

    await nats.up();
    const upAt = Date.now();
    await eventually(requestReplyWorks, 10_000, 'request/reply after NATS is back');
    expect(Date.now() - upAt).toBeLessThan(10_000);
    for (const name of SERVICE_NAMES) await eventually(async () => (await ready(name)) === 200, 10_000, `${name} ready again`);
    await eventually(() => enterprises.length > acceptedBeforeOutageEnd + 3, 20_000, 'registrations accepted again');
    traffic = false;
    await load;

    // Every accepted registration has its event in the stream, once.
    const nc = await connectTestNats(nats.url);
    try {
      const wanted = new Set(enterprises);
      const events = await eventually(async () => {
        const found = (await readStream(nc, eventStreamName('registry'), 'evt.registry.enterprise.registered.v1'))
          .map((m) => m.json<EventEnvelope>())
          .filter((e) => wanted.has(String(e.subject)));
        return found.length >= wanted.size ? found : undefined;
      }, 60_000, 'a registered event for every accepted registration');
      expect(events.map((e) => e.subject).sort()).toEqual([...enterprises].sort());
    } finally {
      await nc.close();
    }
    // Every probe accepted, during the outage too, reaches all the other services.
    expect(probes.length).toBeGreaterThan(10);
    for (const probeId of probes) {
      await eventually(async () => (await call('GET', `${svc('registry').url}/api/registry/system/probes/${probeId}`)).body.deliveredToAll === true, 60_000, `probe ${probeId} delivered to all`);
    }
  }, 300_000);
});
