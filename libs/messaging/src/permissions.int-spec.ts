import { NatsConnection, connect } from 'nats';
import { eventStreamName, natsInboxPrefix } from '@dangjian/contracts';
import { DedicatedNats, connectTestNats, serviceNatsEnv } from '@dangjian/testing';
import { natsClientOptions } from './nats-connection';
import { ensureAllStreams } from './streams';

/** Whether the server refuses the subscription: it answers a permissions violation, which ends the subscription. */
async function subscriptionRefused(nc: NatsConnection, subject: string): Promise<boolean> {
  const sub = nc.subscribe(subject);
  const refused = (async () => {
    try {
      for await (const _ of sub) return false;
      return false;
    } catch (error) {
      return /permissions violation/i.test((error as Error).message);
    }
  })();
  await nc.flush();
  const answer = await Promise.race([refused, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000))]);
  sub.unsubscribe();
  return answer;
}

describe('NATS permissions of the services (deploy/nats/permissions.cjs, on a server deploy/local configures)', () => {
  let server: DedicatedNats;
  let admin: NatsConnection;
  const connections: NatsConnection[] = [];
  const as = async (service: 'registry' | 'organization') => {
    const env = serviceNatsEnv(service);
    const nc = await connect({ servers: server.url, ...natsClientOptions(service, { user: env.NATS_USER, password: env.NATS_PASSWORD }), maxReconnectAttempts: 0 });
    connections.push(nc);
    return nc;
  };
  const messagesIn = async (service: 'registry' | 'organization') => (await (await admin.jetstreamManager()).streams.info(eventStreamName(service))).state.messages;

  beforeAll(async () => {
    server = await DedicatedNats.start();
    admin = await connectTestNats(server.url);
    await ensureAllStreams(await admin.jetstreamManager());
  });
  afterAll(async () => {
    await Promise.all(connections.map((nc) => nc.close()));
    await admin.close();
    await server.stop();
  });

  it('should refuse a connection without a login, or with a wrong password', async () => {
    await expect(connect({ servers: server.url, maxReconnectAttempts: 0 })).rejects.toThrow(/authorization/i);
    await expect(connect({ servers: server.url, user: 'registry', pass: 'guess', maxReconnectAttempts: 0 })).rejects.toThrow(/authorization/i);
  });

  it('should let a service publish into its own stream and no other', async () => {
    const organization = await as('organization');
    const js = organization.jetstream();
    await js.publish('evt.organization.org-unit.created.v1', '{}');
    expect(await messagesIn('organization')).toBe(1);
    // Forged audit rows or registrations in registry's stream: refused by the server.
    await expect(js.publish('evt.registry.audit.recorded.v1', '{}', { timeout: 2000 })).rejects.toThrow(/permissions violation|timeout/i);
    expect(await messagesIn('registry')).toBe(0);
  });

  it('should let a service call only the requests it needs, and read no other service’s requests or replies', async () => {
    const organization = await as('organization');
    const registry = await as('registry');
    // Registry answers its ping; organization may ask it, but not call registry's other subjects.
    registry.subscribe('registry.system.ping', { queue: 'registry', callback: (_error, msg) => msg.respond('pong') });
    await registry.flush();
    expect((await organization.request('registry.system.ping', '', { timeout: 2000 })).string()).toBe('pong');
    await expect(organization.request('registry.enterprise.delete', '', { timeout: 2000 })).rejects.toThrow(/permissions violation|timeout|503/i);
    // Requests carry users' bearer tokens: no one but the service itself may listen on its subjects.
    expect(await subscriptionRefused(organization, 'registry.>')).toBe(true);
    expect(await subscriptionRefused(organization, '_INBOX.>')).toBe(true);
    expect(await subscriptionRefused(organization, `${natsInboxPrefix('registry')}.>`)).toBe(true);
    expect(await subscriptionRefused(organization, 'organization.org-unit.get')).toBe(false);
  });

  it('should let no service delete a stream or another service’s consumer', async () => {
    const organization = await as('organization');
    const jsm = await organization.jetstreamManager();
    await expect(jsm.streams.delete(eventStreamName('registry'))).rejects.toThrow(/permissions violation|timeout/i);
    expect((await (await admin.jetstreamManager()).streams.info(eventStreamName('registry'))).config.name).toBe('EVT_REGISTRY');
  });
});
