import { Injectable } from '@nestjs/common';
import { Observable } from 'rxjs';
import { ConnectionOptions, NatsConnection, connect } from 'nats';
import { ServiceName, natsInboxPrefix } from '@dangjian/contracts';

export const NATS_CONNECTION = Symbol('NATS_CONNECTION');

/**
 * Every NATS connection of a service (JetStream, the request/reply client, the microservice
 * server) reconnects without limit, 1–2 s apart (jittered so replicas do not return in step): a
 * broker outage of any length ends without a restart. nats.js gives up after 10 attempts by default.
 */
export const NATS_RECONNECT: Partial<ConnectionOptions> = {
  maxReconnectAttempts: -1,
  reconnectTimeWait: 1000,
  reconnectJitter: 1000,
  waitOnFirstConnect: true,
};

/** How a service logs in to NATS: its own user, and TLS when the deployment turns it on. */
export interface NatsLogin {
  user?: string;
  password?: string;
  tls?: { caFile?: string; certFile?: string; keyFile?: string };
}

/**
 * Options of every NATS connection of a service: reconnection, its login, and its own reply inbox
 * prefix (the server lets only this service subscribe there, so no other reads its answers).
 */
export function natsClientOptions(service: ServiceName, login: NatsLogin = {}): Partial<ConnectionOptions> {
  if (!login.user !== !login.password) throw new Error('NATS_USER and NATS_PASSWORD go together: set both or neither');
  const tls = login.tls && Object.values(login.tls).some(Boolean) ? login.tls : undefined;
  return {
    ...NATS_RECONNECT,
    inboxPrefix: natsInboxPrefix(service),
    ...(login.user ? { user: login.user, pass: login.password } : {}),
    ...(tls ? { tls } : {}),
  };
}

/** One client connection per process for JetStream and health. */
export async function connectNats(servers: string, name: string, extra: Partial<ConnectionOptions> = {}): Promise<NatsConnection> {
  return connect({ servers: servers.split(','), name, ...NATS_RECONNECT, ...extra });
}

/**
 * The state of each NATS link the service needs, as the links report it, for readiness: a
 * service whose request/reply client or server is cut off answers 503 until it is back.
 */
@Injectable()
export class NatsLinks {
  private readonly states = new Map<string, string>();

  /** Follows a link's status (Nest's `status` of a NATS client or server); 'connecting' until it first reports. */
  track(name: string, status: Observable<string>): void {
    this.states.set(name, 'connecting');
    status.subscribe((state) => this.states.set(name, state));
  }

  /** The links not connected now, with their state. */
  down(): Record<string, string> {
    return Object.fromEntries([...this.states].filter(([, state]) => state !== 'connected'));
  }
}
