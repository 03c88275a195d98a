const base = require('../../jest.preset').jestConfig('libs/testing', 'int');
module.exports = { ...base, globals: { infra: ['keycloak'] } };
