#!/usr/bin/env node
// `npm start`: the whole platform on loopback with embedded defaults — NATS (JetStream), FerretDB
// (SQLite), Keycloak with the realm from deploy/keycloak, the five services, and one dev origin that
// serves /api/<service>/… and the console at / like the Kubernetes Ingress. Ctrl-C, SIGINT and SIGTERM stop everything it
// started; a service that dies is reported and restarted with backoff, as Kubernetes would.
//   npm start -- --fresh   wipe the local data first
//   npm start -- --check   start, verify every service is ready, print the figures, stop
// DEV_DATA_DIR moves the local data (default .local/dev); DEV_PORT the dev origin (default 8080).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { REPO, ensureNodeModules, infraModule, log } from './prepare.mjs';

const natsPermissions = createRequire(import.meta.url)('../../deploy/nats/permissions.cjs');
const { startOrigin } = createRequire(import.meta.url)('./origin.cjs');
const { seedDemoActivity } = createRequire(import.meta.url)('./demo-data.cjs');

const SERVICES = ['registry', 'organization', 'instructor', 'assessment', 'notification'];
const DEMO_USER = 'county.admin';
const DEMO_PASSWORD = 'Dangjian-dev-2026';
const args = new Set(process.argv.slice(2));
const started = Date.now();
const dataDir = path.resolve(process.env.DEV_DATA_DIR ?? path.join(REPO, '.local', 'dev'));
if (args.has('--fresh')) fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

// ---------------------------------------------------------------------------------------------
// What this launcher started, on disk: a launcher killed with -9 leaves the file, and the next start
// stops what it lists. Each entry keeps the process's command line, so a reused pid is never killed.

const PID_FILE = path.join(dataDir, 'launcher.pids.json');
const tracked = { launcher: process.pid, processes: {} };

function commandLine(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return undefined;
  }
}

function track(name, pid) {
  if (pid) tracked.processes[name] = { pid, command: commandLine(pid) };
  else delete tracked.processes[name];
  writePids();
}

function writePids() {
  fs.writeFileSync(PID_FILE, JSON.stringify(tracked, null, 2));
}

async function cleanUpAfterKilledLauncher(infra) {
  if (!fs.existsSync(PID_FILE)) return;
  const previous = JSON.parse(fs.readFileSync(PID_FILE, 'utf8'));
  if (previous.launcher !== process.pid && infra.isAlive(previous.launcher) && commandLine(previous.launcher)?.includes('start.mjs')) {
    throw new Error(`another npm start is running (pid ${previous.launcher}); stop it first / 已有一个 npm start 在运行`);
  }
  const leftovers = Object.entries(previous.processes ?? {}).filter(([, p]) => infra.isAlive(p.pid) && (!p.command || commandLine(p.pid) === p.command));
  if (leftovers.length) {
    log(`stopping what a killed launcher left running: ${leftovers.map(([name, p]) => `${name} (pid ${p.pid})`).join(', ')}`);
    await Promise.all(leftovers.map(([, p]) => infra.stopPid(p.pid)));
  }
  fs.rmSync(PID_FILE, { force: true });
}

// ---------------------------------------------------------------------------------------------
// Supervised services

const children = new Map(); // service → child process
const backoff = new Map(); // service → { restarts, timer }
let stopping = false;
let buildChild;
let infraStart;
let servers = {};
let origin;

function prefixLines(stream, name, color) {
  let buffer = '';
  stream.on('data', (chunk) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop();
    for (const line of lines) process.stdout.write(`\x1b[${color}m${name.padEnd(12)}\x1b[0m ${line}\n`);
  });
}

/** Restart delay after the n-th consecutive failure: 1, 2, 4 … 30 s, with up to 20 % jitter. */
function restartDelayMs(restarts) {
  return Math.min(30_000, 1000 * 2 ** restarts) * (1 + Math.random() * 0.2);
}

