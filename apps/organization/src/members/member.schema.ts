import { Schema } from 'mongoose';
import { DEVELOPMENT_STAGES, DevelopmentStage, EDUCATION_LEVELS, EducationLevel } from '@dangjian/domain-organization';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, SealedValue, auditPlugin, versioningPlugin } from '@dangjian/persistence';

export const MEMBER_STATUSES = ['active', 'transferred-out', 'removed'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Roster (花名册): probationary and formal members; pipeline (发展): applicants, activists, targets. */
export const MEMBER_CATEGORIES = ['member', 'candidate'] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

export function categoryOf(stage: DevelopmentStage): MemberCategory {
  return stage === 'probationary' || stage === 'formal' ? 'member' : 'candidate';
}

/** A document a step rests on (application letter, branch resolution, approval): its metadata, the file kept elsewhere. */
export interface StepDocument {
  title: string;
  number?: string;
  /** `YYYY-MM-DD` */
  date?: string;
}

export interface MemberStep {
  stage: DevelopmentStage;
  /** `YYYY-MM-DD` */
  on: string;
  documents: StepDocument[];
  by: string;
  at: Date;
}

/**
 * One person in one org: a member (probationary or formal) or someone in the development pipeline.
 * The citizen ID and phone are sealed (AES-GCM ciphertext and a keyed hash for exact lookup); the
 * masked forms are kept beside them so that lists never decrypt.
 */
export interface MemberDoc extends AuditFields, OutboxFields {
  _id: string;
  orgId: string;
  orgPath: string;
  orgAncestors: string[];
  name: string;
  citizenId: SealedValue;
  citizenIdMasked: string;
  phone: SealedValue | null;
  phoneMasked: string | null;
  gender: 'male' | 'female';
  /** From the citizen ID, `YYYY-MM-DD`. */
  birthDate: string;
  education: EducationLevel | null;
  /** Position in the enterprise (职务). */
  position: string | null;
  /** The ledger enterprise the person works in, when known. */
  enterpriseId: string | null;
  stage: DevelopmentStage;
  category: MemberCategory;
  /** Steps taken in this platform or recorded at entry, oldest first. */
  steps: MemberStep[];
  status: MemberStatus;
  /** Platform username of the person, for their own page. */
  account: string | null;
  left?: { on: string; reason: string; by: string };
  /** The transfer waiting for the receiving org, while one does. */
  pendingTransferId?: string | null;
  /** The probation end date the branch was last reminded of (once per end date). */
  probationReminderFor?: string | null;
  __v?: number;
}

export const memberSchema = new Schema<MemberDoc>(
  {
    _id: String,
    orgId: { type: String, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    name: { type: String, required: true },
    citizenId: { type: Schema.Types.Mixed, required: true },
    citizenIdMasked: { type: String, required: true },
    phone: { type: Schema.Types.Mixed, default: null },
    phoneMasked: { type: String, default: null },
    gender: { type: String, enum: ['male', 'female'], required: true },
    birthDate: { type: String, required: true },
    education: { type: String, enum: [...EDUCATION_LEVELS, null], default: null },
    position: { type: String, default: null },
    enterpriseId: { type: String, default: null },
    stage: { type: String, enum: DEVELOPMENT_STAGES, required: true },
    category: { type: String, enum: MEMBER_CATEGORIES, required: true },
    steps: { type: Schema.Types.Mixed, default: [] },
    status: { type: String, enum: MEMBER_STATUSES, required: true },
    account: { type: String, default: null },
    left: { type: Schema.Types.Mixed, default: undefined },
    probationReminderFor: { type: String, default: null },
    pendingTransferId: { type: String, default: null },
  },
  { collection: 'members', minimize: false },
);
// The roster and the pipeline board: a subtree, active, one category, in org then name order.
memberSchema.index({ orgAncestors: 1, status: 1, category: 1, orgPath: 1, name: 1, _id: 1 });
memberSchema.index({ orgAncestors: 1, status: 1, stage: 1, orgPath: 1, name: 1, _id: 1 });
memberSchema.index({ 'citizenId.h': 1 });
memberSchema.index({ status: 1, stage: 1, _id: 1 });
memberSchema.index({ account: 1 });
memberSchema.plugin(auditPlugin);
memberSchema.plugin(versioningPlugin);
memberSchema.plugin(outboxPlugin);

/**
 * Which record holds a person (keyed by the citizen ID's blind index): one insert by `_id` decides
 * between two orgs entering the same person. A claim its member record does not confirm (missing,
 * not active, another person) was left by a crash or a departure and is taken over.
 */
export interface MemberClaimDoc {
  _id: string;
  memberId: string;
  at: Date;
}

export const memberClaimSchema = new Schema<MemberClaimDoc>({ _id: String, memberId: { type: String, default: '' }, at: Date }, { collection: 'member_claims', versionKey: false });

/** Carrier of the audit event of a full view of a citizen ID: written before the number is answered, deleted once published. Not minimized: the event's empty `changes` must stay. */
export interface IdentityViewDoc extends OutboxFields {
  _id: string;
  memberId: string;
  at: Date;
}

export const identityViewSchema = new Schema<IdentityViewDoc>({ _id: String, memberId: String, at: Date }, { collection: 'member_identity_views', versionKey: false, minimize: false });
identityViewSchema.plugin(outboxPlugin);
