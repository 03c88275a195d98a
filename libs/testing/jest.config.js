module.exports = require('../../jest.preset').jestConfig('libs/testing', 'unit');
