import { Schema } from 'mongoose';
import { ASSIGNMENT_END_REASONS, AssignmentEndReason, INSTRUCTOR_SOURCES, INSTRUCTOR_STATUSES, InstructorSource, InstructorStatus } from '@dangjian/domain-instructor';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, SealedValue, auditPlugin, versioningPlugin } from '@dangjian/persistence';

export interface TrainingRecord {
  /** `YYYY-MM-DD` */
  on: string;
  title: string;
  hours: number;
}

/** A party-building instructor (党建工作指导员), managed by a park or township. */
export interface InstructorDoc extends AuditFields, OutboxFields {
  _id: string;
  name: string;
  source: InstructorSource;
  /** The unit they come from (派出单位), whose own assessment their review feeds. */
  homeUnit: string;
  /** The park or township (or county) that dispatches them: they take enterprises at or under it. */
  orgPath: string;
  orgAncestors: string[];
  /** Contact phone, sealed; the masked form is what answers show. */
  phone: SealedValue | null;
  phoneMasked: string | null;
  /** Their platform username (role instructor), to find their own work. */
  account: string | null;
  status: InstructorStatus;
  training: TrainingRecord[];
  recall: { on: string; reason: string; replacedBy: string | null } | null;
  __v?: number;
}

export const instructorSchema = new Schema<InstructorDoc>(
  {
    _id: String,
    name: { type: String, required: true },
    source: { type: String, enum: INSTRUCTOR_SOURCES, required: true },
    homeUnit: { type: String, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    phone: { type: Schema.Types.Mixed, default: null },
    phoneMasked: { type: String, default: null },
    account: { type: String, default: null },
    status: { type: String, enum: INSTRUCTOR_STATUSES, required: true },
    training: { type: Schema.Types.Mixed, default: [] },
    recall: { type: Schema.Types.Mixed, default: null },
  },
  { collection: 'instructors', minimize: false },
);
// A jurisdiction's instructors by name; an instructor's own record by account.
instructorSchema.index({ orgAncestors: 1, name: 1, _id: 1 });
instructorSchema.index({ account: 1 });
instructorSchema.plugin(auditPlugin);
instructorSchema.plugin(versioningPlugin);
instructorSchema.plugin(outboxPlugin);

/** An instructor's assignment to an enterprise (一对一 / 一对多), kept after it ends as history. */
export interface AssignmentDoc extends AuditFields, OutboxFields {
  _id: string;
  instructorId: string;
  instructorName: string;
  enterpriseId: string;
  enterpriseName: string;
  /** The enterprise's park or township. */
  orgPath: string;
  orgAncestors: string[];
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** First day no longer assigned; null while in force. */
  until: string | null;
  endReason: AssignmentEndReason | null;
  endNote: string | null;
  /** The assignment this one took over (a replacement after a recall). */
  handedOverFrom: string | null;
  __v?: number;
}

export const assignmentSchema = new Schema<AssignmentDoc>(
  {
    _id: String,
    instructorId: { type: String, required: true },
    instructorName: { type: String, required: true },
    enterpriseId: { type: String, required: true },
    enterpriseName: { type: String, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    from: { type: String, required: true },
    until: { type: String, default: null },
    endReason: { type: String, enum: [...ASSIGNMENT_END_REASONS, null], default: null },
    endNote: { type: String, default: null },
    handedOverFrom: { type: String, default: null },
  },
  { collection: 'assignments', minimize: false },
);
// An instructor's assignments, an enterprise's history, and a jurisdiction's assignments in force.
assignmentSchema.index({ instructorId: 1, until: 1, from: -1 });
assignmentSchema.index({ enterpriseId: 1, from: -1 });
assignmentSchema.index({ orgAncestors: 1, until: 1, instructorId: 1 });
assignmentSchema.plugin(auditPlugin);
assignmentSchema.plugin(versioningPlugin);
assignmentSchema.plugin(outboxPlugin);

/** Which assignment holds an enterprise now (one instructor at a time); `_id` is the enterprise id. */
export interface EnterpriseClaimDoc {
  _id: string;
  /** Empty once that assignment ended. */
  assignmentId: string;
  at: Date;
}

export const enterpriseClaimSchema = new Schema<EnterpriseClaimDoc>(
  { _id: String, assignmentId: { type: String, default: '' }, at: { type: Date, required: true } },
  { collection: 'enterprise_instructors', versionKey: false },
);
