import { Schema } from 'mongoose';
import { MEETING_KINDS, MeetingKind } from '@dangjian/domain-organization';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin, versioningPlugin } from '@dangjian/persistence';

export interface MeetingAttendance {
  memberId: string;
  /** The member's name when the meeting was recorded: the record reads the same after a rename or a transfer. */
  name: string;
  present: boolean;
  reason?: string;
}

/** An attachment's metadata (sign-in sheet, photo, minutes scan); the file itself is kept elsewhere. */
export interface AttachmentMeta {
  title: string;
  fileName?: string;
  size?: number;
}

/** One meeting of an org's organizational life: 三会一课, 主题党日, 组织生活会, 民主评议党员. */
export interface MeetingDoc extends AuditFields, OutboxFields {
  _id: string;
  orgId: string;
  orgPath: string;
  orgAncestors: string[];
  kind: MeetingKind;
  /** `YYYY-MM-DD` */
  heldOn: string;
  topic: string;
  place: string | null;
  host: string | null;
  attendance: MeetingAttendance[];
  minutes: string | null;
  attachments: AttachmentMeta[];
  recordedBy: string;
  __v?: number;
}

export const meetingSchema = new Schema<MeetingDoc>(
  {
    _id: String,
    orgId: { type: String, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    kind: { type: String, enum: MEETING_KINDS, required: true },
    heldOn: { type: String, required: true },
    topic: { type: String, required: true },
    place: { type: String, default: null },
    host: { type: String, default: null },
    attendance: { type: Schema.Types.Mixed, default: [] },
    minutes: { type: String, default: null },
    attachments: { type: Schema.Types.Mixed, default: [] },
    recordedBy: { type: String, required: true },
  },
  { collection: 'meetings', minimize: false },
);
// One org's meetings newest first, and a page of orgs' meetings of a span (compliance, the overdue list).
meetingSchema.index({ orgId: 1, heldOn: -1, _id: -1 });
meetingSchema.plugin(auditPlugin);
meetingSchema.plugin(versioningPlugin);
meetingSchema.plugin(outboxPlugin);

/**
 * A general branch's fixed monthly activity day (赣州: each general branch a day of the month at the shared
 * activity centre), and the park's check-off of each month: held or not, by whom.
 */
export interface ActivityDayDoc extends AuditFields, OutboxFields {
  /** The general branch's org-unit id. */
  _id: string;
  orgPath: string;
  orgAncestors: string[];
  dayOfMonth: number;
  place: string;
  /** `YYYY-MM` → the check-off. */
  checks: Record<string, { held: boolean; note: string | null; by: string; at: Date }>;
  __v?: number;
}

export const activityDaySchema = new Schema<ActivityDayDoc>(
  {
    _id: String,
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    dayOfMonth: { type: Number, required: true },
    place: { type: String, required: true },
    checks: { type: Schema.Types.Mixed, default: {} },
  },
  { collection: 'activity_days', minimize: false },
);
activityDaySchema.index({ orgAncestors: 1, orgPath: 1 });
activityDaySchema.plugin(auditPlugin);
activityDaySchema.plugin(versioningPlugin);
activityDaySchema.plugin(outboxPlugin);
