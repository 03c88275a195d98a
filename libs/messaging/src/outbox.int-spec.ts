import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Connection, Model } from 'mongoose';
import { NatsConnection } from 'nats';
import { EventEnvelope, eventStreamName, eventSubject } from '@dangjian/contracts';
import { DedicatedNats, connectTestNats, eventually, freshDatabase, readStream, requiredEnv } from '@dangjian/testing';
import { updateVersioned } from '@dangjian/persistence';
import { createEvent } from './events';
import { HeldOutbox, OUTBOX_HELD_COLLECTION, OutboxRelay, pushEvents, withEvents, withPackedEvents } from './outbox';
import { ensureAllStreams } from './streams';
import { ThingDoc, thingModel, uniqueThingEvent } from './__fixtures__/thing';

const run = promisify(execFile);

/** Every event on the subject. */
async function messagesOn(nc: NatsConnection, subject: string): Promise<EventEnvelope[]> {
  return (await readStream(nc, eventStreamName('registry'), subject)).map((m) => m.json<EventEnvelope>());
}

describe('OutboxRelay', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let connection: Connection;
  let things: Model<ThingDoc>;

  beforeEach(async () => {
    db = await freshDatabase('outbox');
    connection = db.connection;
    things = thingModel(connection);
    await things.init();
  });
  afterEach(async () => db.drop());

  describe('with the NATS server down', () => {
    let nats: DedicatedNats;
    let nc: NatsConnection;
    beforeEach(async () => {
      nats = await DedicatedNats.start();
      nc = await connectTestNats(nats.url);
      await ensureAllStreams(await nc.jetstreamManager());
    });
    afterEach(async () => {
      await nc.close().catch(() => undefined);
      await nats.stop();
    });

    it('should deliver an event committed during the outage once NATS is back, exactly once', async () => {
      const def = uniqueThingEvent();
      const relay = new OutboxRelay(nc.jetstream(), { intervalMs: 200, publishTimeoutMs: 1000 });
      relay.register(things);
      relay.start();

      await nats.down();
      const event = createEvent('registry', def, { subject: 't1', data: { thingId: 't1', name: 'a' }, actor: { kind: 'system', id: 'test' } });
      await things.create(withEvents({ _id: 't1', name: 'a', count: 0 }, event));
      relay.nudge(things, 't1');

      // While NATS is down the event stays in the document's outbox.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const pending = await things.findById('t1').select('+_events').lean();
      expect(pending?._events?.map((e) => e.id)).toEqual([event.id]);

      await nats.up();
      await eventually(async () => {
        const doc = await things.findById('t1').select('+_events').lean();
        return doc?._events?.length === 0;
      }, 30_000, 'outbox drained');
      await relay.stop();

      const delivered = await messagesOn(nc, eventSubject(def.type));
      expect(delivered.map((e) => e.id)).toEqual([event.id]);
      expect(await relay.status()).toEqual({ held: 0, failing: [] });
    });

    it('should deliver, once, an event whose writer was killed after the write and before the publish', async () => {
      const def = uniqueThingEvent();
      const fixture = path.join(__dirname, '__fixtures__', 'write-then-die.ts');
      const child = await run(process.execPath, ['-r', '@swc-node/register', fixture, requiredEnv('MONGO_URL'), db.dbName, nats.url, def.type, 't2'], {
        cwd: path.resolve(__dirname, '../../..'),
      }).then(
        () => {
          throw new Error('the writer was expected to die by SIGKILL');
        },
        (error: { signal?: string; stdout: string }) => error,
      );
      expect(child.signal).toBe('SIGKILL');
      const eventId = child.stdout.trim();

      // The write committed, the event never left.
      expect(await messagesOn(nc, eventSubject(def.type))).toEqual([]);
      const stored = await things.findById('t2').select('+_events').lean();
      expect(stored?._events?.map((e) => e.id)).toEqual([eventId]);

      // The restarted service's relay publishes it.
      const relay = new OutboxRelay(nc.jetstream());
      relay.register(things);
      expect(await relay.runOnce()).toBe(1);
      expect(await relay.runOnce()).toBe(0);
      const delivered = await messagesOn(nc, eventSubject(def.type));
      expect(delivered.map((e) => e.id)).toEqual([eventId]);
    });

    it('should not publish twice when a relay died after publishing and before removing the event', async () => {
      const def = uniqueThingEvent();
      const event = createEvent('registry', def, { subject: 't3', data: { thingId: 't3', name: 'c' }, actor: { kind: 'system', id: 'test' } });
      await things.create(withEvents({ _id: 't3', name: 'c', count: 0 }, event));
      // The first relay got as far as the publish…
      await nc.jetstream().publish(eventSubject(def.type), JSON.stringify(event), { msgID: event.id });
      // …and the next one finds the event still pending.
      const relay = new OutboxRelay(nc.jetstream());
      relay.register(things);
      expect(await relay.runOnce()).toBe(1);
      const delivered = await messagesOn(nc, eventSubject(def.type));
      expect(delivered.map((e) => e.id)).toEqual([event.id]);
    });
  });

  describe('with NATS up', () => {
    let nc: NatsConnection;
    beforeAll(async () => {
      nc = await connectTestNats();
      await ensureAllStreams(await nc.jetstreamManager());
    });
    afterAll(async () => nc.close());

    it('should publish the events of one document in the order they were written', async () => {
      const def = uniqueThingEvent();
      const id = randomUUID();
      const make = (name: string) => createEvent('registry', def, { subject: id, data: { thingId: id, name }, actor: { kind: 'system', id: 'test' } });
      const first = make('one');
      await things.create(withEvents({ _id: id, name: 'one', count: 0 }, first));
      const second = make('two');
      const third = make('three');
      await things.updateOne({ _id: id }, pushEvents<ThingDoc>({ $set: { name: 'three' } }, second, third));

      const relay = new OutboxRelay(nc.jetstream());
      relay.register(things);
      expect(await relay.runOnce()).toBe(3);
      const delivered = await messagesOn(nc, eventSubject(def.type));
      expect(delivered.map((e) => e.data)).toEqual([
        { thingId: id, name: 'one' },
        { thingId: id, name: 'two' },
        { thingId: id, name: 'three' },
      ]);
      const doc = await things.findById(id).lean();
      expect(doc?.name).toBe('three');
      expect(doc).not.toHaveProperty('_events'); // hidden from ordinary reads
    });

    it('should lose no update made while the relay removes published events from the same document', async () => {
      const def = uniqueThingEvent();
      const relay = new OutboxRelay(nc.jetstream());
      relay.register(things);
      for (let i = 0; i < 25; i++) {
        const id = `race-${i}`;
        const make = () => createEvent('registry', def, { subject: id, data: { thingId: id, name: 'x' }, actor: { kind: 'system', id: 'test' } });
        await things.create(withEvents({ _id: id, name: 'before', count: 0 }, make(), make()));
        await Promise.all([relay.runOnce(), updateVersioned(things, id, 0, { $set: { name: 'after' }, $inc: { count: 1 } })]);
        await relay.runOnce();
        const doc = await things.findById(id).select('+_events').lean();
        expect(doc).toMatchObject({ name: 'after', count: 1, __v: 1 });
        expect(doc?._events).toEqual([]);
      }
    });

    it('should publish, from the hint alone, events written while the relay was busy with the same document', async () => {
      const def = uniqueThingEvent();
      const relay = new OutboxRelay(nc.jetstream(), { intervalMs: 100, fullScanIntervalMs: 3_600_000 });
      relay.register(things);
      const id = randomUUID();
      const make = (name: string) => createEvent('registry', def, { subject: id, data: { thingId: id, name }, actor: { kind: 'system', id: 'test' } });
      await relay.runOnce(); // the one full scan, done before anything is written
      relay.start();
      await things.create(withEvents({ _id: id, name: 'a', count: 0 }, make('a'), make('b')));
      relay.nudge(things, id);
      // Written while the relay is publishing the first two, and named again.
      await updateVersioned(things, id, 0, pushEvents<ThingDoc>({ $set: { name: 'c' } }, make('c')));
      relay.nudge(things, id);
      const delivered = await eventually(async () => {
        const found = await messagesOn(nc, eventSubject(def.type));
        return found.length === 3 ? found : undefined;
      }, 10_000, 'three events published without a full scan');
      await relay.stop();
      expect(delivered.map((e) => (e.data as { name: string }).name)).toEqual(['a', 'b', 'c']);
    });

    it('should delete a carrier document once its events are published, and keep ordinary ones', async () => {
      const def = uniqueThingEvent();
      const make = (id: string) => createEvent('registry', def, { subject: id, data: { thingId: id, name: 'x' }, actor: { kind: 'system', id: 'test' } });
      const carriers = thingModel(connection, 'carriers');
      const relay = new OutboxRelay(nc.jetstream());
      relay.register(carriers, { deleteWhenPublished: true });
      relay.register(things);
      await carriers.create(withPackedEvents({ _id: 'batch-1', name: 'x', count: 0 }, [make('c1'), make('c2')]));
      await carriers.create(withEvents({ _id: 'batch-2', name: 'x', count: 0 }, make('c3')));
      await things.create(withEvents({ _id: 'kept', name: 'x', count: 0 }, make('k1')));
      expect(await relay.runOnce()).toBe(4);
      expect((await messagesOn(nc, eventSubject(def.type))).map((e) => e.subject)).toEqual(expect.arrayContaining(['c1', 'c2', 'c3', 'k1']));
      expect(await carriers.countDocuments()).toBe(0);
      expect(await things.findById('kept').select('+_events').lean()).toMatchObject({ _id: 'kept', _events: [] });
    });

    it('should set aside, with the reason, a document whose events cannot be published, while the rest flows', async () => {
      const def = uniqueThingEvent();
      const make = (id: string, name = 'x', type = def) => createEvent('registry', type, { subject: id, data: { thingId: id, name }, actor: { kind: 'system', id: 'test' } });
      const relay = new OutboxRelay(nc.jetstream(), { intervalMs: 50, maxAttempts: 3 });
      relay.register(things);
      // No stream takes this subject, and this one is over the server's maximum payload.
      const unrouted = make('poison-1', 'x', { ...def, type: `nobody${def.type.slice('registry'.length)}` });
      const tooLarge = make('poison-2', 'x'.repeat(2 * 1024 * 1024));
      await things.create(withEvents({ _id: 'poison-1', name: 'x', count: 0 }, unrouted));
      await things.create(withEvents({ _id: 'poison-2', name: 'x', count: 0 }, tooLarge));
      // Packed events outside a carrier collection would never be removed.
      await things.create(withPackedEvents({ _id: 'poison-3', name: 'x', count: 0 }, [make('poison-3')]));
      relay.start();
      const good: string[] = [];
      for (let i = 0; (await relay.status()).held < 3; i++) {
        if (i > 200) throw new Error(`not set aside: ${JSON.stringify(await relay.status())}`);
        const event = make(`good-${i}`);
        good.push(event.id);
        await things.create(withEvents({ _id: `good-${i}`, name: 'x', count: 0 }, event));
        relay.nudge(things, `good-${i}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await eventually(async () => (await messagesOn(nc, eventSubject(def.type))).length === good.length, 10_000, 'the rest published');
      await relay.stop();

      expect((await messagesOn(nc, eventSubject(def.type))).map((e) => e.id).sort()).toEqual([...good].sort());
      const held = await connection.collection<HeldOutbox>(OUTBOX_HELD_COLLECTION).find().sort({ _id: 1 }).toArray();
      expect(held.map((h) => [h.documentId, h.attempts])).toEqual([['poison-1', 3], ['poison-2', 3], ['poison-3', 3]]);
      expect(held[0].reason).toMatch(/503|no responders/i);
      expect(held[1].reason).toMatch(/MAX_PAYLOAD/i);
      expect(held[2].reason).toMatch(/packed events outside a carrier collection/);
      expect((held[0].events[0] as EventEnvelope).id).toBe(unrouted.id);
      for (const id of ['poison-1', 'poison-2', 'poison-3']) expect((await things.findById(id).select('+_events').lean())?._events).toEqual([]);
      expect((await relay.status()).failing).toEqual([]);
    });

    it('should set nothing aside while NATS refuses every publish', async () => {
      const def = uniqueThingEvent();
      const make = (id: string) => createEvent('registry', def, { subject: id, data: { thingId: id, name: 'x' }, actor: { kind: 'system', id: 'test' } });
      const closed = await connectTestNats();
      const relay = new OutboxRelay(closed.jetstream(), { maxAttempts: 2, publishTimeoutMs: 500 });
      relay.register(things);
      for (let i = 0; i < 3; i++) await things.create(withEvents({ _id: `o${i}`, name: 'x', count: 0 }, make(`o${i}`)));
      await closed.close();
      for (let i = 0; i < 5; i++) await expect(relay.runOnce()).rejects.toThrow();
      expect((await relay.status()).held).toBe(0);
      expect(await things.countDocuments({ '_events.0': { $exists: true } })).toBe(3);
    });

    it('should let two relays drain the same outbox without duplicates', async () => {
      const def = uniqueThingEvent();
      const events = [];
      for (let i = 0; i < 20; i++) {
        const event = createEvent('registry', def, { subject: `m${i}`, data: { thingId: `m${i}`, name: 'x' }, actor: { kind: 'system', id: 'test' } });
        events.push(event.id);
        await things.create(withEvents({ _id: `m${i}`, name: 'x', count: 0 }, event));
      }
      const a = new OutboxRelay(nc.jetstream());
      const b = new OutboxRelay(nc.jetstream());
      a.register(things);
      b.register(things);
      await Promise.all([a.runOnce(), b.runOnce()]);
      const delivered = await messagesOn(nc, eventSubject(def.type));
      expect(delivered.map((e) => e.id).sort()).toEqual([...events].sort());
    });
  });
});
