module.exports = require('../../jest.preset').jestConfig('libs/domain-organization', 'unit');
