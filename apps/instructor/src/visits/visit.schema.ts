import { Schema } from 'mongoose';
import { ChecklistItem } from '@dangjian/domain-instructor';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin } from '@dangjian/persistence';

/** One visit of the monthly "345" log: what was ticked, found and left to follow up. */
export interface VisitDoc extends AuditFields, OutboxFields {
  _id: string;
  instructorId: string;
  instructorName: string;
  enterpriseId: string;
  enterpriseName: string;
  /** The enterprise's park or township. */
  orgPath: string;
  orgAncestors: string[];
  /** `YYYY-MM-DD` */
  visitedOn: string;
  /** `YYYY-MM` */
  month: string;
  checklist: ChecklistItem[];
  findings: string;
  followUps: { text: string; due: string | null }[];
  attachments: { title: string; fileName?: string; size?: number }[];
  recordedBy: string;
}

export const visitSchema = new Schema<VisitDoc>(
  {
    _id: String,
    instructorId: { type: String, required: true },
    instructorName: { type: String, required: true },
    enterpriseId: { type: String, required: true },
    enterpriseName: { type: String, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    visitedOn: { type: String, required: true },
    month: { type: String, required: true },
    checklist: { type: [String], required: true },
    findings: { type: String, default: '' },
    followUps: { type: Schema.Types.Mixed, default: [] },
    attachments: { type: Schema.Types.Mixed, default: [] },
    recordedBy: { type: String, required: true },
  },
  { collection: 'visits', minimize: false },
);
// An instructor's log newest first; a jurisdiction's visits of a month (overdue detection); an enterprise's visits.
visitSchema.index({ instructorId: 1, visitedOn: -1, _id: -1 });
visitSchema.index({ orgAncestors: 1, month: 1 });
visitSchema.index({ enterpriseId: 1, visitedOn: -1 });
visitSchema.index({ instructorId: 1, month: 1 });
visitSchema.plugin(auditPlugin);
visitSchema.plugin(outboxPlugin);
