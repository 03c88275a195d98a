module.exports = require('../../jest.preset').jestConfig('apps/notification', 'int');