function startService(service, i, env) {
  const child = spawn(
    process.execPath,
    ['-r', path.join(REPO, 'tools/runtime/register-paths.cjs'), path.join(REPO, 'dist/apps', service, 'apps', service, 'src/main.js')],
    // Its own process group: a terminal's Ctrl-C reaches the launcher only, which stops services in order.
    { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const color = [32, 33, 34, 35, 36][i];
  prefixLines(child.stdout, service, color);
  prefixLines(child.stderr, service, color);
  children.set(service, child);
  track(service, child.pid);
  const upSince = Date.now();
  child.on('exit', (code, signal) => {
    if (children.get(service) === child) children.delete(service);
    if (stopping) return;
    track(service, undefined);
    const state = backoff.get(service) ?? { restarts: 0 };
    if (Date.now() - upSince > 60_000) state.restarts = 0; // it had been running well: start afresh
    const delay = restartDelayMs(state.restarts);
    state.restarts += 1;
    log(`${service} ${signal ? `was killed by ${signal}` : `exited with code ${code}`}; restarting in ${(delay / 1000).toFixed(1)} s (restart ${state.restarts})`);
    state.timer = setTimeout(() => {
      if (!stopping) startService(service, i, env);
    }, delay);
    backoff.set(service, state);
  });
}

function stopChild(child, timeoutMs = 15_000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  });
}

async function shutdown(code, why) {
  if (stopping) return;
  stopping = true;
  log(`stopping${why ? ` (${why})` : ''}…`);
  for (const { timer } of backoff.values()) clearTimeout(timer);
  if (buildChild) await stopChild(buildChild, 5000);
  await Promise.all([...children.values()].map((child) => stopChild(child)));
  await origin?.close().catch(() => undefined);
  // Servers still starting are stopped once they are up.
  const started = await infraStart?.catch(() => undefined);
  await Promise.all(Object.values(started ?? servers).map((s) => s.stop().catch(() => undefined)));
  fs.rmSync(PID_FILE, { force: true });
  log('stopped');
  process.exit(code);
}
// `on`, not `once`: a second signal (npm forwarding one, a terminal's process group) must not kill the launcher mid-stop.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void shutdown(0, signal));

// ---------------------------------------------------------------------------------------------

/** Dev-only keys, kept in the data dir so encrypted dev data stays readable across restarts. */
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

