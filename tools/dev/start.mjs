#!/usr/bin/env node
// `npm start`: the whole platform on loopback with embedded defaults — NATS (JetStream), FerretDB
// (SQLite), Keycloak with the realm from deploy/keycloak, the five services, and one dev origin that
// serves /api/<service>/… like the Kubernetes Ingress. Ctrl-C stops everything it started.
//   npm start -- --fresh   wipe the local data first
//   npm start -- --check   start, verify every service is ready, print the figures, stop
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, ensureNodeModules, infraModule, log, nx } from './prepare.mjs';

const SERVICES = ['registry', 'organization', 'instructor', 'assessment', 'notification'];
const args = new Set(process.argv.slice(2));
const started = Date.now();
const dataDir = path.join(REPO, '.local', 'dev');
if (args.has('--fresh')) fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

ensureNodeModules();
const infra = infraModule();
const children = [];
let servers = {};
let origin;

async function shutdown(code) {
  log('stopping…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
  await origin?.close();
  await Promise.all(Object.values(servers).map((s) => s.stop().catch(() => undefined)));
  log('stopped');
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));

/** Dev-only keys, kept in .local so encrypted dev data stays readable across restarts. */
function devKeys() {
  const file = path.join(dataDir, 'keys.json');
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, JSON.stringify({ dev1: randomBytes(32).toString('base64'), blind: randomBytes(32).toString('base64') }));
  }
  const keys = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { FIELD_ENCRYPTION_KEYS: `dev1:${keys.dev1}`, FIELD_ENCRYPTION_ACTIVE_KEY: 'dev1', BLIND_INDEX_KEY: keys.blind };
}

async function portFree(port) {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const server = net.createServer().once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function pickPort(preferred) {
  return (await portFree(preferred)) ? preferred : infra.freePort();
}

function prefixLines(stream, name, color) {
  let buffer = '';
  stream.on('data', (chunk) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop();
    for (const line of lines) process.stdout.write(`\x1b[${color}m${name.padEnd(12)}\x1b[0m ${line}\n`);
  });
}

async function waitReady(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} not ready within ${timeoutMs / 1000} s`);
}

try {
  log('starting NATS, FerretDB and Keycloak on loopback (first run installs them)');
  const infraStart = infra.resolveInfra({ dir: path.join(dataDir, 'infra'), which: ['nats', 'mongo', 'keycloak'] });
  log('building the services');
  const [built, resolved] = await Promise.all([nx(['run-many', '-t', 'build', '--outputStyle=static']), infraStart]);
  servers = resolved;
  if (built !== 0) throw new Error('build failed');

  const env = {
    NODE_ENV: 'development',
    MONGO_URL: servers.mongo.url,
    NATS_URL: servers.nats.url,
    KEYCLOAK_URL: servers.keycloak.url,
    HTTP_HOST: '127.0.0.1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    ...devKeys(),
  };
  const dropDir = path.join(REPO, '.local', 'dev', 'data-hub-drop');
  fs.mkdirSync(dropDir, { recursive: true });
  const colors = [32, 33, 34, 35, 36];
  const upstreams = {};
  for (const [i, service] of SERVICES.entries()) {
    const port = await pickPort(3101 + i);
    upstreams[service] = `http://127.0.0.1:${port}`;
    const child = spawn(
      process.execPath,
      ['-r', path.join(REPO, 'tools/runtime/register-paths.cjs'), path.join(REPO, 'dist/apps', service, 'apps', service, 'src/main.js')],
      {
        cwd: REPO,
        env: {
          ...process.env,
          ...env,
          HTTP_PORT: String(port),
          KEYCLOAK_CLIENT_SECRET: `dev-secret-${service}`,
          ...(service === 'organization' ? { DEMO_SEED_FILE: path.join(REPO, 'deploy/seed/demo-county.json') } : {}),
          ...(service === 'registry'
            ? {
                DEMO_LEDGER_FILE: path.join(REPO, 'deploy/seed/demo-ledger.csv'),
                DATA_HUB_DROP_DIR: dropDir,
                DATA_HUB_DROP_POLL_SECONDS: '10',
                DATA_HUB_REGIONS: JSON.stringify({ '341621001': '/demo-county/econ-dev-zone', '341621002': '/demo-county/hi-tech-park', '341621101': '/demo-county/chengguan' }),
              }
            : {}),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    prefixLines(child.stdout, service, colors[i]);
    prefixLines(child.stderr, service, colors[i]);
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) log(`${service} exited with code ${code}`);
    });
    children.push(child);
  }

  const { default: Fastify } = await import('fastify');
  const { default: proxy } = await import('@fastify/http-proxy');
  origin = Fastify({ logger: false });
  for (const service of SERVICES) {
    await origin.register(proxy, { upstream: upstreams[service], prefix: `/api/${service}`, rewritePrefix: `/api/${service}` });
  }
  origin.get('/', async () => ({
    platform: 'dangjian 非公企业党建',
    services: Object.fromEntries(SERVICES.map((s) => [s, { api: `/api/${s}`, docs: `/api/${s}/docs` }])),
    keycloak: servers.keycloak.url,
  }));
  origin.get('/health', async (_req, reply) => {
    const checks = await Promise.all(
      SERVICES.map(async (s) => [s, await fetch(`${upstreams[s]}/health/ready`).then((r) => r.status, () => 0)]),
    );
    const allUp = checks.every(([, status]) => status === 200);
    return reply.status(allUp ? 200 : 503).send(Object.fromEntries(checks));
  });
  const originPort = await pickPort(Number(process.env.DEV_PORT ?? 8080));
  await origin.listen({ port: originPort, host: '127.0.0.1' });

  await Promise.all(SERVICES.map((s) => waitReady(upstreams[s], 180_000)));
  const base = `http://127.0.0.1:${originPort}`;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const lines = [
    '',
    `dangjian 非公企业党建 is running (ready in ${seconds} s) — Ctrl-C stops everything`,
    '',
    `  Dev origin               ${base}/   (health: ${base}/health)`,
    ...SERVICES.map((s) => `  ${`${s} API docs`.padEnd(25)}${base}/api/${s}/docs`),
    `  Keycloak console         ${servers.keycloak.url}/admin/   (admin / admin, dev only)`,
    `  Keycloak realm           ${servers.keycloak.url}/realms/dangjian/account/   (demo users in README, password Dangjian-dev-2026)`,
    `  Data-hub file drop       ${dropDir}   (.csv/.xlsx of registration changes, see README)`,
    `  NATS                     ${servers.nats.url}`,
    `  MongoDB (FerretDB)       ${servers.mongo.url}`,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  if (args.has('--check')) await shutdown(0);
} catch (error) {
  log(`could not start: ${error.message}`);
  await shutdown(1);
}
