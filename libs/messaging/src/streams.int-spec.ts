import { NatsConnection, nanos } from 'nats';
import { eventStreamName } from '@dangjian/contracts';
import { DedicatedNats, connectTestNats } from '@dangjian/testing';
import { ensureAllStreams, serviceStreamConfig } from './streams';

const DAY_NS = nanos(24 * 60 * 60 * 1000);

describe('ensureAllStreams', () => {
  let server: DedicatedNats;
  let nc: NatsConnection;

  beforeAll(async () => {
    server = await DedicatedNats.start();
    nc = await connectTestNats(server.url);
  });
  afterAll(async () => {
    await nc.close();
    await server.stop();
  });

  it('should create each stream with our defaults, and leave the settings an operator changed as they are at the next start', async () => {
    const jsm = await nc.jetstreamManager();
    await ensureAllStreams(jsm);
    const name = eventStreamName('registry');
    expect((await jsm.streams.info(name)).config).toMatchObject({ max_age: 30 * DAY_NS, num_replicas: 1, subjects: ['evt.registry.>'] });

    const created = (await jsm.streams.info(name)).config;
    await jsm.streams.update(name, { ...created, max_age: 7 * DAY_NS, max_bytes: 1024 * 1024 * 1024 });
    await ensureAllStreams(jsm); // a service restarts
    expect((await jsm.streams.info(name)).config).toMatchObject({ max_age: 7 * DAY_NS, max_bytes: 1024 * 1024 * 1024, subjects: ['evt.registry.>'] });
  });

  it('should give a stream our subjects back when they were changed, keeping the rest', async () => {
    const jsm = await nc.jetstreamManager();
    const name = eventStreamName('organization');
    const config = (await jsm.streams.info(name)).config;
    await jsm.streams.update(name, { ...config, subjects: ['evt.organization.only-this.>'], max_msgs: 1_000_000 });
    await ensureAllStreams(jsm);
    expect((await jsm.streams.info(name)).config).toMatchObject({ subjects: ['evt.organization.>'], max_msgs: 1_000_000 });
  });

  it('should create new streams with the configured number of replicas', () => {
    expect(serviceStreamConfig('registry', { replicas: 3 }).num_replicas).toBe(3);
  });
});
