module.exports = require('../../jest.preset').jestConfig('libs/domain-identifiers', 'int');
