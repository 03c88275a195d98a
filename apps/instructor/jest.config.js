module.exports = require('../../jest.preset').jestConfig('apps/instructor', 'unit');
