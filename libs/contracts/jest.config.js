module.exports = require('../../jest.preset').jestConfig('libs/contracts', 'unit');
