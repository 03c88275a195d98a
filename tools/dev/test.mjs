#!/usr/bin/env node
// `npm test`: installs what is missing, starts NATS, a MongoDB-wire server and Keycloak, then runs
// type checks, lint, unit, integration and end-to-end tests against them, and stops what it started.
import fs from 'node:fs';
import path from 'node:path';
import { REPO, ensureChromium, ensureHadolint, ensureHelm, ensureKubernetesValidate, ensureNodeModules, ensureSchemathesis, infraModule, log, nx, run } from './prepare.mjs';

const started = Date.now();
ensureNodeModules();
const infra = infraModule();
const resultsDir = path.join(REPO, '.local', 'test-results');
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

log('starting NATS (JetStream), FerretDB and Keycloak for the tests');
const servers = await infra.resolveInfra({ dir: path.join(REPO, '.local', 'test-infra'), which: ['nats', 'mongo', 'keycloak'] });
const env = Object.fromEntries(infra.envLines(servers).map((line) => line.split(/=(.*)/s).slice(0, 2)));
env.SCHEMATHESIS_BIN = ensureSchemathesis();
env.CHROMIUM_BIN = ensureChromium();
// The chart's and the Dockerfile's checks (helm/tests).
env.HELM_BIN = ensureHelm();
env.KUBERNETES_VALIDATE_BIN = ensureKubernetesValidate();
env.HADOLINT_BIN = ensureHadolint();
for (const [key, value] of Object.entries(env)) log(`${key}=${value}`);

const stopAll = async () => Promise.all(Object.values(servers).map((s) => s.stop().catch(() => undefined)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await stopAll();
    process.exit(130);
  });
}

const tsc = (project) => () => run(process.execPath, [path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project, '--noEmit']);
// Each group runs after the one before; the steps of a group run at once (the static checks share the two cores).
const groups = [
  [
    ['type check', tsc('tsconfig.json')],
    ['type check (console)', tsc('apps/console/tsconfig.json')],
    ['lint', () => nx(['run-many', '-t', 'lint', '--outputStyle=static'])],
  ],
  [['unit tests', () => nx(['run-many', '-t', 'test', '--outputStyle=stream'])]],
  [['integration tests', () => nx(['run-many', '-t', 'int-test', '--parallel=1', '--outputStyle=stream'], env)]],
  [['end-to-end tests', () => nx(['run', 'platform-e2e:e2e', '--outputStyle=stream'], env)]],
];
const failedSteps = [];
for (const group of groups) {
  log(`── ${group.map(([name]) => name).join(' + ')}`);
  await Promise.all(
    group.map(async ([name, step]) => {
      const began = Date.now();
      const code = await step();
      log(`${name}: ${code === 0 ? 'passed' : 'failed'} in ${Math.round((Date.now() - began) / 1000)} s`);
      if (code !== 0) failedSteps.push(name);
    }),
  );
}
await stopAll();

let passed = 0;
let failed = 0;
for (const file of fs.readdirSync(resultsDir).filter((f) => f.endsWith('.json'))) {
  const result = JSON.parse(fs.readFileSync(path.join(resultsDir, file), 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
}
const seconds = Math.round((Date.now() - started) / 1000);
if (failedSteps.length) log(`failed: ${failedSteps.join(', ')}`);
log(`finished in ${seconds} s`);
// A failed step with no failed test (type check, lint, a suite that did not load) still fails the run.
if (failedSteps.length && failed === 0) failed = failedSteps.length;
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
process.exit(failedSteps.length ? 1 : 0);
