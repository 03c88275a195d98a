module.exports = require('../../jest.preset').jestConfig('apps/registry', 'unit');
