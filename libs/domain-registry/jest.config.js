module.exports = require('../../jest.preset').jestConfig('libs/domain-registry', 'unit');
