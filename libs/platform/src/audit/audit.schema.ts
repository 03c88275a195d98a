import { Schema } from 'mongoose';

/** One filed audit record; `_id` is the id of the event that carried it, so filing twice is harmless. */
export interface AuditLogDoc {
  _id: string;
  at: Date;
  actor: { kind: string; id: string; username?: string };
  action: string;
  target: { kind: string; id: string; orgPath?: string };
  orgAncestors: string[];
  changes: Record<string, { from?: unknown; to?: unknown }>;
  requestId?: string;
}

export const auditLogSchema = new Schema<AuditLogDoc>(
  {
    _id: String,
    at: Date,
    actor: { kind: String, id: String, username: String },
    action: String,
    target: { kind: String, id: String, orgPath: String },
    orgAncestors: [String],
    changes: Schema.Types.Mixed,
    requestId: String,
  },
  { collection: 'audit_log', versionKey: false },
);
auditLogSchema.index({ at: -1, _id: -1 });
auditLogSchema.index({ orgAncestors: 1, at: -1 });
auditLogSchema.index({ 'actor.id': 1, at: -1 });
auditLogSchema.index({ 'target.id': 1, at: -1 });
