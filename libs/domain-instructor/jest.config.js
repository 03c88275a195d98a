module.exports = require('../../jest.preset').jestConfig('libs/domain-instructor', 'unit');
