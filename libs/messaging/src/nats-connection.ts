import { ConnectionOptions, NatsConnection, connect } from 'nats';

export const NATS_CONNECTION = Symbol('NATS_CONNECTION');

/** One client connection per process for JetStream and health; reconnects forever. */
export async function connectNats(servers: string, name: string, extra: Partial<ConnectionOptions> = {}): Promise<NatsConnection> {
  return connect({
    servers: servers.split(','),
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    waitOnFirstConnect: true,
    ...extra,
  });
}
