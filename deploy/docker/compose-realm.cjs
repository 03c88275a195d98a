// compose.yaml's one-shot step: the realm with its development overlay (demo users, the services' development client
// secrets) written where Keycloak imports it at start. Development only, as the overlay is.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { withOverlay } = require('../local/infra.cjs');

const dir = path.resolve(__dirname, '../keycloak');
const out = process.argv[2] ?? '/import';
const realm = JSON.parse(fs.readFileSync(path.join(dir, 'dangjian.realm.json'), 'utf8'));
const overlay = JSON.parse(fs.readFileSync(path.join(dir, 'dev', 'dangjian.overlay.json'), 'utf8'));
fs.writeFileSync(path.join(out, 'dangjian.json'), JSON.stringify(withOverlay(realm, overlay)));
process.stdout.write(`realm with the development overlay written to ${out}\n`);
