import { Schema } from 'mongoose';
import { PartyOrgForm } from '@dangjian/contracts';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin, versioningPlugin } from '@dangjian/persistence';

export interface AttachedEnterprise {
  enterpriseId: string;
  uscc: string;
  name: string;
  /** `YYYY-MM-DD` */
  since: string;
  by: string;
}

export interface DetachedEnterprise extends AttachedEnterprise {
  until: string;
  reason: string;
  detachedBy: string;
}

/**
 * The enterprises one branch covers, now and before, in one document: the policy's maximum is
 * checked by the same guarded write that adds an enterprise, and the write carries its events.
 */
export interface BranchEnterprisesDoc extends AuditFields, OutboxFields {
  /** The branch's org-unit id. */
  _id: string;
  orgPath: string;
  orgAncestors: string[];
  enterprises: AttachedEnterprise[];
  history: DetachedEnterprise[];
  __v?: number;
}

export const branchEnterprisesSchema = new Schema<BranchEnterprisesDoc>(
  {
    _id: String,
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    enterprises: { type: Schema.Types.Mixed, default: [] },
    history: { type: Schema.Types.Mixed, default: [] },
  },
  { collection: 'branch_enterprises', minimize: false },
);
branchEnterprisesSchema.index({ orgAncestors: 1, orgPath: 1 });
branchEnterprisesSchema.plugin(auditPlugin);
branchEnterprisesSchema.plugin(versioningPlugin);
branchEnterprisesSchema.plugin(outboxPlugin);

/**
 * Which branch an enterprise is in: one document per enterprise, so two branches cannot both take it
 * (an insert by `_id` decides). A claim the named branch's document does not confirm is left over
 * from a crash and counts as free.
 */
export interface EnterpriseClaimDoc {
  _id: string;
  /** The claiming branch, or '' once given up. */
  orgId: string;
  at: Date;
}

export const enterpriseClaimSchema = new Schema<EnterpriseClaimDoc>({ _id: String, orgId: { type: String, default: '' }, at: Date }, { collection: 'enterprise_claims', versionKey: false });

export type { PartyOrgForm };
