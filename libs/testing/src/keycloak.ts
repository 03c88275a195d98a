import { requiredEnv } from './mongo';

/** Demo users of the realm's development overlay (deploy/keycloak/dev); development passwords, never for production. */
export const DEMO_PASSWORD = 'Dangjian-dev-2026';
export const DEMO_USERS = {
  countyAdmin: 'county.admin',
  parkAdminEdz: 'park.admin.edz',
  parkAdminHtp: 'park.admin.htp',
  townshipAdmin: 'township.admin',
  generalBranchSecretary: 'gb.secretary',
  branchSecretary: 'branch.secretary',
  instructor: 'instructor',
  liaison: 'liaison',
  member: 'member',
  auditor: 'auditor',
} as const;
export type DemoUser = (typeof DEMO_USERS)[keyof typeof DEMO_USERS];

export const REALM = 'dangjian';

export function keycloakUrl(): string {
  return requiredEnv('KEYCLOAK_URL');
}

/** A token from the realm's token endpoint, at `baseUrl` (the Keycloak the tests started unless given). */
export async function tokenRequest(realm: string, form: Record<string, string>, baseUrl = keycloakUrl()): Promise<string> {
  const res = await fetch(`${baseUrl}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams(form),
  });
  if (!res.ok) throw new Error(`token request for ${form.username ?? form.client_id} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** A real access token for a demo user, by password grant through the dev CLI client. */
export function userToken(username: DemoUser, clientId: 'dangjian-dev-cli' | 'dangjian-test-short-lived' | 'dangjian-test-foreign' = 'dangjian-dev-cli'): Promise<string> {
  return tokenRequest(REALM, { grant_type: 'password', client_id: clientId, username, password: DEMO_PASSWORD });
}

/** A service account's token (client credentials). */
export function serviceToken(service: string): Promise<string> {
  return tokenRequest(REALM, { grant_type: 'client_credentials', client_id: `svc-${service}`, client_secret: `dev-secret-${service}` });
}

/** The environment a service needs to verify tokens of the demo realm. */
export function keycloakEnv(service: string): Record<string, string> {
  return { KEYCLOAK_URL: keycloakUrl(), KEYCLOAK_REALM: REALM, KEYCLOAK_CLIENT_SECRET: `dev-secret-${service}` };
}
