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

export const auditRecordedSchema = z.object({
  actor: z.object({ kind: z.enum(['user', 'service', 'system']), id: z.string(), username: z.string().optional() }),
  /** `<resource>.<action>`, e.g. `org-unit.create`. */
  action: z.string().regex(/^[a-z-]+\.[a-z-]+$/),
  target: z.object({ kind: z.string(), id: z.string(), orgPath: z.string().optional() }),
  /** field → { from, to }; sensitive values appear only as keyed hashes (`hmac:` / `sha256:`). */
  changes: z.record(z.object({ from: z.unknown().optional(), to: z.unknown().optional() })),
  at: z.string().datetime(),
});
export type AuditRecorded = z.infer<typeof auditRecordedSchema>;

/**
 * `<service>.audit.recorded.v1`: one user write. It leaves through the outbox with the change it
 * describes, so the audit trail loses no accepted write, and the owning service files it.
 */
export function auditRecordedEvent(service: ServiceName): EventDefinition<AuditRecorded> {
  return defineEvent(`${service}.audit.recorded.v1`, auditRecordedSchema);
}

export const ORG_UNIT_KINDS = ['county', 'park', 'township', 'general-branch', 'branch'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const OrgUnitCreatedV1 = defineEvent(
  'organization.org-unit.created.v1',
  z.object({
    id: z.string(),
    path: z.string(),
    parentPath: z.string().nullable(),
    name: z.string(),
    label: z.string(),
    kind: z.enum(ORG_UNIT_KINDS),
  }),
);
