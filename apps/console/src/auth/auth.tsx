import Keycloak from 'keycloak-js';
import { createContext, useContext } from 'react';
import { Action, ResourceKind, allows } from '@dangjian/access';
import { ROLE_LABELS, Role, isRole } from '@dangjian/roles';

/** Where the console finds Keycloak: served by whoever serves the console (the dev launcher, the chart's Ingress). */
export interface ConsoleConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export type Resource = ResourceKind;

export interface Session {
  username: string;
  displayName: string;
  roles: Role[];
  /** Keycloak group paths: the org subtrees this user works in, e.g. `/demo-county/econ-dev-zone`. */
  scopes: string[];
  /** A valid access token, refreshed when it is about to expire. */
  token(): Promise<string>;
  logout(): void;
  /** Whether the role matrix lets any of this user's roles do `action` on `resource`. */
  can(resource: Resource, action?: Action): boolean;
  roleLabel: string;
}

interface TokenClaims {
  preferred_username?: string;
  name?: string;
  realm_access?: { roles?: string[] };
  groups?: string[];
}

/** Logs in through Keycloak (authorization code with PKCE, the realm's public client) and returns the session. */
export async function startSession(): Promise<Session> {
  const config = (await (await fetch('/config.json')).json()) as ConsoleConfig;
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false, responseMode: 'fragment' });
  const claims = (keycloak.tokenParsed ?? {}) as TokenClaims;
  const roles = (claims.realm_access?.roles ?? []).filter(isRole);
  const username = claims.preferred_username ?? 'unknown';
  return {
    username,
    displayName: claims.name || username,
    roles,
    scopes: (claims.groups ?? []).filter((g) => g.startsWith('/')),
    roleLabel: roles.map((r) => ROLE_LABELS[r]).join('、') || '无角色',
    async token() {
      await keycloak.updateToken(30).catch(() => keycloak.login());
      return keycloak.token ?? '';
    },
    logout() {
      void keycloak.logout({ redirectUri: window.location.origin + '/' });
    },
    can(resource, action = 'read') {
      return allows(roles, resource, action);
    },
  };
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}
