// Bearer token verification through keycloak-connect, kept behind this file so it can be swapped.
// The realm's signing keys are fetched once (JWKS) and cached; no call to Keycloak per request.
import { AccessTokenClaims, Principal, principalFromClaims } from './principal';

/* eslint-disable @typescript-eslint/no-require-imports -- keycloak-connect's internals ship no typings */
const Keycloak = require('keycloak-connect') as new (options: object, config: object) => { grantManager: GrantManager };
const Token = require('keycloak-connect/middleware/auth-utils/token') as new (token: string, clientId: string) => KcToken;
/* eslint-enable @typescript-eslint/no-require-imports */

interface KcToken {
  content: AccessTokenClaims & { typ?: string };
}
interface GrantManager {
  validateToken(token: KcToken, expectedType: string): Promise<KcToken>;
}

export interface TokenVerifierOptions {
  /** Base URL of Keycloak as the tokens' issuer names it, e.g. http://127.0.0.1:8080 */
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export class InvalidTokenError extends Error {}

export class TokenVerifier {
  private readonly grantManager: GrantManager;

  constructor(private readonly options: TokenVerifierOptions) {
    const keycloak = new Keycloak(
      {},
      {
        realm: options.realm,
        'auth-server-url': options.keycloakUrl,
        resource: options.clientId,
        'bearer-only': true,
        'min-time-between-jwks-requests': 10,
      },
    );
    this.grantManager = keycloak.grantManager;
  }

  /** Verifies signature, expiry, issuer (this realm) and type; returns the principal it names. */
  async verify(token: string): Promise<Principal> {
    if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) throw new InvalidTokenError('malformed token');
    let parsed: KcToken;
    try {
      parsed = new Token(token, this.options.clientId);
    } catch {
      throw new InvalidTokenError('malformed token');
    }
    try {
      const verified = await this.grantManager.validateToken(parsed, 'Bearer');
      return principalFromClaims(verified.content, token);
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : String(error));
    }
  }
}

/** Reads `Bearer <token>` from an Authorization header value. */
export function bearerToken(header: string | undefined | null): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
