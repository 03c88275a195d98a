#!/usr/bin/env node
// Local infrastructure for dev and tests: NATS (JetStream), FerretDB (MongoDB wire) and Keycloak.
// Found in this order: URLs in the environment → testcontainers when a Docker engine answers → the
// local binaries that install.sh caches, started on loopback on free ports with their own data dir.
//
// CLI:  node deploy/local/infra.cjs up [--dir DIR]   start what is missing, write DIR/infra.env
//       node deploy/local/infra.cjs down [--dir DIR] stop only what `up` started (pid files in DIR)
//       node deploy/local/infra.cjs env [--dir DIR]  print the env file
'use strict';

const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const os = require('node:os');

const REPO = path.resolve(__dirname, '..', '..');
const CACHE = process.env.DANGJIAN_CACHE || path.join(os.homedir(), '.cache', 'dangjian');
const natsPermissions = require('../nats/permissions.cjs');
const REALM_DIR = path.join(REPO, 'deploy', 'keycloak');
const KEYCLOAK_ADMIN = { username: 'admin', password: 'admin' };

function log(message) {
  if (!process.env.INFRA_QUIET) process.stderr.write(`[infra] ${message}\n`);
}

/** Runs install.sh (idempotent) and returns the binaries' paths. */
function installedPaths() {
  const file = path.join(CACHE, 'paths.env');
  // install.sh and the FerretDB patches beside it decide what is built: newer ones mean a stale cache.
  const inputs = fs.readdirSync(__dirname).filter((f) => f === 'install.sh' || f.endsWith('.patch'));
  const stale = () => inputs.some((f) => fs.statSync(path.join(__dirname, f)).mtimeMs > fs.statSync(file).mtimeMs);
  if (!fs.existsSync(file) || process.env.INFRA_REINSTALL || stale()) {
    execFileSync('bash', [path.join(__dirname, 'install.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  }
  const paths = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line);
    if (m) paths[m[1]] = m[2];
  }
  for (const key of ['NATS_SERVER_BIN', 'FERRETDB_BIN', 'KEYCLOAK_HOME']) {
    const p = key === 'KEYCLOAK_HOME' ? path.join(paths[key] || '', 'bin', 'kc.sh') : paths[key];
    if (!p || !fs.existsSync(p)) {
      execFileSync('bash', [path.join(__dirname, 'install.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
      return installedPaths();
    }
  }
  return paths;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function portAnswers(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, check, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} while starting`);
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`${what} did not become ready within ${Math.round(timeoutMs / 1000)} s`);
}

/** Whether a process still runs; a zombie (exited, waiting for a parent that may never reap it) does not. */
function isAlive(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    try { process.kill(pid, 0); return !fs.existsSync('/proc/self'); } catch { return false; }
  }
}

/** Starts a server process; `detached` ones outlive this process (dev launcher, CLI). */
function startProcess(name, command, args, { dir, env, detached }) {
  fs.mkdirSync(dir, { recursive: true });
  const logFile = path.join(dir, `${name}.log`);
  const out = fs.openSync(logFile, 'a');
  const child = spawn(command, args, {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', out, out],
    detached: Boolean(detached),
  });
  fs.closeSync(out);
  if (detached) child.unref();
  return { child, logFile };
}

function tail(file, lines = 15) {
  try { return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

/** Stops a process and its children (kc.sh starts java), waiting for it to go. */
async function stopPid(pid, signal = 'SIGTERM', timeoutMs = 15000) {
  if (!pid || !isAlive(pid)) return;
  try { process.kill(-pid, signal); } catch { try { process.kill(pid, signal); } catch { /* gone */ } }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) { try { process.kill(-pid, 'SIGKILL'); } catch { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } } }
}

// ---------------------------------------------------------------------------------------------
// Local binaries

async function startNats({ dir, port, detached = false } = {}) {
  const paths = installedPaths();
  port = port || (await freePort());
  const storeDir = path.join(dir, 'jetstream');
  // One user per service with the permissions of deploy/nats/permissions.cjs (JSON is valid NATS configuration).
  const configFile = path.join(dir, 'nats.conf');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(configFile, JSON.stringify({ authorization: natsPermissions.devAuthorization() }, null, 2));
  const { child, logFile } = startProcess(
    'nats',
    paths.NATS_SERVER_BIN,
    ['-c', configFile, '-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir, '-n', `dangjian-${port}`],
    { dir, detached },
  );
  try {
    await waitFor('nats-server', () => portAnswers(port), 20000, child);
  } catch (error) {
    throw new Error(`${error.message}\n${tail(logFile)}`);
  }
  return { kind: 'local', url: `nats://127.0.0.1:${port}`, port, pid: child.pid, child, dir, ...natsPermissions.DEV_ADMIN };
}

async function startFerret({ dir, port, detached = false } = {}) {
  const paths = installedPaths();
  port = port || (await freePort());
  const dataDir = path.join(dir, 'sqlite');
  fs.mkdirSync(dataDir, { recursive: true });
  const { child, logFile } = startProcess(
    'ferretdb',
    paths.FERRETDB_BIN,
    [
      `--listen-addr=127.0.0.1:${port}`,
      '--handler=sqlite',
      `--sqlite-url=file:${dataDir}/`,
      `--state-dir=${dir}`,
      '--debug-addr=-',
      '--telemetry=disable',
      '--log-level=warn',
      // Documents per INSERT statement (default 100): 500 inserts the ledger's records about 15 % faster.
      '--test-batch-size=500',
    ],
    // Go's collector ran a fifth of FerretDB's time during an import; four times the heap growth
    // between collections (capped by a soft 1 GiB limit) made imports ~15 % and inserts ~25 % faster.
    { dir, detached, env: { GOGC: process.env.GOGC ?? '400', GOMEMLIMIT: process.env.GOMEMLIMIT ?? '1GiB' } },
  );
  try {
    await waitFor('FerretDB', () => portAnswers(port), 20000, child);
  } catch (error) {
    throw new Error(`${error.message}\n${tail(logFile)}`);
  }
  return { kind: 'local', url: `mongodb://127.0.0.1:${port}`, port, pid: child.pid, child, dir };
}

async function httpOk(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
  return res.ok;
}

async function startKeycloak({ dir, port, detached = false } = {}) {
  const paths = installedPaths();
  port = port || (await freePort());
  const managementPort = await freePort();
  const { child, logFile } = startProcess(
    'keycloak',
    path.join(paths.KEYCLOAK_HOME, 'bin', 'kc.sh'),
    [
      'start-dev',
      '--db=dev-mem',
      '--http-host=127.0.0.1',
      `--http-port=${port}`,
      `--http-management-port=${managementPort}`,
      '--health-enabled=true',
    ],
    {
      dir,
      detached: true, // always its own process group: kc.sh starts a JVM we must stop with it
      env: {
        JAVA_HOME: paths.KEYCLOAK_JAVA_HOME,
        KC_BOOTSTRAP_ADMIN_USERNAME: KEYCLOAK_ADMIN.username,
        KC_BOOTSTRAP_ADMIN_PASSWORD: KEYCLOAK_ADMIN.password,
        JAVA_OPTS_KC_HEAP: '-Xms64m -Xmx768m',
      },
    },
  );
  if (!detached) child.unref();
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor('Keycloak', () => httpOk(`${url}/realms/master`), 180000, child);
  } catch (error) {
    await stopPid(child.pid);
    throw new Error(`${error.message}\n${tail(logFile)}`);
  }
  await importRealms(url);
  return { kind: 'local', url, port, pid: child.pid, child, dir };
}

// ---------------------------------------------------------------------------------------------
// Keycloak realm as code: every deploy/keycloak/*.realm.json is (re)created at each start, so an
// edit to the file and a restart apply it with no manual step. A realm file holds what production
// imports; its development overlay (deploy/keycloak/dev/<realm>.overlay.json: demo county groups,
// demo users, the password-grant and test clients, the services' development secrets) is merged in
// here and never reaches production.

/** Merges a development overlay into a realm: list entries with the same key are merged field by field. */
function withOverlay(realm, overlay) {
  const keys = { clients: 'clientId', users: 'username', groups: 'name' };
  const merged = { ...realm };
  for (const [field, key] of Object.entries(keys)) {
    const list = (realm[field] ?? []).map((entry) => ({ ...entry }));
    for (const entry of overlay[field] ?? []) {
      const same = list.find((e) => e[key] === entry[key]);
      if (same) Object.assign(same, entry);
      else list.push(entry);
    }
    merged[field] = list;
  }
  return merged;
}

function realmWithDevOverlay(file) {
  const realm = JSON.parse(fs.readFileSync(path.join(REALM_DIR, file), 'utf8'));
  const overlayFile = path.join(REALM_DIR, 'dev', `${realm.realm}.overlay.json`);
  return fs.existsSync(overlayFile) ? withOverlay(realm, JSON.parse(fs.readFileSync(overlayFile, 'utf8'))) : realm;
}

async function adminToken(baseUrl) {
  const res = await fetch(`${baseUrl}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', ...KEYCLOAK_ADMIN }),
  });
  if (!res.ok) throw new Error(`Keycloak admin login failed: ${res.status} ${await res.text()}`);
  return (await res.json()).access_token;
}

async function importRealms(baseUrl) {
  if (!fs.existsSync(REALM_DIR)) return [];
  const files = fs.readdirSync(REALM_DIR).filter((f) => f.endsWith('.realm.json')).sort();
  if (files.length === 0) return [];
  const token = await adminToken(baseUrl);
  const auth = { authorization: `Bearer ${token}` };
  const imported = [];
  for (const file of files) {
    const realm = realmWithDevOverlay(file);
    const existing = await fetch(`${baseUrl}/admin/realms/${realm.realm}`, { headers: auth });
    if (existing.ok) await fetch(`${baseUrl}/admin/realms/${realm.realm}`, { method: 'DELETE', headers: auth });
    const res = await fetch(`${baseUrl}/admin/realms`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(realm),
    });
    if (!res.ok) throw new Error(`importing realm ${realm.realm} from ${file} failed: ${res.status} ${await res.text()}`);
    imported.push(realm.realm);
  }
  log(`Keycloak realm(s) imported: ${imported.join(', ')}`);
  return imported;
}

// ---------------------------------------------------------------------------------------------
// Docker (testcontainers), used when an engine answers and no URL is given.

async function dockerAvailable() {
  if (process.env.INFRA_NO_DOCKER) return false;
  let tc;
  try { tc = require('testcontainers'); } catch { return false; }
  try {
    await tc.getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startContainers(which) {
  const { GenericContainer, Wait } = require('testcontainers');
  const started = {};
  if (which.includes('nats')) {
    const c = await new GenericContainer('nats:2.10').withCommand(['-js']).withExposedPorts(4222).start();
    started.nats = { kind: 'container', url: `nats://${c.getHost()}:${c.getMappedPort(4222)}`, container: c };
  }
  if (which.includes('mongo')) {
    const c = await new GenericContainer('mongo:7').withExposedPorts(27017).withWaitStrategy(Wait.forListeningPorts()).start();
    started.mongo = { kind: 'container', url: `mongodb://${c.getHost()}:${c.getMappedPort(27017)}`, container: c };
  }
  if (which.includes('keycloak')) {
    const c = await new GenericContainer('quay.io/keycloak/keycloak:26.5')
      .withCommand(['start-dev'])
      .withEnvironment({ KC_BOOTSTRAP_ADMIN_USERNAME: KEYCLOAK_ADMIN.username, KC_BOOTSTRAP_ADMIN_PASSWORD: KEYCLOAK_ADMIN.password })
      .withExposedPorts(8080)
      .withWaitStrategy(Wait.forHttp('/realms/master', 8080).forStatusCode(200))
      .withStartupTimeout(180000)
      .start();
    const url = `http://${c.getHost()}:${c.getMappedPort(8080)}`;
    await importRealms(url);
    started.keycloak = { kind: 'container', url, container: c };
  }
  return started;
}

// ---------------------------------------------------------------------------------------------
// The resolution chain

const ALL = ['nats', 'mongo', 'keycloak'];
const ENV_OF = { nats: 'NATS_URL', mongo: 'MONGO_URL', keycloak: 'KEYCLOAK_URL' };

/**
 * Finds or starts each server. Returns { nats, mongo, keycloak } each with { kind, url, stop() }.
 * kind is 'env' (given), 'container' or 'local'. `detached` keeps local servers running after exit.
 */
async function resolveInfra({ dir, which = ALL, detached = false } = {}) {
  dir = dir || path.join(REPO, '.local', 'infra');
  const result = {};
  const missing = [];
  for (const name of which) {
    const url = process.env[ENV_OF[name]];
    if (url) result[name] = { kind: 'env', url, stop: async () => undefined };
    else missing.push(name);
  }
  if (missing.length === 0) return result;

  if (await dockerAvailable()) {
    log(`Docker engine found: starting ${missing.join(', ')} with testcontainers`);
    const started = await startContainers(missing);
    for (const [name, s] of Object.entries(started)) result[name] = { ...s, stop: () => s.container.stop() };
    return result;
  }

  log(`no URLs and no Docker engine: starting local ${missing.join(', ')} on loopback`);
  const starters = { nats: startNats, mongo: startFerret, keycloak: startKeycloak };
  // Keycloak takes longest: start it first, and the quick ones meanwhile.
  const order = ['keycloak', 'nats', 'mongo'].filter((n) => missing.includes(n));
  const runs = order.map(async (name) => {
    const s = await starters[name]({ dir: path.join(dir, name), detached });
    result[name] = { ...s, stop: () => stopPid(s.pid) };
  });
  const outcomes = await Promise.allSettled(runs);
  const failed = outcomes.find((o) => o.status === 'rejected');
  if (failed) {
    await Promise.all(Object.values(result).map((s) => s.stop()));
    throw failed.reason;
  }
  return result;
}

function envLines(infra) {
  return [
    infra.nats && `NATS_URL=${infra.nats.url}`,
    // The development administrator of a NATS we started (reads any stream; the services have their own users).
    infra.nats?.user && `NATS_USER=${infra.nats.user}`,
    infra.nats?.password && `NATS_PASSWORD=${infra.nats.password}`,
    infra.mongo && `MONGO_URL=${infra.mongo.url}`,
    infra.keycloak && `KEYCLOAK_URL=${infra.keycloak.url}`,
  ].filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// CLI

async function cli(argv) {
  const command = argv[0] || 'up';
  const dirFlag = argv.indexOf('--dir');
  const dir = path.resolve(dirFlag >= 0 ? argv[dirFlag + 1] : path.join(REPO, '.local', 'infra'));
  const envFile = path.join(dir, 'infra.env');
  const pidFile = path.join(dir, 'pids.json');

  if (command === 'up') {
    if (fs.existsSync(pidFile)) {
      const pids = JSON.parse(fs.readFileSync(pidFile, 'utf8'));
      if (Object.values(pids).every(isAlive)) {
        log(`already running (${dir})`);
        process.stdout.write(fs.readFileSync(envFile, 'utf8'));
        return;
      }
      await cli(['down', '--dir', dir]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const infra = await resolveInfra({ dir, detached: true });
    const pids = {};
    for (const [name, s] of Object.entries(infra)) if (s.pid) pids[name] = s.pid;
    fs.writeFileSync(pidFile, JSON.stringify(pids));
    fs.writeFileSync(envFile, envLines(infra).join('\n') + '\n');
    process.stdout.write(fs.readFileSync(envFile, 'utf8'));
    return;
  }
  if (command === 'down') {
    if (!fs.existsSync(pidFile)) return;
    const pids = JSON.parse(fs.readFileSync(pidFile, 'utf8'));
    await Promise.all(Object.values(pids).map((pid) => stopPid(pid)));
    fs.rmSync(pidFile, { force: true });
    log('stopped');
    return;
  }
  if (command === 'env') {
    if (fs.existsSync(envFile)) process.stdout.write(fs.readFileSync(envFile, 'utf8'));
    return;
  }
  throw new Error(`unknown command ${command}; use up, down or env`);
}

module.exports = { withOverlay, resolveInfra, startNats, startFerret, startKeycloak, importRealms, stopPid, isAlive, freePort, installedPaths, envLines, REPO };

if (require.main === module) {
  cli(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`[infra] ${error.message}\n`);
    process.exit(1);
  });
}
