// End-to-end: the five services run as real processes from their build, against real servers.
const base = require('../../jest.preset').jestConfig('apps/platform-e2e', 'int');
module.exports = {
  ...base,
  displayName: 'platform-e2e',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  testTimeout: 180_000,
  testSequencer: '<rootDir>/../../tools/testing/e2e-sequencer.cjs',
  globals: { infra: ['nats', 'mongo', 'keycloak'] },
};
