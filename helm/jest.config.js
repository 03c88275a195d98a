module.exports = require('../jest.preset').jestConfig('helm', 'unit');
