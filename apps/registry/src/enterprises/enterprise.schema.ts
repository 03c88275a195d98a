import { Schema } from 'mongoose';
import { ENTERPRISE_KINDS, ENTERPRISE_STATUSES, EnterpriseKind, EnterpriseStatus } from '@dangjian/contracts';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin, versioningPlugin } from '@dangjian/persistence';

export const PARTY_ORG_STATUSES = ['independent', 'joint', 'hosted', 'none'] as const;
export type PartyOrgStatus = (typeof PARTY_ORG_STATUSES)[number];

export interface CountsSnapshot {
  at: Date;
  by: string;
  employees: number;
  partyMembers: number;
  probationaryMembers: number;
}

export interface StatusChange {
  from: EnterpriseStatus | null;
  to: EnterpriseStatus;
  effectiveOn: string;
  reason: string;
  at: Date;
  by: string;
}

export interface MergedRecord {
  id: string;
  uscc: string;
  name: string;
  orgPath: string;
  address?: string;
  legalRep?: string;
  countsHistory: CountsSnapshot[];
  statusHistory: StatusChange[];
  mergedAt: Date;
  by: string;
  reason: string;
}

/** One market subject of the ledger (台账), with the census "七个清" fields. */
export interface EnterpriseDoc extends AuditFields, OutboxFields {
  _id: string;
  uscc: string;
  name: string;
  kind: EnterpriseKind;
  /** Park or township the enterprise belongs to (an org unit path). */
  orgPath: string;
  /** For scope filters: the ancestors of `orgPath` and, while a branch covers it, of the branch (enterpriseAncestors). */
  orgAncestors: string[];
  /** The branch that covers it, as organization announced (at most one). */
  partyOrg?: { orgId: string; orgPath: string } | null;
  grid?: string;
  industryCode?: string;
  aboveScale: boolean;
  address?: string;
  legalRep?: string;
  investor?: string;
  status: EnterpriseStatus;
  employees: number;
  partyMembers: number;
  probationaryMembers: number;
  partyOrgStatus: PartyOrgStatus;
  noOrgReason?: string;
  developmentNeeds?: string;
  massOrgs: { union: boolean; youthLeague: boolean; womensFederation: boolean };
  countsHistory: CountsSnapshot[];
  statusHistory: StatusChange[];
  searchKeys: string[];
  shadowKeys: string[];
  /** Other records that are probably the same subject (影子企业), for a person to resolve. */
  shadowSuspects: string[];
  /** Usernames of the enterprise's liaisons (企业联络员), who may propose census-field changes. */
  liaisons?: string[];
  /** Set on a shadow record merged into another: the survivor's id. */
  mergedInto?: string;
  /** Shadow records merged into this one, each with its own histories as they were. */
  mergedRecords?: MergedRecord[];
  importRunId?: string;
  changeRunId?: string;
  __v?: number;
}

const countsSnapshotSchema = new Schema<CountsSnapshot>(
  { at: Date, by: String, employees: Number, partyMembers: Number, probationaryMembers: Number },
  { _id: false },
);
const statusChangeSchema = new Schema<StatusChange>(
  { from: { type: String, default: null }, to: String, effectiveOn: String, reason: String, at: Date, by: String },
  { _id: false },
);

export const ENTERPRISE_MODEL = 'Enterprise';

export const enterpriseSchema = new Schema<EnterpriseDoc>(
  {
    _id: String,
    uscc: { type: String, required: true },
    name: { type: String, required: true },
    kind: { type: String, enum: ENTERPRISE_KINDS, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    grid: String,
    industryCode: String,
    aboveScale: { type: Boolean, default: false },
    address: String,
    legalRep: String,
    investor: String,
    status: { type: String, enum: ENTERPRISE_STATUSES, required: true },
    employees: { type: Number, min: 0, default: 0 },
    partyMembers: { type: Number, min: 0, default: 0 },
    probationaryMembers: { type: Number, min: 0, default: 0 },
    partyOrgStatus: { type: String, enum: PARTY_ORG_STATUSES, default: 'none' },
    noOrgReason: String,
    developmentNeeds: String,
    massOrgs: { union: Boolean, youthLeague: Boolean, womensFederation: Boolean },
    countsHistory: { type: [countsSnapshotSchema], default: [] },
    statusHistory: { type: [statusChangeSchema], default: [] },
    searchKeys: { type: [String], select: false },
    shadowKeys: { type: [String], select: false },
    shadowSuspects: { type: [String], default: [] },
    liaisons: { type: [String], default: [] },
    mergedInto: String,
    mergedRecords: { type: [Schema.Types.Mixed], default: undefined },
    /** The import or sync run that inserted the record (a re-run after a crash recognizes its own). */
    importRunId: { type: String, select: false },
    partyOrg: { type: Schema.Types.Mixed, default: undefined },
    /** The import or sync run that last changed the record (a re-run after a crash counts its own change). */
    changeRunId: { type: String, select: false },
  },
  { collection: 'enterprises' },
);
enterpriseSchema.index({ uscc: 1 }, { unique: true });
// Every list filter has an index led by the scope field.
enterpriseSchema.index({ orgAncestors: 1, name: 1, _id: 1 });
enterpriseSchema.index({ orgAncestors: 1, kind: 1, status: 1 });
enterpriseSchema.index({ orgAncestors: 1, industryCode: 1 });
enterpriseSchema.index({ orgAncestors: 1, employees: 1 });
enterpriseSchema.index({ orgAncestors: 1, partyMembers: 1 });
enterpriseSchema.index({ searchKeys: 1 });
enterpriseSchema.index({ liaisons: 1 });
enterpriseSchema.plugin(auditPlugin);
enterpriseSchema.plugin(versioningPlugin);
enterpriseSchema.plugin(outboxPlugin);
