#!/usr/bin/env node
// `npm run bench`: starts NATS, the MongoDB-wire server and Keycloak (or uses the URLs in the
// environment), builds the services, and runs the registry benchmark. Prints figures; asserts nothing.
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
if (code === 0) {
  log('── registry benchmark');
  code = await run(process.execPath, ['-r', '@swc-node/register', path.join(REPO, 'bench', 'registry.bench.ts')], env);
}
await stopAll();
process.exit(code);
