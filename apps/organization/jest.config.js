module.exports = require('../../jest.preset').jestConfig('apps/organization', 'unit');
