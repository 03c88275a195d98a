// The container's entry point: starts the service named by APP from its compiled output, with the @dangjian/*
// path aliases resolved (DANGJIAN_DIST_ROOT, set by the image, is where that output lives).
'use strict';
const path = require('node:path');

const app = process.env.APP;
if (!/^(registry|organization|instructor|assessment|notification)$/.test(app ?? '')) {
  process.stderr.write(`APP must name a service (registry, organization, instructor, assessment, notification), not ${app}\n`);
  process.exit(2);
}
process.env.DANGJIAN_DIST_ROOT ??= path.resolve(__dirname, '../../dist/apps', app);
require('./register-paths.cjs');
require(path.join(process.env.DANGJIAN_DIST_ROOT, 'apps', app, 'src', 'main.js'));
