import { ContextPrincipal } from '@dangjian/request-context';
import { Role, isRole } from './roles';
import { minimalScopes } from './scope';

export interface Principal extends ContextPrincipal {
  roles: readonly Role[];
}

/** The claims we read from a Keycloak access token. */
export interface AccessTokenClaims {
  sub?: string;
  preferred_username?: string;
  azp?: string;
  realm_access?: { roles?: string[] };
  groups?: string[];
}

export function principalFromClaims(claims: AccessTokenClaims, token: string): Principal {
  const username = claims.preferred_username ?? claims.sub ?? 'unknown';
  return {
    kind: username.startsWith('service-account-') ? 'service' : 'user',
    id: claims.sub ?? username,
    username,
    roles: (claims.realm_access?.roles ?? []).filter(isRole),
    scopes: minimalScopes((claims.groups ?? []).filter((g) => g.startsWith('/'))),
    token,
  };
}
