module.exports = require('../../jest.preset').jestConfig('apps/notification', 'unit');
