import { z } from 'zod';
import { defineEvent, EventDefinition } from './envelope';
import { ServiceName } from './services';

export const probeSentSchema = z.object({ probeId: z.string().uuid(), sentAt: z.string().datetime() });
export type ProbeSent = z.infer<typeof probeSentSchema>;

/**
 * `<service>.probe.sent.v1`: an operator's pipeline self-test. Every other service consumes it with a
 * durable consumer and records a receipt, so one probe shows the outbox → JetStream → consumer path
 * works between every pair of services in a deployment.
 */
export function probeSentEvent(service: ServiceName): EventDefinition<ProbeSent> {
  return defineEvent(`${service}.probe.sent.v1`, probeSentSchema);
}
