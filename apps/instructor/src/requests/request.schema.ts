import { Schema } from 'mongoose';
import { REQUEST_CATEGORIES, REQUEST_STATUSES, RequestCategory, RequestStatus } from '@dangjian/domain-instructor';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin, versioningPlugin } from '@dangjian/persistence';

export const RAISED_VIA = ['visit', 'liaison', 'instructor', 'admin'] as const;
export type RaisedVia = (typeof RAISED_VIA)[number];

/** An enterprise request (企业诉求), from acceptance to closure (销号) or rejection. */
export interface RequestDoc extends AuditFields, OutboxFields {
  _id: string;
  enterpriseId: string;
  enterpriseName: string;
  orgPath: string;
  orgAncestors: string[];
  category: RequestCategory;
  title: string;
  detail: string;
  /** The department that owns the matter (责任单位). */
  department: string;
  raisedVia: RaisedVia;
  raisedBy: string;
  visitId: string | null;
  /** The enterprise's instructor when raised, if any: their review counts it. */
  instructorId: string | null;
  status: RequestStatus;
  /** `YYYY-MM-DD` */
  acceptedOn: string;
  dueOn: string;
  /** Escalation levels announced so far (0 none, 1 park, 2 county). */
  escalation: number;
  resolution: string | null;
  rejectReason: string | null;
  closedOn: string | null;
  history: { status: RequestStatus; at: string; by: string; note: string | null }[];
  __v?: number;
}

export const requestSchema = new Schema<RequestDoc>(
  {
    _id: String,
    enterpriseId: { type: String, required: true },
    enterpriseName: { type: String, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    category: { type: String, enum: REQUEST_CATEGORIES, required: true },
    title: { type: String, required: true },
    detail: { type: String, default: '' },
    department: { type: String, required: true },
    raisedVia: { type: String, required: true },
    raisedBy: { type: String, required: true },
    visitId: { type: String, default: null },
    instructorId: { type: String, default: null },
    status: { type: String, enum: REQUEST_STATUSES, required: true },
    acceptedOn: { type: String, required: true },
    dueOn: { type: String, required: true },
    escalation: { type: Number, default: 0 },
    resolution: { type: String, default: null },
    rejectReason: { type: String, default: null },
    closedOn: { type: String, default: null },
    history: { type: Schema.Types.Mixed, default: [] },
  },
  { collection: 'enterprise_requests', minimize: false },
);
// A jurisdiction's board by status, newest first; the period's statistics; an enterprise's requests; open ones past due.
requestSchema.index({ orgAncestors: 1, status: 1, acceptedOn: -1, _id: -1 });
requestSchema.index({ orgAncestors: 1, acceptedOn: 1 });
requestSchema.index({ enterpriseId: 1, acceptedOn: -1 });
requestSchema.index({ status: 1, dueOn: 1 });
requestSchema.index({ instructorId: 1, acceptedOn: 1 });
requestSchema.plugin(auditPlugin);
requestSchema.plugin(versioningPlugin);
requestSchema.plugin(outboxPlugin);
