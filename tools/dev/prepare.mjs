// Shared by the two README commands: install npm packages when the lockfile changed, and find or
// start the infrastructure (env URLs → Docker → local binaries, see deploy/local/infra.cjs).
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function log(message) {
  process.stderr.write(`\x1b[36m[dangjian]\x1b[0m ${message}\n`);
}

/**
 * Installs npm packages when node_modules is missing or was installed from another lockfile.
 * `npm install` with the committed lockfile installs exactly its versions; `npm ci` is not used
 * because this npm leaves other platforms' optional binaries out of the lockfile and ci then refuses.
 */
export function ensureNodeModules() {
  const lock = path.join(REPO, 'package-lock.json');
  const stamp = path.join(REPO, 'node_modules', '.dangjian-lock-hash');
  // The patches patch-package applies after install (patches/) count as part of what is installed.
  const patches = path.join(REPO, 'patches');
  const digest = createHash('sha256').update(fs.readFileSync(lock));
  for (const name of fs.existsSync(patches) ? fs.readdirSync(patches).sort() : []) digest.update(name).update(fs.readFileSync(path.join(patches, name)));
  const hash = digest.digest('hex');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) return;
  log('installing npm packages (versions pinned by package-lock.json)');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: REPO, stdio: 'inherit' });
  fs.writeFileSync(stamp, hash);
}

/** After ensureNodeModules: the infra module may need testcontainers from node_modules. */
export function infraModule() {
  return createRequire(import.meta.url)(path.join(REPO, 'deploy', 'local', 'infra.cjs'));
}

/** Runs a command, inheriting output; resolves to its exit code. */
export function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function nx(args, env) {
  return run(path.join(REPO, 'node_modules', '.bin', 'nx'), args, env);
}
