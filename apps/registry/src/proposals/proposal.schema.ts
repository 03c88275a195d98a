import { Schema } from 'mongoose';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin } from '@dangjian/persistence';

export const PROPOSAL_STATUSES = ['pending', 'confirmed', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Census fields an enterprise liaison proposes for its own enterprise, waiting for the park to confirm. */
export interface ProposalDoc extends AuditFields, OutboxFields {
  _id: string;
  enterpriseId: string;
  uscc: string;
  enterpriseName: string;
  orgPath: string;
  orgAncestors: string[];
  fields: Record<string, unknown>;
  /** The values when proposed, to show the reviewer what would change. */
  before: Record<string, unknown>;
  status: ProposalStatus;
  proposedBy: string;
  proposedAt: Date;
  decidedBy?: string;
  decidedAt?: Date;
  note?: string;
}

export const proposalSchema = new Schema<ProposalDoc>(
  {
    _id: String,
    enterpriseId: { type: String, required: true },
    uscc: String,
    enterpriseName: String,
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    fields: { type: Schema.Types.Mixed, required: true },
    before: { type: Schema.Types.Mixed },
    status: { type: String, enum: PROPOSAL_STATUSES, required: true },
    proposedBy: { type: String, required: true },
    proposedAt: { type: Date, required: true },
    decidedBy: String,
    decidedAt: Date,
    note: String,
  },
  { collection: 'enterprise_proposals', versionKey: false, minimize: false },
);
proposalSchema.index({ orgAncestors: 1, status: 1, proposedAt: -1 });
proposalSchema.index({ proposedBy: 1, proposedAt: -1 });
proposalSchema.plugin(auditPlugin);
proposalSchema.plugin(outboxPlugin);
