import { randomUUID } from 'node:crypto';
import { Actor, EventDefinition, EventEnvelope, eventEnvelopeSchema } from '@dangjian/contracts';

export interface NewEvent<TData> {
  subject: string;
  data: TData;
  actor: Actor;
  requestId?: string;
  /** A fixed id makes a re-sent event (after a crash) a duplicate that JetStream and consumers drop. */
  id?: string;
}

export class InvalidEventError extends Error {}

/** Builds a validated envelope; the payload is checked against the event's schema on the way out. */
export function createEvent<TData>(source: string, definition: EventDefinition<TData>, event: NewEvent<TData>): EventEnvelope<TData> {
  const parsed = definition.schema.safeParse(event.data);
  if (!parsed.success) {
    throw new InvalidEventError(`payload of ${definition.type} is invalid: ${parsed.error.message}`);
  }
  return {
    id: event.id ?? randomUUID(),
    type: definition.type,
    version: definition.version,
    occurredAt: new Date().toISOString(),
    source,
    subject: event.subject,
    actor: event.actor,
    ...(event.requestId ? { requestId: event.requestId } : {}),
    data: parsed.data,
  };
}

/** Reads an envelope off the wire; a consumer validates the payload with the definition it expects. */
export function parseEnvelope(raw: Uint8Array | string): EventEnvelope {
  const text = typeof raw === 'string' ? raw : Buffer.from(raw).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InvalidEventError('message is not JSON');
  }
  const parsed = eventEnvelopeSchema.safeParse(json);
  if (!parsed.success) throw new InvalidEventError(`message is not an event envelope: ${parsed.error.issues[0]?.message}`);
  return parsed.data as EventEnvelope;
}

export function parsePayload<TData>(envelope: EventEnvelope, definition: EventDefinition<TData>): TData {
  if (envelope.type !== definition.type) {
    throw new InvalidEventError(`expected ${definition.type}, got ${envelope.type}`);
  }
  const parsed = definition.schema.safeParse(envelope.data);
  if (!parsed.success) throw new InvalidEventError(`payload of ${envelope.type} is invalid: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
