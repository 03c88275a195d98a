module.exports = require('../../jest.preset').jestConfig('libs/request-context', 'unit');
