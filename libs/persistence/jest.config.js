module.exports = require('../../jest.preset').jestConfig('libs/persistence', 'unit');
