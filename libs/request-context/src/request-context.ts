import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Who is behind a request, as far as the layers below authentication need to know. */
export interface ContextPrincipal {
  kind: 'user' | 'service';
  id: string;
  username: string;
  roles: readonly string[];
  /** Org paths (Keycloak group paths) the principal may act in. */
  scopes: readonly string[];
  /** The verified bearer token, forwarded on calls made on the principal's behalf. */
  token: string;
}

/** What follows one request through HTTP, NATS and logs. */
export interface RequestContextData {
  requestId: string;
  /** Set by the auth guard once the bearer token is verified. */
  principal?: ContextPrincipal;
}

const storage = new AsyncLocalStorage<RequestContextData>();

export const RequestContext = {
  run<T>(data: RequestContextData, fn: () => T): T {
    return storage.run(data, fn);
  },
  current(): RequestContextData | undefined {
    return storage.getStore();
  },
  requestId(): string | undefined {
    return storage.getStore()?.requestId;
  },
  principal(): ContextPrincipal | undefined {
    return storage.getStore()?.principal;
  },
  /** The guard runs inside the context the middleware opened; it fills in the principal. */
  setPrincipal(principal: ContextPrincipal): void {
    const store = storage.getStore();
    if (store) store.principal = principal;
  },
  /** A given id if it is safe to log and forward, else a fresh one. */
  normalizeId(candidate: unknown): string {
    return typeof candidate === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(candidate) ? candidate : randomUUID();
  },
};
