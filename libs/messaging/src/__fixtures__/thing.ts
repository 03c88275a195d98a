// A small aggregate for the messaging tests: a document whose changes carry events in its outbox.
import { randomBytes } from 'node:crypto';
import { Connection, Model, Schema } from 'mongoose';
import { z } from 'zod';
import { EventDefinition, defineEvent } from '@dangjian/contracts';
import { OutboxFields, outboxPlugin } from '../outbox';

export interface ThingDoc extends OutboxFields {
  _id: string;
  name: string;
  count: number;
}

const thingSchema = new Schema<ThingDoc>({ _id: String, name: String, count: Number }, { collection: 'things' });
thingSchema.plugin(outboxPlugin);

/** Things in `things`, or in another collection of the same shape. */
export function thingModel(connection: Connection, collection = 'things'): Model<ThingDoc> {
  const name = collection === 'things' ? 'Thing' : `Thing:${collection}`;
  return (connection.models[name] as Model<ThingDoc>) ?? connection.model<ThingDoc>(name, thingSchema, collection);
}

export const thingChangedSchema = z.object({ thingId: z.string(), name: z.string() });

/** A unique event type per test run, so suites sharing one NATS server never see each other's events. */
export function uniqueThingEvent(): EventDefinition<z.infer<typeof thingChangedSchema>> {
  return defineEvent(`registry.thing-${randomBytes(4).toString('hex').replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)])}.changed.v1`, thingChangedSchema);
}
