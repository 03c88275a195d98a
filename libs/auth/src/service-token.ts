/** The service's own token (client credentials), for calls and jobs not made on a user's behalf. */
export interface ServiceAccountOptions {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  clientSecret: string;
}

export class ServiceAccountTokens {
  private cached?: { token: string; expiresAt: number };
  private pending?: Promise<string>;

  constructor(private readonly options: ServiceAccountOptions) {}

  async token(): Promise<string> {
    if (this.cached && this.cached.expiresAt - 30_000 > Date.now()) return this.cached.token;
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async fetchToken(): Promise<string> {
    const { keycloakUrl, realm, clientId, clientSecret } = this.options;
    const res = await fetch(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) throw new Error(`service account ${clientId} could not get a token: ${res.status}`);
    const body = (await res.json()) as { access_token: string; expires_in: number };
    this.cached = { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
    return body.access_token;
  }
}
