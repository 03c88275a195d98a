import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { CommonErrorCode, InstructorErrorCode, OrganizationErrorCode, RegistryErrorCode, SERVICE_NAMES, ServiceName } from '@dangjian/contracts';
import { DEMO_USERS, REPO_ROOT, ServiceProcess, serviceEnv, userToken } from '@dangjian/testing';

// Each service's OpenAPI document against the service itself: complete, true to its own validation, and fuzzed.
const run = randomBytes(3).toString('hex');
const services = new Map<ServiceName, ServiceProcess>();
const documents = new Map<ServiceName, OpenApi>();
let token = '';

type Schema = { type?: string; enum?: unknown[]; example?: unknown; $ref?: string; items?: Schema; properties?: Record<string, Schema>; required?: string[]; allOf?: Schema[] };
type Operation = {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema; example?: unknown }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

const ALL_CODES = new Set<string>([...Object.values(CommonErrorCode), ...Object.values(RegistryErrorCode), ...Object.values(OrganizationErrorCode), ...Object.values(InstructorErrorCode)]);

function operations(doc: OpenApi): [string, string, Operation][] {
  return Object.entries(doc.paths).flatMap(([p, item]) => Object.entries(item).map(([method, op]) => [method, p, op] as [string, string, Operation]));
}

function resolve(doc: OpenApi, schema: Schema): Schema {
  return schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()!] : schema;
}

/** A value the document itself offers: its example, or its first enum value. */
function documented(schema: Schema): unknown {
  return schema.example ?? schema.enum?.[0];
}

/** A body made of the documented examples, or undefined when a required property has none. */
function exampleBody(doc: OpenApi, schema: Schema): Record<string, unknown> | undefined {
  const s = resolve(doc, schema);
  const body: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(s.properties ?? {})) {
    const value = documented(resolve(doc, property));
    if (value !== undefined) body[name] = value;
  }
  return (s.required ?? []).every((name) => name in body) ? body : undefined;
}

function schemathesisBin(): string {
  const bin = process.env.SCHEMATHESIS_BIN ?? path.join(process.env.DANGJIAN_CACHE ?? path.join(homedir(), '.cache', 'dangjian'), 'schemathesis-4.32.5', 'bin', 'st');
  if (!existsSync(bin)) throw new Error(`schemathesis not found at ${bin}: npm test installs it (tools/dev/prepare.mjs ensureSchemathesis)`);
  return bin;
}

