module.exports = require('../../jest.preset').jestConfig('libs/contracts', 'int');
