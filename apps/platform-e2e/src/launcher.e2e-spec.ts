import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, eventually, infra } from '@dangjian/testing';

// `npm start` as a person runs it: its own NATS, FerretDB and Keycloak, the five services, one origin.
const dataDir = mkdtempSync(path.join(tmpdir(), 'dangjian-launcher-'));
const PID_FILE = path.join(dataDir, 'launcher.pids.json');

interface Launch {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const launches: Launch[] = [];

function launch(port: number): Launch {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DEV_DATA_DIR: dataDir, DEV_PORT: String(port), LOG_LEVEL: 'warn', INFRA_NO_DOCKER: '1' };
  if (process.env.DANGJIAN_CACHE) env.DANGJIAN_CACHE = process.env.DANGJIAN_CACHE;
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'tools/dev/start.mjs')], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const started = { child, output: () => text, exited };
  launches.push(started);
  return started;
}

async function running(l: Launch): Promise<void> {
  await eventually(() => {
    if (l.child.exitCode !== null) throw new Error(`launcher exited ${l.child.exitCode}:\n${l.output().slice(-3000)}`);
    return l.output().includes('is running');
  }, 240_000, 'npm start ready');
}

const recorded = (): Record<string, { pid: number }> => JSON.parse(readFileSync(PID_FILE, 'utf8')).processes;

const alive = (pid: number) => infra.isAlive(pid);
const processState = (stat: string) => stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];

/** Every process in a process group (kc.sh's group holds Keycloak's JVM). */
function groupMembers(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return processState(stat) !== 'Z' && Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === pgid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

afterAll(async () => {
  // Whatever a failed test left: a launcher still running is stopped, and so is anything its pid file lists.
  for (const l of launches.filter((l) => l.child.exitCode === null && l.child.signalCode === null)) {
    l.child.kill('SIGTERM');
    await Promise.race([l.exited, new Promise((r) => setTimeout(r, 60_000))]);
  }
  const left = (() => {
    try {
      return Object.values(recorded());
    } catch {
      return [];
    }
  })();
  await Promise.all(left.map((p) => infra.stopPid(p.pid)));
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe('npm start', () => {
  it('should restart a service that dies, leave a pid file that the next start cleans up after a kill -9, and stop everything on Ctrl-C', async () => {
    const port = await infra.freePort();
    const first = launch(port);
    await running(first);

    // The printed curl line works as it is.
    const curl = /curl -H 'Authorization: Bearer ([^']+)' '([^']+)'/.exec(first.output());
    expect(curl).not.toBeNull();
    const listed = await fetch(curl![2], { headers: { authorization: `Bearer ${curl![1]}` } });
    expect(listed.status).toBe(200);

    // The console at / (any console route answers its page), with the demo year of work seeded for its dashboards.
    const origin = `http://127.0.0.1:${port}`;
    for (const route of ['/', '/ledger', '/org']) expect(await fetch(`${origin}${route}`).then((r) => r.text())).toContain('<div id="root"></div>');
    expect(await fetch(`${origin}/config.json`).then((r) => r.json())).toMatchObject({ realm: 'dangjian', clientId: 'dangjian-web' });
    const campaigns = (await fetch(`${origin}/api/registry/census/campaigns`, { headers: { authorization: `Bearer ${curl![1]}` } }).then((r) => r.json())) as { items: { status: string }[] };
    expect(campaigns.items.map((c) => c.status)).toEqual(['open']);

    // A service that dies is reported with its signal and started again.
    const before = recorded();
    expect(Object.keys(before).sort()).toEqual(['assessment', 'instructor', 'keycloak', 'mongo', 'nats', 'notification', 'organization', 'registry']);
    process.kill(before.registry.pid, 'SIGKILL');
    await eventually(() => first.output().includes('registry was killed by SIGKILL; restarting'), 10_000, 'death reported');
    await eventually(async () => {
      const now = recorded().registry;
      return now && now.pid !== before.registry.pid && (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status, () => 0)) === 200;
    }, 60_000, 'registry restarted and ready');

    // kill -9 of the launcher leaves everything running, and the pid file says what.
    const leftBehind = recorded();
    first.child.kill('SIGKILL');
    await first.exited;
    expect(Object.values(leftBehind).every((p) => alive(p.pid))).toBe(true);

    const second = launch(port);
    await running(second);
    expect(second.output()).toContain('stopping what a killed launcher left running');
    for (const [name, p] of Object.entries(leftBehind)) expect([name, alive(p.pid)]).toEqual([name, false]);
    const keycloakGroup = recorded().keycloak.pid;
    expect(groupMembers(keycloakGroup).length).toBeGreaterThan(1); // kc.sh and its JVM

    // Ctrl-C, twice as a terminal and npm together may send it: everything stops, the launcher exits 0.
    const started = recorded();
    second.child.kill('SIGINT');
    second.child.kill('SIGINT');
    const exit = await second.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    for (const [name, p] of Object.entries(started)) expect([name, alive(p.pid)]).toEqual([name, false]);
    expect(groupMembers(keycloakGroup)).toEqual([]);
    expect(() => readFileSync(PID_FILE)).toThrow();
  }, 600_000);
});
