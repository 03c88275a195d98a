import * as net from 'node:net';
import { REALM, keycloakUrl, serviceToken, tokenRequest, userToken } from '@dangjian/testing';
import { InvalidTokenError, KeysUnavailableError, TokenVerifier } from './token-verifier';

/** A TCP relay to Keycloak that a test can cut, as an outage between a service and Keycloak. */
class KeycloakLink {
  private readonly sockets = new Set<net.Socket>();
  private server?: net.Server;
  port = 0;

  async open(): Promise<void> {
    const target = new URL(keycloakUrl());
    this.server = net.createServer((client) => {
      const upstream = net.connect(Number(target.port), target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }
}

describe('TokenVerifier against the real Keycloak', () => {
  const verifier = () => new TokenVerifier({ keycloakUrl: keycloakUrl(), realm: REALM });

  it('should accept the platform’s tokens: a user’s through a platform client, and a service account’s', async () => {
    const v = verifier();
    await expect(v.verify(await userToken('park.admin.edz'))).resolves.toMatchObject({ username: 'park.admin.edz', kind: 'user' });
    await expect(v.verify(await serviceToken('organization'))).resolves.toMatchObject({ kind: 'service' });
  });

  it('should refuse a valid token of the realm that another client got, without the platform audience', async () => {
    const foreign = await userToken('county.admin', 'dangjian-test-foreign');
    await expect(verifier().verify(foreign)).rejects.toThrow(new InvalidTokenError('invalid token (wrong audience)'));
  });

  it('should tell keys it cannot fetch (Keycloak unreachable) from a bad token, and recover when Keycloak is back', async () => {
    const link = new KeycloakLink();
    await link.open();
    // Issued through the link, so the issuer is the address this service knows Keycloak by.
    const token = await tokenRequest(REALM, { grant_type: 'password', client_id: 'dangjian-dev-cli', username: 'auditor', password: 'Dangjian-dev-2026' }, link.url);
    const v = new TokenVerifier({ keycloakUrl: link.url, realm: REALM });
    await link.cut();
    await expect(v.verify(token)).rejects.toBeInstanceOf(KeysUnavailableError);
    await link.open();
    await new Promise((resolve) => setTimeout(resolve, 5100)); // the last answer about the key endpoint lapses
    await expect(v.verify(token)).resolves.toMatchObject({ username: 'auditor' });
    // A token signed with a key the realm never had is a bad token, not an outage.
    const [header, payload, signature] = token.split('.');
    const otherKey = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(header, 'base64url').toString()), kid: 'not-a-key-of-this-realm' })).toString('base64url');
    await expect(v.verify(`${otherKey}.${payload}.${signature}`)).rejects.toBeInstanceOf(InvalidTokenError);
    await link.cut();
  });
});
