module.exports = require('../../jest.preset').jestConfig('libs/auth', 'int');
