#!/usr/bin/env node
// The console's typed API clients come from the services' own OpenAPI documents, never written by hand:
//   node tools/build/api-types.cjs [origin]   (default http://127.0.0.1:8080, i.e. a running `npm start`)
// writes apps/console/src/api/schema/<service>.ts with openapi-typescript;
//   node tools/build/api-types.cjs --check registry=<url> organization=<url> instructor=<url>
// compares them with what running services serve and fails on a difference (the OpenAPI e2e test runs it,
// so a changed API without regenerated types fails the tests).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const CONSOLE_SERVICES = ['registry', 'organization', 'instructor'];
const SCHEMA_DIR = path.resolve(__dirname, '../../apps/console/src/api/schema');

/** The TypeScript module for one service's OpenAPI document. */
async function apiTypes(service, document) {
  const { default: openapiTS, astToString } = require('openapi-typescript');
  const ast = await openapiTS(document, { alphabetize: true });
  return `// Generated from the ${service} service's OpenAPI document by tools/build/api-types.cjs. Do not edit.\n${astToString(ast)}`;
}

function schemaFile(service) {
  return path.join(SCHEMA_DIR, `${service}.ts`);
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const positional = args.filter((a) => a !== '--check');
  const named = Object.fromEntries(positional.filter((a) => a.includes('=')).map((a) => a.split(/=(.*)/s).slice(0, 2)));
  const origin = positional.find((a) => !a.includes('=')) ?? 'http://127.0.0.1:8080';
  let stale = 0;
  for (const service of CONSOLE_SERVICES) {
    const base = named[service] ?? origin;
    const response = await fetch(`${base}/api/${service}/docs-json`);
    if (!response.ok) throw new Error(`${service}: ${response.status} from ${base}/api/${service}/docs-json`);
    const types = await apiTypes(service, await response.json());
    const file = path.relative(process.cwd(), schemaFile(service));
    if (!check) {
      fs.writeFileSync(schemaFile(service), types);
      process.stdout.write(`wrote ${file}\n`);
    } else if (!fs.existsSync(schemaFile(service)) || fs.readFileSync(schemaFile(service), 'utf8') !== types) {
      stale += 1;
      process.stdout.write(`${file} differs from the ${service} service's OpenAPI document: run node tools/build/api-types.cjs against npm start and commit the result\n`);
    }
  }
  if (stale) process.exit(1);
}

module.exports = { CONSOLE_SERVICES, apiTypes, schemaFile };
if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
