// Child process for the crash test: commits a change with its event, then dies by SIGKILL before the
// relay publishes it. Prints the event id first so the test knows what to look for.
import mongoose from 'mongoose';
import { connect } from 'nats';
import { defineEvent } from '@dangjian/contracts';
import { createEvent } from '../events';
import { OutboxRelay, withEvents } from '../outbox';
import { thingChangedSchema, thingModel } from './thing';

async function main(): Promise<void> {
  const [mongoUrl, dbName, natsUrl, eventType, thingId] = process.argv.slice(2);
  const connection = await mongoose.createConnection(mongoUrl, { dbName }).asPromise();
  const things = thingModel(connection);
  const nc = await connect({ servers: natsUrl, user: process.env.NATS_USER, pass: process.env.NATS_PASSWORD });
  const relay = new OutboxRelay(nc.jetstream(), { intervalMs: 60_000 });
  relay.register(things);
  relay.start();
  await relay.runOnce(); // the relay is live and idle: nothing pending yet

  const event = createEvent('registry', defineEvent(eventType, thingChangedSchema), {
    subject: thingId,
    data: { thingId, name: 'crash' },
    actor: { kind: 'system', id: 'test' },
  });
  await things.create(withEvents({ _id: thingId, name: 'crash', count: 0 }, event));
  process.stdout.write(`${event.id}\n`, () => process.kill(process.pid, 'SIGKILL'));
}

void main();