async function pickPort(preferred, infra) {
  return (await portFree(preferred)) ? preferred : infra.freePort();
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

function build() {
  return new Promise((resolve) => {
    buildChild = spawn(path.join(REPO, 'node_modules', '.bin', 'nx'), ['run-many', '-t', 'build', '--outputStyle=static'], { cwd: REPO, stdio: 'inherit', detached: true });
    buildChild.on('exit', (code, signal) => {
      buildChild = undefined;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** A demo user's access token, for the ready-to-paste curl line. */
async function demoToken(keycloakUrl) {
  const res = await fetch(`${keycloakUrl}/realms/dangjian/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'dangjian-dev-cli', username: DEMO_USER, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`token for ${DEMO_USER}: ${res.status}`);
  return (await res.json()).access_token;
}

try {
  ensureNodeModules();
  const infra = infraModule();
  await cleanUpAfterKilledLauncher(infra);
  writePids();

  log('starting NATS, FerretDB and Keycloak on loopback (first run installs them)');
  infraStart = infra.resolveInfra({ dir: path.join(dataDir, 'infra'), which: ['nats', 'mongo', 'keycloak'], detached: true }).then((resolved) => {
    for (const [name, s] of Object.entries(resolved)) if (s.pid) track(name, s.pid);
    return resolved;
  });
  log('building the services');
  const [built, resolved] = await Promise.all([build(), infraStart]);
  servers = resolved;
  if (stopping) await new Promise(() => undefined); // a signal arrived while starting: shutdown() exits
  if (built !== 0) throw new Error('build failed');

  const base = {
    ...process.env,
    NODE_ENV: 'development',
    MONGO_URL: servers.mongo.url,
    NATS_URL: servers.nats.url,
    KEYCLOAK_URL: servers.keycloak.url,
    HTTP_HOST: '127.0.0.1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    ...devKeys(),
  };
  const dropDir = path.join(dataDir, 'data-hub-drop');
  fs.mkdirSync(dropDir, { recursive: true });
  const upstreams = {};
  for (const [i, service] of SERVICES.entries()) {
    const port = await pickPort(3101 + i, infra);
    upstreams[service] = `http://127.0.0.1:${port}`;
    startService(service, i, {
      ...base,
      HTTP_PORT: String(port),
      KEYCLOAK_CLIENT_SECRET: `dev-secret-${service}`,
      NATS_USER: service,
      NATS_PASSWORD: natsPermissions.devPassword(service),
      ...(service === 'organization' ? { DEMO_SEED_FILE: path.join(REPO, 'deploy/seed/demo-county.json') } : {}),
      ...(service === 'registry'
        ? {
            DEMO_LEDGER_FILE: path.join(REPO, 'deploy/seed/demo-ledger.csv'),
            DATA_HUB_DROP_DIR: dropDir,
            DATA_HUB_DROP_POLL_SECONDS: '10',
            DATA_HUB_REGIONS: JSON.stringify({ '341621001': '/demo-county/econ-dev-zone', '341621002': '/demo-county/hi-tech-park', '341621101': '/demo-county/chengguan' }),
          }
        : {}),
    });
  }

  const originPort = await pickPort(Number(process.env.DEV_PORT ?? 8080), infra);
  origin = await startOrigin({ upstreams, keycloakUrl: servers.keycloak.url, port: originPort });

  await Promise.all(SERVICES.map((s) => waitReady(upstreams[s], 180_000)));
  const baseUrl = `http://127.0.0.1:${originPort}`;
  // The demo county's census, targets and attachments, once per data directory, so the dashboards have figures.
  await seedDemoActivity({ origin: baseUrl, token: () => demoToken(servers.keycloak.url), log }).catch((error) => log(`demo data not seeded: ${error.message}`));
  const token = await demoToken(servers.keycloak.url).catch(() => undefined);
  const tokenCommand = `curl -s -d grant_type=password -d client_id=dangjian-dev-cli -d username=${DEMO_USER} -d password=${DEMO_PASSWORD} ${servers.keycloak.url}/realms/dangjian/protocol/openid-connect/token`;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const lines = [
    '',
    `dangjian 非公企业党建 is running (ready in ${seconds} s) — Ctrl-C stops everything`,
    '',
    `  Console (web)            ${baseUrl}/   (log in as ${DEMO_USER} / ${DEMO_PASSWORD}; other demo users in docs/access.md)`,
    `  Dev origin               ${baseUrl}/api   (health: ${baseUrl}/health)`,
    ...SERVICES.map((s) => `  ${`${s} API`.padEnd(25)}${baseUrl}/api/${s}/docs   (OpenAPI JSON: ${baseUrl}/api/${s}/docs-json)`),
    `  Keycloak console         ${servers.keycloak.url}/admin/   (admin / admin, dev only)`,
    `  Data-hub file drop       ${dropDir}`,
    `  NATS                     ${servers.nats.url}`,
    `  MongoDB (FerretDB)       ${servers.mongo.url}`,
    '',
    `  Try it as ${DEMO_USER} (县委组织部; token valid 15 minutes):`,
    token ? `    curl -H 'Authorization: Bearer ${token}' '${baseUrl}/api/registry/enterprises?limit=5'` : '    (could not get a demo token; see the command below)',
    `  A fresh token:`,
    `    ${tokenCommand} | sed -E 's/.*"access_token":"([^"]+)".*/\\1/'`,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  if (args.has('--check')) await shutdown(0, '--check');
} catch (error) {
  log(`could not start: ${error.message}`);
  await shutdown(1);
}
