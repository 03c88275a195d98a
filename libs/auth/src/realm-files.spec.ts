import * as fs from 'node:fs';
import * as path from 'node:path';
import { PLATFORM_AUDIENCE } from './token-verifier';

interface Client {
  clientId: string;
  publicClient?: boolean;
  directAccessGrantsEnabled?: boolean;
  secret?: string;
  protocolMappers?: { protocolMapper: string; config: Record<string, string> }[];
}
interface Realm {
  realm: string;
  clients: Client[];
  users: { username: string; credentials?: unknown[]; groups?: string[] }[];
  groups?: unknown[];
}

const KEYCLOAK_DIR = path.resolve(__dirname, '../../../deploy/keycloak');
const production = JSON.parse(fs.readFileSync(path.join(KEYCLOAK_DIR, 'dangjian.realm.json'), 'utf8')) as Realm;
const overlay = JSON.parse(fs.readFileSync(path.join(KEYCLOAK_DIR, 'dev', 'dangjian.overlay.json'), 'utf8')) as Partial<Realm>;
const audienceOf = (client: Client) =>
  client.protocolMappers?.filter((m) => m.protocolMapper === 'oidc-audience-mapper').map((m) => m.config['included.custom.audience']) ?? [];

describe('the realm production imports', () => {
  it('should give every client the platform audience', () => {
    for (const client of production.clients) expect([client.clientId, audienceOf(client)]).toEqual([client.clientId, [PLATFORM_AUDIENCE]]);
  });

  it('should hold no password grant, no known secret, no demo user and no demo group', () => {
    expect(production.clients.filter((c) => c.directAccessGrantsEnabled).map((c) => c.clientId)).toEqual([]);
    expect(production.clients.filter((c) => c.secret).map((c) => c.clientId)).toEqual([]);
    expect(production.users.every((u) => u.username.startsWith('service-account-') && !u.credentials && !u.groups)).toBe(true);
    expect(production.groups ?? []).toEqual([]);
  });
});

describe('the development overlay', () => {
  it('should be for the same realm and add the demo users, the demo county and the development clients', () => {
    expect(overlay.realm).toBe(production.realm);
    expect(overlay.users?.some((u) => u.username === 'county.admin')).toBe(true);
    expect(overlay.groups?.length).toBeGreaterThan(0);
    expect(overlay.clients?.map((c) => c.clientId)).toEqual(expect.arrayContaining(['dangjian-dev-cli', 'dangjian-test-foreign']));
  });

  it('should leave the platform audience off the one client that stands for an application outside the platform', () => {
    const withoutAudience = (overlay.clients ?? []).filter((c) => c.protocolMappers && audienceOf(c).length === 0).map((c) => c.clientId);
    expect(withoutAudience).toEqual(['dangjian-test-foreign']);
  });
});
