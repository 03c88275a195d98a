import { Schema } from 'mongoose';
import { PolicySettings } from '@dangjian/domain-organization';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin, versioningPlugin } from '@dangjian/persistence';

export interface StoredPolicyVersion {
  id: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  settings: Partial<PolicySettings>;
  note?: string;
  createdBy: string;
  createdAt: Date;
}

/**
 * One jurisdiction's policy: all its versions in one document, keyed by the jurisdiction's path, so
 * a new version is checked against the others and written with its events in one guarded write.
 */
export interface PolicyDoc extends AuditFields, OutboxFields {
  _id: string;
  /** Every ancestor path including its own: scope filters are one indexed `$in`. */
  orgAncestors: string[];
  versions: StoredPolicyVersion[];
  __v?: number;
}

export const policySchema = new Schema<PolicyDoc>(
  {
    _id: String,
    orgAncestors: { type: [String], required: true },
    versions: { type: Schema.Types.Mixed, default: [] },
  },
  { collection: 'policies', minimize: false },
);
policySchema.index({ orgAncestors: 1, _id: 1 });
policySchema.plugin(auditPlugin);
policySchema.plugin(versioningPlugin);
policySchema.plugin(outboxPlugin);
