import { principalFromClaims } from './principal';
import { bearerToken } from './token-verifier';

describe('principalFromClaims', () => {
  it('should read id, roles and scopes, ignoring roles the platform does not know', () => {
    const principal = principalFromClaims(
      {
        sub: 'u-1',
        preferred_username: 'park.admin.edz',
        realm_access: { roles: ['park-admin', 'offline_access', 'default-roles-dangjian'] },
        groups: ['/demo-county/econ-dev-zone', '/demo-county/econ-dev-zone/machinery-gb'],
      },
      'tkn',
    );
    expect(principal).toEqual({
      kind: 'user',
      id: 'u-1',
      username: 'park.admin.edz',
      roles: ['park-admin'],
      scopes: ['/demo-county/econ-dev-zone'],
      token: 'tkn',
    });
  });

  it('should recognise a service account and give a user without groups no scope', () => {
    const principal = principalFromClaims({ sub: 's', preferred_username: 'service-account-svc-registry' }, 't');
    expect(principal.kind).toBe('service');
    expect(principal.scopes).toEqual([]);
    expect(principal.roles).toEqual([]);
  });
});

describe('bearerToken', () => {
  it('should read the token of a Bearer header only', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
  });
});