function runFuzzer(service: ServiceName): Promise<{ code: number | null; output: string }> {
  const { url } = services.get(service)!;
  const args = [
    'run', `${url}/api/${service}/docs-json`, '--url', url,
    '-H', `Authorization: Bearer ${token}`,
    '--checks', 'not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance',
    '--phases', 'examples,coverage,fuzzing',
    '--max-examples', process.env.FUZZ_EXAMPLES ?? '15',
    '--seed', process.env.FUZZ_SEED ?? '20261129',
    '--request-timeout', '10', '--no-color', '--warnings', 'off', '--generation-database', 'none',
  ];
  return new Promise((resolve) => {
    const child = spawn(schemathesisBin(), args, { env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

beforeAll(async () => {
  token = await userToken(DEMO_USERS.countyAdmin);
  for (const name of SERVICE_NAMES) services.set(name, await ServiceProcess.create(name, serviceEnv(name, run)));
  await Promise.all([...services.values()].map((s) => s.startReady()));
  for (const name of SERVICE_NAMES) {
    documents.set(name, (await (await fetch(`${services.get(name)!.url}/api/${name}/docs-json`)).json()) as OpenApi);
  }
});
afterAll(async () => {
  await Promise.all([...services.values()].map((s) => s.stop()));
});

describe('the OpenAPI documents', () => {
  it.each(SERVICE_NAMES)('%s: documents every parameter with a type, and each error status with the codes that map to it', (service) => {
    const doc = documents.get(service)!;
    const problems: string[] = [];
    for (const [method, p, op] of operations(doc)) {
      for (const param of op.parameters ?? []) {
        const schema = param.schema ?? {};
        if (!schema.type && !schema.enum && !schema.$ref) problems.push(`${method} ${p}: parameter ${param.name} has no type`);
      }
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        const codes = response.content?.['application/json']?.schema.properties?.code?.enum ?? [];
        if (codes.length === 0) problems.push(`${method} ${p}: ${status} names no error code`);
        for (const code of codes) {
          if (!ALL_CODES.has(String(code))) problems.push(`${method} ${p}: ${status} names unknown code ${String(code)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('matches the console’s typed API clients (apps/console/src/api/schema, generated by tools/build/api-types.cjs)', async () => {
    // UPDATE_API_TYPES=1 writes the files instead of comparing (another way to regenerate them than against npm start).
    const args = [path.join(REPO_ROOT, 'tools/build/api-types.cjs'), ...(process.env.UPDATE_API_TYPES ? [] : ['--check']), ...(['registry', 'organization', 'instructor'] as const).map((s) => `${s}=${services.get(s)!.url}`)];
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect({ code, output: process.env.UPDATE_API_TYPES ? '' : output }).toEqual({ code: 0, output: '' });
  });

  it('registry: documents the ledger list’s paging, sorting and filters, and record ids as UUIDs', () => {
    const doc = documents.get('registry')!;
    const list = doc.paths['/api/registry/enterprises'].get;
    const params = Object.fromEntries((list.parameters ?? []).map((p) => [p.name, p.schema ?? {}]));
    for (const name of ['sort', 'cursor', 'limit', 'kind', 'status', 'orgPath', 'industry', 'q', 'hasMembers', 'employeesMin', 'employeesMax']) expect([name, name in params]).toEqual([name, true]);
    expect(params.sort.enum).toEqual(['name', 'employees', 'updatedAt']);
    expect(params.kind.enum).toEqual(['enterprise', 'social-org', 'individual']);
    const byId = doc.paths['/api/registry/enterprises/{id}'].get;
    expect(byId.parameters?.find((p) => p.name === 'id')?.schema).toMatchObject({ type: 'string', format: 'uuid' });
    const upload = doc.paths['/api/registry/enterprises/imports'].post;
    expect(upload.parameters?.map((p) => p.name)).toContain('fileName');
  });

  it.each(SERVICE_NAMES)('%s: accepts the examples it documents (no 400 and no 5xx for a request built from them)', async (service) => {
    const doc = documents.get(service)!;
    const { url } = services.get(service)!;
    const refused: string[] = [];
    const tried: string[] = [];
    for (const [method, p, op] of operations(doc)) {
      const jsonBody = op.requestBody?.content['application/json']?.schema;
      const body = jsonBody ? exampleBody(doc, jsonBody) : undefined;
      if (jsonBody && !body) continue; // a required property without an example: nothing documented to try
      const query = new URLSearchParams();
      let target = p;
      let complete = true;
      for (const param of op.parameters ?? []) {
        const schema = param.schema ?? {};
        const value = param.example ?? documented(schema) ?? ((schema as { format?: string }).format === 'uuid' ? randomUUID() : undefined);
        if (value === undefined) {
          if (param.required) complete = false;
          continue;
        }
        if (param.in === 'path') target = target.replace(`{${param.name}}`, encodeURIComponent(String(value)));
        else if (param.in === 'query') query.set(param.name, String(value));
      }
      if (!complete || (op.requestBody && !body)) continue; // a body that is not JSON (a file upload)
      tried.push(`${method.toUpperCase()} ${p}`);
      const res = await fetch(`${url}${target}${query.size ? `?${query}` : ''}`, {
        method: method.toUpperCase(),
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (res.status === 400 || res.status >= 500) refused.push(`${method.toUpperCase()} ${target} ${JSON.stringify(body ?? {})} → ${res.status} ${await res.text()}`);
    }
    expect(refused).toEqual([]);
    expect(tried).toContain(`POST /api/${service}/system/probes`);
    if (service === 'registry') expect(tried).toEqual(expect.arrayContaining(['POST /api/registry/enterprises', 'GET /api/registry/enterprises', 'POST /api/registry/enterprises/{id}/status']));
  });
});

/**
 * Two fuzzers at a time, each a process of its own (schemathesis' own `--workers` crashed): the largest document
 * first, so the others run beside it. Each test waits for its service's run.
 */
const fuzzRuns = new Map<ServiceName, Promise<{ code: number | null; output: string }>>();
function fuzzed(service: ServiceName): Promise<{ code: number | null; output: string }> {
  if (fuzzRuns.size === 0) {
    const queue: ServiceName[] = ['organization', ...SERVICE_NAMES.filter((s) => s !== 'organization')];
    const lanes = [Promise.resolve(), Promise.resolve()];
    queue.forEach((name, i) => {
      const run = lanes[i % 2].then(() => runFuzzer(name));
      lanes[i % 2] = run.then(() => undefined);
      fuzzRuns.set(name, run);
    });
  }
  return fuzzRuns.get(service)!;
}

describe('fuzzing every service from its OpenAPI document (schemathesis, a fixed budget per operation)', () => {
  it.each(SERVICE_NAMES)('%s: no 5xx, and every answer is one its document describes', async (service) => {
    const { code, output } = await fuzzed(service);
    if (code !== 0) throw new Error(`schemathesis found problems in ${service} (exit ${code}):\n${output.slice(-8000)}`);
    expect(output).toMatch(/passed/);
  }, 300_000);
});
