module.exports = require('../../jest.preset').jestConfig('apps/assessment', 'unit');
