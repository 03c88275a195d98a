#!/usr/bin/env node
// The console's typed API clients come from the services' own OpenAPI documents, never written by hand:
//   node tools/build/api-types.cjs [origin]   (default http://127.0.0.1:8080, i.e. a running `npm start`)
// writes apps/console/src/api/schema/<service>.ts with openapi-typescript. The OpenAPI e2e test compares
// these files with what the running services serve, so a changed API without regenerated types fails.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const CONSOLE_SERVICES = ['registry', 'organization'];
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
  const origin = process.argv[2] ?? 'http://127.0.0.1:8080';
  for (const service of CONSOLE_SERVICES) {
    const response = await fetch(`${origin}/api/${service}/docs-json`);
    if (!response.ok) throw new Error(`${service}: ${response.status} from ${origin}/api/${service}/docs-json`);
    fs.writeFileSync(schemaFile(service), await apiTypes(service, await response.json()));
    process.stdout.write(`wrote ${path.relative(process.cwd(), schemaFile(service))}\n`);
  }
}

module.exports = { CONSOLE_SERVICES, apiTypes, schemaFile };
if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
