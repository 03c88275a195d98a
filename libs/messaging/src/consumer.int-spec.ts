import { randomUUID } from 'node:crypto';
import { Connection, Model } from 'mongoose';
import { JetStreamManager, NatsConnection, headers as natsHeaders } from 'nats';
import { DEAD_LETTER_STREAM, EventEnvelope, HEADER_DEAD_LETTER_REASON, deadLetterSubject, eventStreamName, eventSubject } from '@dangjian/contracts';
import { connectTestNats, eventually, freshDatabase, readStream } from '@dangjian/testing';
import { DurableConsumer, EventHandler } from './consumer';
import { createEvent } from './events';
import { ensureAllStreams } from './streams';
import { ThingDoc, thingModel, uniqueThingEvent } from './__fixtures__/thing';

interface DeadLetter {
  data: string;
  reason: string | undefined;
}

async function deadLetters(nc: NatsConnection, subject: string): Promise<DeadLetter[]> {
  return (await readStream(nc, DEAD_LETTER_STREAM, subject)).map((msg) => ({ data: msg.string(), reason: msg.headers?.get(HEADER_DEAD_LETTER_REASON) }));
}

describe('DurableConsumer', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let connection: Connection;
  let things: Model<ThingDoc>;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  const consumers: DurableConsumer[] = [];

  beforeAll(async () => {
    nc = await connectTestNats();
    jsm = await nc.jetstreamManager();
    await ensureAllStreams(jsm);
  });
  afterAll(async () => nc.close());

  beforeEach(async () => {
    db = await freshDatabase('consumer');
    connection = db.connection;
    things = thingModel(connection);
    await things.create({ _id: 'counter', name: 'counter', count: 0 });
  });
  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((c) => c.stop()));
    await db.drop();
  });

  function consumerFor(type: string, handler: EventHandler, extra: Partial<ConstructorParameters<typeof DurableConsumer>[3]> = {}) {
    const durable = `test-${randomUUID().slice(0, 8)}`;
    const consumer = new DurableConsumer(nc.jetstream(), jsm, connection, {
      service: 'organization',
      stream: eventStreamName('registry'),
      durable,
      filterSubject: eventSubject(type),
      handler,
      maxAttempts: 3,
      backoffMs: 100,
      maxBackoffMs: 400,
      ...extra,
    });
    consumers.push(consumer);
    return consumer;
  }

  const incrementCounter: EventHandler = async () => {
    await things.updateOne({ _id: 'counter' }, { $inc: { count: 1 } });
  };
  const counter = async () => (await things.findById('counter').lean())?.count;

  it('should sweep its receipts of events older than the stream keeps, and no one else\'s', async () => {
    const consumer = consumerFor(uniqueThingEvent().type, incrementCounter);
    const receipts = connection.collection('event_receipts');
    const durable = (consumer as unknown as { options: { durable: string } }).options.durable;
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    await receipts.insertMany([
      { _id: `${durable}:old`, consumer: durable, eventId: 'old', type: 't', at: daysAgo(40) },
      { _id: `${durable}:recent`, consumer: durable, eventId: 'recent', type: 't', at: daysAgo(20) },
      { _id: 'other:old', consumer: 'other', eventId: 'old', type: 't', at: daysAgo(40) },
    ] as never[]);
    expect(await consumer.sweepReceipts()).toBe(1); // the stream keeps 30 days
    expect((await receipts.find({}).toArray()).map((r) => String(r._id)).sort()).toEqual(['other:old', `${durable}:recent`].sort());
  });

  it('should change state once when the same event is delivered twice', async () => {
    const def = uniqueThingEvent();
    const consumer = consumerFor(def.type, incrementCounter);
    await consumer.start();
    const event = createEvent('registry', def, { subject: 'x', data: { thingId: 'x', name: 'x' }, actor: { kind: 'system', id: 'test' } });
    // Two publishes of the same event with different message ids: what a redelivery beyond the
    // duplicate window looks like to the consumer.
    await nc.jetstream().publish(eventSubject(def.type), JSON.stringify(event), { msgID: `${event.id}-a` });
    await nc.jetstream().publish(eventSubject(def.type), JSON.stringify(event), { msgID: `${event.id}-b` });
    const info = await eventually(async () => {
      const i = await jsm.consumers.info(eventStreamName('registry'), consumer.durable);
      return i.ack_floor.stream_seq >= i.delivered.stream_seq && i.delivered.consumer_seq >= 2 ? i : undefined;
    }, 15_000, 'both deliveries acknowledged');
    expect(info.num_pending).toBe(0);
    expect(await counter()).toBe(1);
  });

  it('should retry a failing handler with backoff and apply the event once it succeeds', async () => {
    const def = uniqueThingEvent();
    const attempts: number[] = [];
    const consumer = consumerFor(def.type, async (event, context) => {
      attempts.push(context.deliveryCount);
      if (context.deliveryCount < 2) throw new Error('database briefly unavailable');
      await incrementCounter(event, context);
    });
    await consumer.start();
    const event = createEvent('registry', def, { subject: 'y', data: { thingId: 'y', name: 'y' }, actor: { kind: 'system', id: 'test' } });
    await nc.jetstream().publish(eventSubject(def.type), JSON.stringify(event), { msgID: event.id });
    await eventually(async () => (await counter()) === 1, 15_000, 'event applied');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(attempts).toEqual([1, 2]);
    expect(await counter()).toBe(1);
  });

  it('should park a poison message in dead-letter after the maximum attempts and keep consuming the rest', async () => {
    const def = uniqueThingEvent();
    const seen: string[] = [];
    let poisonAttempts = 0;
    const consumer = consumerFor(def.type, async (event, context) => {
      if (event.subject === 'poison') {
        poisonAttempts += 1;
        throw new Error('cannot handle this one');
      }
      seen.push(event.subject);
      await incrementCounter(event, context);
    });
    await consumer.start();
    const js = nc.jetstream();
    const make = (subject: string) => createEvent('registry', def, { subject, data: { thingId: subject, name: subject }, actor: { kind: 'system', id: 'test' } });
    await js.publish(eventSubject(def.type), 'not json at all {', { msgID: randomUUID() });
    await js.publish(eventSubject(def.type), JSON.stringify(make('poison')));
    for (const subject of ['g1', 'g2', 'g3']) await js.publish(eventSubject(def.type), JSON.stringify(make(subject)));

    // The good events are not held up behind the poison one's retries.
    await eventually(async () => (await counter()) === 3, 10_000, 'good events applied');
    expect(seen).toEqual(['g1', 'g2', 'g3']);

    const dlqSubject = deadLetterSubject('organization', consumer.durable);
    const parked = await eventually(async () => {
      const letters = await deadLetters(nc, dlqSubject);
      return letters.length === 2 ? letters : undefined;
    }, 15_000, 'two dead letters');
    expect(parked[0].data).toBe('not json at all {');
    expect(parked[0].reason).toBe('message is not JSON');
    expect((JSON.parse(parked[1].data) as EventEnvelope).subject).toBe('poison');
    expect(parked[1].reason).toBe('cannot handle this one');
    expect(poisonAttempts).toBe(3);
  });

  it('should dead-letter, unhandled, an envelope whose source or type does not belong to the stream it came from', async () => {
    const def = uniqueThingEvent();
    const handled: string[] = [];
    const consumer = consumerFor(def.type, async (event) => {
      handled.push(event.subject);
    });
    await consumer.start();
    const js = nc.jetstream();
    const genuine = createEvent('registry', def, { subject: 'genuine', data: { thingId: 'g', name: 'g' }, actor: { kind: 'system', id: 'test' } });
    // In registry's stream, claiming to come from organization (an org unit created, say).
    const forgedSource = { ...createEvent('registry', def, { subject: 'forged-source', data: { thingId: 'f', name: 'f' }, actor: { kind: 'system', id: 'test' } }), source: 'organization' };
    const forgedType = createEvent('registry', def, { subject: 'forged-type', data: { thingId: 'f', name: 'f' }, actor: { kind: 'system', id: 'test' } });
    await js.publish(eventSubject(def.type), JSON.stringify(forgedSource));
    await js.publish(eventSubject(def.type), JSON.stringify({ ...forgedType, type: `organization${def.type.slice('registry'.length)}` }));
    await js.publish(eventSubject(def.type), JSON.stringify(genuine));

    await eventually(async () => handled.includes('genuine'), 10_000, 'the genuine event handled');
    const parked = await eventually(async () => {
      const letters = await deadLetters(nc, deadLetterSubject('organization', consumer.durable));
      return letters.length === 2 ? letters : undefined;
    }, 10_000, 'two dead letters');
    expect(handled).toEqual(['genuine']);
    expect(parked[0].reason).toMatch(/^envelope from "organization" .* in EVT_REGISTRY, which holds only registry's events$/);
    expect(parked[1].reason).toMatch(/^envelope from "registry" \(type organization\.thing-.*\) in EVT_REGISTRY/);
  });

  it('should not have events redelivered while a slow handler works through them', async () => {
    const def = uniqueThingEvent();
    const handled: string[] = [];
    const consumer = consumerFor(
      def.type,
      async (event) => {
        // The first takes longer than the ack wait; together they take more than twice it.
        await new Promise((resolve) => setTimeout(resolve, handled.length === 0 ? 2500 : 500));
        handled.push(event.subject);
      },
      { ackWaitMs: 2000 },
    );
    await consumer.start();
    const js = nc.jetstream();
    const subjects = ['s1', 's2', 's3', 's4', 's5', 's6'];
    for (const subject of subjects) {
      await js.publish(eventSubject(def.type), JSON.stringify(createEvent('registry', def, { subject, data: { thingId: subject, name: subject }, actor: { kind: 'system', id: 'test' } })));
    }
    await eventually(async () => handled.length === subjects.length, 20_000, 'all handled');
    expect(handled).toEqual(subjects);
    const info = await jsm.consumers.info(eventStreamName('registry'), consumer.durable);
    expect(info.delivered.consumer_seq).toBe(subjects.length); // each delivered once: no redelivery
  });

  it('should keep the order of one stream for an ordered consumer, retrying a failed event before the next', async () => {
    const def = uniqueThingEvent();
    const handled: string[] = [];
    let failures = 0;
    const consumer = consumerFor(
      def.type,
      async (event) => {
        if (event.subject === 'o2' && failures < 2) {
          failures += 1;
          throw new Error('not yet');
        }
        handled.push(event.subject);
      },
      { ordered: true },
    );
    await consumer.start();
    const js = nc.jetstream();
    for (const subject of ['o1', 'o2', 'o3', 'o4']) {
      await js.publish(eventSubject(def.type), JSON.stringify(createEvent('registry', def, { subject, data: { thingId: subject, name: subject }, actor: { kind: 'system', id: 'test' } })));
    }
    await eventually(async () => handled.length === 4, 10_000, 'all handled');
    expect(handled).toEqual(['o1', 'o2', 'o3', 'o4']);
    expect(failures).toBe(2);
  });

  it('should receive events published while the consumer was stopped', async () => {
    const def = uniqueThingEvent();
    const consumer = consumerFor(def.type, incrementCounter);
    await consumer.start();
    await consumer.stop();
    const h = natsHeaders();
    for (const subject of ['a', 'b']) {
      const event = createEvent('registry', def, { subject, data: { thingId: subject, name: subject }, actor: { kind: 'system', id: 'test' } });
      await nc.jetstream().publish(eventSubject(def.type), JSON.stringify(event), { msgID: event.id, headers: h });
    }
    expect(await counter()).toBe(0);
    await consumer.start();
    await eventually(async () => (await counter()) === 2, 10_000, 'both events applied after restart');
  });
});
