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
  /**
   * The audience every token meant for the platform carries (an audience mapper on the web client
   * and the service accounts puts it there); a token another client of the realm got is refused.
   */
  audience?: string;
}

export const PLATFORM_AUDIENCE = 'dangjian-platform';

export class InvalidTokenError extends Error {}

/** The realm's signing keys could not be fetched (Keycloak down or unreachable): nobody's token can be checked. */
export class KeysUnavailableError extends Error {}

/** How long one answer about the key endpoint stands (a burst of unknown key ids asks once). */
const KEYS_PROBE_MS = 5000;

export class TokenVerifier {
  private readonly grantManager: GrantManager;
  private readonly audience: string;
  private keysProbe?: { at: number; reachable: Promise<boolean> };

  constructor(private readonly options: TokenVerifierOptions) {
    this.audience = options.audience ?? PLATFORM_AUDIENCE;
    const keycloak = new Keycloak(
      {},
      {
        realm: options.realm,
        'auth-server-url': options.keycloakUrl,
        // keycloak-connect checks that the token's `aud` names its `resource`: the platform's audience.
        resource: this.audience,
        'verify-token-audience': true,
        'bearer-only': true,
        'min-time-between-jwks-requests': 10,
      },
    );
    this.grantManager = keycloak.grantManager;
  }

  /**
   * Verifies signature, expiry, issuer (this realm), audience and type; returns the principal it
   * names. KeysUnavailableError when the realm's keys cannot be fetched, InvalidTokenError otherwise.
   */
  async verify(token: string): Promise<Principal> {
    if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) throw new InvalidTokenError('malformed token');
    let parsed: KcToken;
    try {
      parsed = new Token(token, this.audience);
    } catch {
      throw new InvalidTokenError('malformed token');
    }
    try {
      const verified = await this.grantManager.validateToken(parsed, 'Bearer');
      return principalFromClaims(verified.content, token);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // An unknown key id, or keys that could not be fetched: only asking the key endpoint tells which.
      if (message.startsWith('failed to load public key') && !(await this.keysReachable())) {
        throw new KeysUnavailableError(message);
      }
      throw new InvalidTokenError(message);
    }
  }

  private keysReachable(): Promise<boolean> {
    if (!this.keysProbe || Date.now() - this.keysProbe.at > KEYS_PROBE_MS) {
      const url = `${this.options.keycloakUrl}/realms/${this.options.realm}/protocol/openid-connect/certs`;
      const reachable = fetch(url, { signal: AbortSignal.timeout(3000) }).then(
        (res) => res.ok,
        () => false,
      );
      this.keysProbe = { at: Date.now(), reachable };
    }
    return this.keysProbe.reachable;
  }
}

/** Reads `Bearer <token>` from an Authorization header value. */
export function bearerToken(header: string | undefined | null): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
