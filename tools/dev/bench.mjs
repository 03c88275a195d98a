#!/usr/bin/env node
// `npm run bench [-- registry|coverage|members]`: starts NATS, the MongoDB-wire server and Keycloak (or uses the URLs in
// the environment), builds the services, and runs the benchmarks (both unless one is named). Prints figures;
// asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import { REPO, ensureNodeModules, infraModule, log, nx, run } from './prepare.mjs';

ensureNodeModules();
const infra = infraModule();
const dir = path.join(REPO, '.local', 'bench-infra');
// Every run starts from empty servers: streams and databases left by earlier runs slow the next one.
for (const data of ['nats', 'mongo']) fs.rmSync(path.join(dir, data), { recursive: true, force: true });
const servers = await infra.resolveInfra({ dir, which: ['nats', 'mongo', 'keycloak'] });
const env = Object.fromEntries(infra.envLines(servers).map((line) => line.split(/=(.*)/s).slice(0, 2)));
const stopAll = async () => Promise.all(Object.values(servers).map((s) => s.stop().catch(() => undefined)));
let code = await nx(['run-many', '-t', 'build', '-p', 'registry', 'organization', '--outputStyle=stream']);
const only = process.argv[2];
for (const name of ['registry', 'coverage', 'members']) {
  if (code !== 0 || (only && only !== name)) continue;
  log(`── ${name} benchmark`);
  code = await run(process.execPath, ['-r', '@swc-node/register', path.join(REPO, 'bench', `${name}.bench.ts`)], env);
}
await stopAll();
process.exit(code);
