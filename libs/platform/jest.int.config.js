module.exports = require('../../jest.preset').jestConfig('libs/platform', 'int');
