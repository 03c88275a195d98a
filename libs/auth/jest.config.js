module.exports = require('../../jest.preset').jestConfig('libs/auth', 'unit');
