import { randomBytes, randomUUID } from 'node:crypto';
import { SERVICE_NAMES, ServiceName } from '@dangjian/contracts';
import { DEMO_USERS, ServiceProcess, eventually, serviceEnv, userToken } from '@dangjian/testing';

interface DependencyStatus {
  service: ServiceName;
  ok: boolean;
  requestId?: string;
}

const run = randomBytes(3).toString('hex');
const envFor = (service: ServiceName) => serviceEnv(service, run);

let adminToken = '';

/** Calls as the county admin unless the request says otherwise. */
async function getJson<T>(url: string, init: RequestInit = {}): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetch(url, { ...init, headers: { authorization: `Bearer ${adminToken}`, ...(init.headers as Record<string, string>) } });
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}

describe('the five services as processes on real NATS and MongoDB', () => {
  const services = new Map<ServiceName, ServiceProcess>();
  const svc = (name: ServiceName) => services.get(name)!;

  beforeAll(async () => {
    adminToken = await userToken(DEMO_USERS.countyAdmin);
    for (const name of SERVICE_NAMES) services.set(name, await ServiceProcess.create(name, envFor(name)));
    await Promise.all([...services.values()].map((s) => s.startReady()));
  });
  afterAll(async () => {
    await Promise.all([...services.values()].map((s) => s.stop()));
  });

  it('should answer /health/live, /health/ready, /metrics and the OpenAPI document on every service', async () => {
    for (const name of SERVICE_NAMES) {
      const { url } = svc(name);
      expect((await fetch(`${url}/health/live`)).status).toBe(200);
      const ready = await getJson<{ status: string; details: Record<string, { status: string }> }>(`${url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(ready.body.details.mongodb.status).toBe('up');
      expect(ready.body.details.nats.status).toBe('up');
      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toContain('process_cpu_seconds_total');
      expect(metrics).toContain('http_request_duration_seconds');
      expect(metrics).toMatch(/^outbox_held_documents 0$/m);
      expect(metrics).toMatch(/^outbox_failing_documents 0$/m);
      const docs = await getJson<{ openapi: string; paths: Record<string, unknown> }>(`${url}/api/${name}/docs-json`);
      expect(docs.body.openapi).toMatch(/^3\./);
      expect(Object.keys(docs.body.paths)).toContain(`/api/${name}/system/status`);
    }
  });

  it('should let organization ask registry over NATS request/reply, with the request id travelling along', async () => {
    const requestId = `e2e-${randomUUID()}`;
    const { status, body, headers } = await getJson<{ dependencies: DependencyStatus[]; outbox: unknown }>(
      `${svc('organization').url}/api/organization/system/status`,
      { headers: { 'x-request-id': requestId } },
    );
    expect(status).toBe(200);
    expect(headers.get('x-request-id')).toBe(requestId);
    const registry = body.dependencies.find((d) => d.service === 'registry');
    expect(registry).toMatchObject({ ok: true, requestId });
    expect(body.dependencies.every((d) => d.ok)).toBe(true);
    expect(body.outbox).toEqual({ held: 0, failing: [] });
  });

  it('should deliver a registry event to organization that was down when it was published', async () => {
    const organization = svc('organization');
    const stopped = await organization.stop();
    expect(stopped?.code).toBe(0); // graceful shutdown on SIGTERM

    const sent = await getJson<{ probeId: string }>(`${svc('registry').url}/api/registry/system/probes`, { method: 'POST' });
    expect(sent.status).toBe(202);
    const probeUrl = `${svc('registry').url}/api/registry/system/probes/${sent.body.probeId}`;

    // The other three receive it now; organization cannot.
    const whileDown = await eventually(async () => {
      const { body } = await getJson<{ receipts: { service: string; received: boolean }[] }>(probeUrl);
      const received = body.receipts.filter((r) => r.received).map((r) => r.service).sort();
      return received.length === 3 ? received : undefined;
    }, 30_000, 'probe received by the running services');
    expect(whileDown).toEqual(['assessment', 'instructor', 'notification']);

    await organization.startReady();
    const after = await eventually(async () => {
      const { body } = await getJson<{ deliveredToAll: boolean; receipts: { service: string; received: boolean }[] }>(probeUrl);
      return body.deliveredToAll ? body : undefined;
    }, 30_000, 'probe received by organization after its restart');
    expect(after.receipts.map((r) => r.service).sort()).toEqual(['assessment', 'instructor', 'notification', 'organization']);
    // The relay counts what it publishes.
    const metrics = await (await fetch(`${svc('registry').url}/metrics`)).text();
    expect(metrics).toMatch(/^events_published_total\{type="registry\.probe\.sent\.v1"\} [1-9]/m);
  });

  it('should refuse, on FerretDB, a second replica of a running service, saying why in one line', async () => {
    const second = await ServiceProcess.create('registry', svc('registry').env);
    const result = await second.start();
    expect(result.code).toBe(78);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[registry\] registry 已有一个副本在运行（registry-[\w-]+）：FerretDB 上每个服务只能运行一个副本/);
    expect(lines[0]).toContain('on FerretDB each service runs as one replica');
    // The running one goes on serving.
    expect((await fetch(`${svc('registry').url}/health/ready`)).status).toBe(200);
  });

  it('should answer an unknown probe with 404 and a bad probe id with 400, in Chinese and English', async () => {
    const missing = await getJson<{ code: string; message: string }>(`${svc('registry').url}/api/registry/system/probes/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND', message: '未找到该探针 / Probe not found' });
    const bad = await getJson<{ code: string }>(`${svc('registry').url}/api/registry/system/probes/not-a-uuid`);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });
});

describe('configuration checked at start', () => {
  it.each([
    ['HTTP_PORT', 'abc', 'HTTP_PORT: expected an integer port 1-65535, got "abc"'],
    ['MONGO_URL', 'postgres://x', 'MONGO_URL: expected a mongodb:// or mongodb+srv:// URL, got "postgres://x"'],
    ['NATS_URL', '', 'NATS_URL: expected nats://host:port'],
  ])('should stop with one line naming %s when it is %p', async (setting, value, expected) => {
    const env = { ...envFor('registry'), [setting]: value };
    const service = await ServiceProcess.create('registry', env);
    const result = await service.start();
    expect(result.code).toBe(78);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('[registry] 配置无效 / invalid configuration:');
    expect(lines[0]).toContain(expected);
  });

  it('should refuse to start without the key of audit hashes and lookups (no unkeyed fallback)', async () => {
    const { BLIND_INDEX_KEY: _omit, ...env } = envFor('registry');
    const result = await (await ServiceProcess.create('registry', env)).start();
    expect(result.code).toBe(78);
    expect(result.stderr.trim()).toMatch(/^\[registry\] 配置无效 \/ invalid configuration: BLIND_INDEX_KEY: required/);
  });

  it('should stop with one line when a required setting is missing', async () => {
    const { MONGO_URL: _omit, ...env } = envFor('registry');
    const service = await ServiceProcess.create('registry', env);
    const result = await service.start();
    expect(result.code).toBe(78);
    expect(result.stderr.trim()).toMatch(/^\[registry\] 配置无效 \/ invalid configuration: MONGO_URL: required/);
  });
});
