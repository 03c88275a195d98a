module.exports = require('../../jest.preset').jestConfig('libs/messaging', 'int');
