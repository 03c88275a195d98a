import { z } from 'zod';

/** Who caused an event or a request: a user or a service account. */
export const actorSchema = z.object({
  kind: z.enum(['user', 'service', 'system']),
  id: z.string().min(1),
  name: z.string().optional(),
});
export type Actor = z.infer<typeof actorSchema>;

/** `<service>.<entity>.<what-happened>.v<version>`, e.g. `registry.enterprise.status-changed.v1`. */
export const EVENT_TYPE_PATTERN = /^[a-z]+\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.v[0-9]+$/;

export const eventEnvelopeSchema = z.object({
  id: z.string().uuid(),
  type: z.string().regex(EVENT_TYPE_PATTERN),
  version: z.number().int().positive(),
  occurredAt: z.string().datetime(),
  source: z.string().min(1),
  subject: z.string().min(1),
  actor: actorSchema,
  requestId: z.string().optional(),
  data: z.unknown(),
});

export interface EventEnvelope<TData = unknown> {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  source: string;
  /** The id of the thing the event is about (an enterprise id, an org id…). */
  subject: string;
  actor: Actor;
  requestId?: string;
  data: TData;
}

/** Declares one event type: its name, version and payload schema, shared by publisher and consumers. */
export interface EventDefinition<TData> {
  type: string;
  version: number;
  schema: z.ZodType<TData>;
}

export function defineEvent<TData>(type: string, schema: z.ZodType<TData>): EventDefinition<TData> {
  if (!EVENT_TYPE_PATTERN.test(type)) {
    throw new Error(`event type "${type}" must look like <service>.<entity>.<verb>.v<n>`);
  }
  const version = Number(type.slice(type.lastIndexOf('.v') + 2));
  return { type, version, schema };
}
