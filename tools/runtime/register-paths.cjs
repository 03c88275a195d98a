// Resolves the @dangjian/* path aliases in compiled output: `node -r ./tools/runtime/register-paths.cjs
// dist/apps/<svc>/apps/<svc>/src/main.js`. The aliases come from tsconfig.json, the base from the
// script's location (dist/apps/<svc>), or DANGJIAN_DIST_ROOT.
'use strict';
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');
const { paths } = require('../../tsconfig.json').compilerOptions;

const script = path.resolve(process.argv[1] || '.');
const marker = `${path.sep}apps${path.sep}`;
const derived = script.includes(marker) ? script.slice(0, script.lastIndexOf(marker)) : process.cwd();
tsconfigPaths.register({ baseUrl: process.env.DANGJIAN_DIST_ROOT || derived, paths, addMatchAll: false });
