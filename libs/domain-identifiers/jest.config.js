module.exports = require('../../jest.preset').jestConfig('libs/domain-identifiers', 'unit');
