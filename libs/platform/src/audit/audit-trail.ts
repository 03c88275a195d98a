import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';
import { pathAncestors } from '@dangjian/auth';
import { EventEnvelope, auditRecordedEvent, eventStreamName, eventSubject } from '@dangjian/contracts';
import { MessagingLifecycle, createEvent, parsePayload } from '@dangjian/messaging';
import { FieldCipher } from '@dangjian/persistence';
import { RequestContext } from '@dangjian/request-context';
import { SERVICE_IDENTITY, ServiceIdentity } from '../service-identity';
import { AuditLogDoc } from './audit.schema';

export const AUDIT_LOG_MODEL = 'AuditLog';

export interface AuditEntry {
  action: `${string}.${string}`;
  target: { kind: string; id: string; orgPath?: string };
  changes?: Record<string, { from?: unknown; to?: unknown }>;
  /** Fields whose values are stored only as keyed hashes. */
  sensitive?: readonly string[];
}

export interface AuditQuery {
  actorId?: string;
  targetId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  before?: { at: Date; id: string };
  limit: number;
}

/**
 * Builds the audit event of a user write (to be written with the change through the outbox), and
 * files audit events into the service's audit_log through a durable consumer.
 */
@Injectable()
export class AuditTrail implements OnModuleInit {
  constructor(
    @Inject(SERVICE_IDENTITY) private readonly identity: ServiceIdentity,
    @InjectModel(AUDIT_LOG_MODEL) private readonly log: Model<AuditLogDoc>,
    private readonly messaging: MessagingLifecycle,
    private readonly cipher: FieldCipher,
  ) {}

  onModuleInit(): void {
    const definition = auditRecordedEvent(this.identity.service);
    this.messaging.addConsumer({
      stream: eventStreamName(this.identity.service),
      durable: `${this.identity.service}-audit-log`,
      filterSubject: eventSubject(definition.type),
      handler: (event) => this.file(event),
    });
  }

  /** The event describing a write by the current caller; put it in the same outbox write as the change. */
  event(entry: AuditEntry): EventEnvelope {
    const principal = RequestContext.principal();
    const actor = principal
      ? { kind: principal.kind, id: principal.id, username: principal.username }
      : { kind: 'system' as const, id: this.identity.instance };
    const changes: Record<string, { from?: unknown; to?: unknown }> = {};
    for (const [field, change] of Object.entries(entry.changes ?? {})) {
      changes[field] = entry.sensitive?.includes(field)
        ? { from: this.hashed(change.from), to: this.hashed(change.to) }
        : change;
    }
    const orgPath = entry.target.orgPath ?? principal?.scopes[0];
    return createEvent(this.identity.service, auditRecordedEvent(this.identity.service), {
      subject: entry.target.id,
      actor,
      requestId: RequestContext.requestId(),
      data: {
        actor,
        action: entry.action,
        target: { ...entry.target, ...(orgPath ? { orgPath } : {}) },
        changes,
        at: new Date().toISOString(),
      },
    });
  }

  async query(scopes: readonly string[], query: AuditQuery): Promise<AuditLogDoc[]> {
    const filter: FilterQuery<AuditLogDoc> = { orgAncestors: { $in: [...scopes] } };
    if (query.actorId) filter['actor.id'] = query.actorId;
    if (query.targetId) filter['target.id'] = query.targetId;
    if (query.action) filter.action = query.action;
    if (query.from || query.to) filter.at = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lt: query.to } : {}) };
    if (query.before) {
      filter.$or = [{ at: { $lt: query.before.at } }, { at: query.before.at, _id: { $lt: query.before.id } }];
    }
    return this.log.find(filter).sort({ at: -1, _id: -1 }).limit(query.limit).lean();
  }

  private hashed(value: unknown): string | undefined {
    if (value === undefined || value === null) return undefined;
    const text = String(value);
    return `hmac:${this.cipher.blindIndex(text)}`;
  }

  private async file(event: EventEnvelope): Promise<void> {
    const data = parsePayload(event, auditRecordedEvent(this.identity.service));
    await this.log.updateOne(
      { _id: event.id },
      {
        $setOnInsert: {
          at: new Date(data.at),
          actor: data.actor,
          action: data.action,
          target: data.target,
          orgAncestors: data.target.orgPath ? pathAncestors(data.target.orgPath) : [],
          changes: data.changes,
          requestId: event.requestId,
        },
      },
      { upsert: true },
    );
  }
}
