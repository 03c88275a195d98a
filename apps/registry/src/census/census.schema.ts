import { Schema } from 'mongoose';
import { CENSUS_STAGES, CensusStage, ENTERPRISE_KINDS, EXCLUSION_REASONS, EnterpriseKind, ExclusionReason } from '@dangjian/contracts';
import { Outcome } from '@dangjian/domain-registry';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin } from '@dangjian/persistence';

/** One census per year per jurisdiction; `preparing` until every ledger record has its census record. */
export interface CampaignDoc extends AuditFields {
  _id: string;
  year: number;
  orgPath: string;
  orgAncestors: string[];
  status: 'preparing' | 'open' | 'closed';
  /** Resume point of the snapshot: the last enterprise id copied. */
  preparedUpTo?: string;
  records: number;
}

export const campaignSchema = new Schema<CampaignDoc>(
  {
    _id: String,
    year: { type: Number, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: [String],
    status: { type: String, enum: ['preparing', 'open', 'closed'], required: true },
    preparedUpTo: String,
    records: { type: Number, default: 0 },
  },
  { collection: 'census_campaigns', versionKey: false },
);
campaignSchema.index({ year: 1, orgPath: 1 }, { unique: true });
campaignSchema.index({ orgAncestors: 1, year: -1 });
campaignSchema.plugin(auditPlugin);

export interface CheckEntry {
  stage: CensusStage;
  verdict: 'pass' | 'exclude';
  by: string;
  at: Date;
  comment?: string;
}

/** One enterprise in one campaign: the five checks it has passed, and where it ended. */
export interface CensusRecordDoc extends OutboxFields {
  _id: string;
  campaignId: string;
  year: number;
  enterpriseId: string;
  uscc: string;
  name: string;
  kind: EnterpriseKind;
  orgPath: string;
  orgAncestors: string[];
  passed: number;
  outcome: Outcome;
  checks: CheckEntry[];
  exclusion?: { reason: ExclusionReason; stage: CensusStage; note?: string; by: string; at: Date };
}

const checkSchema = new Schema<CheckEntry>(
  { stage: { type: String, enum: CENSUS_STAGES }, verdict: String, by: String, at: Date, comment: String },
  { _id: false },
);

export const censusRecordSchema = new Schema<CensusRecordDoc>(
  {
    _id: String,
    campaignId: { type: String, required: true },
    year: Number,
    enterpriseId: String,
    uscc: String,
    name: String,
    kind: { type: String, enum: ENTERPRISE_KINDS },
    orgPath: String,
    orgAncestors: [String],
    passed: { type: Number, default: 0 },
    outcome: { type: String, enum: ['pending', 'in-base', 'excluded'], default: 'pending' },
    checks: { type: [checkSchema], default: [] },
    exclusion: {
      type: new Schema(
        { reason: { type: String, enum: EXCLUSION_REASONS }, stage: { type: String, enum: CENSUS_STAGES }, note: String, by: String, at: Date },
        { _id: false },
      ),
      default: undefined,
    },
  },
  { collection: 'census_records', versionKey: false },
);
censusRecordSchema.index({ campaignId: 1, orgAncestors: 1, passed: 1, outcome: 1 });
censusRecordSchema.index({ campaignId: 1, enterpriseId: 1 });
censusRecordSchema.index({ year: 1, orgAncestors: 1, outcome: 1, passed: 1 }); // the ledger's census-stage filter
censusRecordSchema.plugin(outboxPlugin);
