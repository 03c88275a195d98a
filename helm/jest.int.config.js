// The chart's checks need no servers: helm, kubernetes-validate and hadolint only (npm test installs them).
const config = require('../jest.preset').jestConfig('helm', 'int');
delete config.globalSetup;
delete config.globalTeardown;
module.exports = config;
