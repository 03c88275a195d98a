import { Schema } from 'mongoose';
import { ENTERPRISE_KINDS, ENTERPRISE_STATUSES, EnterpriseKind, EnterpriseStatus } from '@dangjian/contracts';

/**
 * What organization knows of an enterprise: registry's facts as its events last told them. Registry
 * owns the ledger; this copy lets attachments, formation and coverage read enterprises locally.
 */
export interface EnterpriseFactsDoc {
  /** Registry's enterprise id. */
  _id: string;
  uscc: string;
  name: string;
  kind: EnterpriseKind;
  orgPath: string;
  orgAncestors: string[];
  status: EnterpriseStatus;
  employees: number;
  formalMembers: number;
  /** Formal and probationary; absent in copies older than the field (then read as formalMembers). */
  partyMembers?: number;
  industryCode?: string | null;
  /** When registry's latest applied event happened: an older event arriving late changes nothing. */
  factsAt: string;
}

export const enterpriseFactsSchema = new Schema<EnterpriseFactsDoc>(
  {
    _id: String,
    uscc: { type: String, required: true },
    name: { type: String, required: true },
    kind: { type: String, enum: ENTERPRISE_KINDS, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    status: { type: String, enum: ENTERPRISE_STATUSES, required: true },
    employees: { type: Number, required: true },
    formalMembers: { type: Number, required: true },
    partyMembers: Number,
    industryCode: String,
    factsAt: { type: String, required: true },
  },
  { collection: 'enterprise_facts', versionKey: false },
);
enterpriseFactsSchema.index({ orgAncestors: 1, _id: 1 });

/**
 * Whether the latest census put an enterprise in the party-building base (党建基数): registry's
 * admitted and removed events, the later campaign year (then the later event) winning.
 */
export interface EnterpriseBaseDoc {
  /** Registry's enterprise id. */
  _id: string;
  admitted: boolean;
  year: number;
  campaignId: string;
  /** When registry decided. */
  at: string;
}

export const enterpriseBaseSchema = new Schema<EnterpriseBaseDoc>(
  {
    _id: String,
    admitted: { type: Boolean, required: true },
    year: { type: Number, required: true },
    campaignId: { type: String, required: true },
    at: { type: String, required: true },
  },
  { collection: 'enterprise_base', versionKey: false },
);
