import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './service-process';
import { requiredEnv } from './mongo';

interface RealmFile {
  realm: string;
  roles: { realm: { name: string }[] };
}

describe('Keycloak started by the harness', () => {
  const realmFile = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'deploy/keycloak/dangjian.realm.json'), 'utf8')) as RealmFile;
  const base = () => requiredEnv('KEYCLOAK_URL');

  async function adminToken(): Promise<string> {
    const res = await fetch(`${base()}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { access_token: string }).access_token;
  }

  it('should serve the realm from deploy/keycloak with its OpenID configuration', async () => {
    const res = await fetch(`${base()}/realms/${realmFile.realm}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const config = (await res.json()) as { issuer: string; jwks_uri: string };
    expect(config.issuer).toBe(`${base()}/realms/${realmFile.realm}`);
    const keys = (await (await fetch(config.jwks_uri)).json()) as { keys: unknown[] };
    expect(keys.keys.length).toBeGreaterThan(0);
  });

  it('should have imported every realm role the file declares', async () => {
    const token = await adminToken();
    const res = await fetch(`${base()}/admin/realms/${realmFile.realm}/roles`, { headers: { authorization: `Bearer ${token}` } });
    const names = ((await res.json()) as { name: string }[]).map((r) => r.name);
    for (const role of realmFile.roles.realm) expect(names).toContain(role.name);
  });
});
