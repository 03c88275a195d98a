// Unit tests of the console's pure helpers (no DOM, no browser): the browser tests are in platform-e2e.
const path = require('node:path');
const base = require('../../jest.preset').jestConfig('apps/console', 'unit');
const libs = path.resolve(__dirname, '../../libs');
module.exports = {
  ...base,
  moduleNameMapper: {
    '^@dangjian/access$': path.join(libs, 'auth/src/role-matrix.ts'),
    '^@dangjian/roles$': path.join(libs, 'auth/src/roles.ts'),
  },
};
