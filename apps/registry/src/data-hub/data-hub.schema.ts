import { Schema } from 'mongoose';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin } from '@dangjian/persistence';

/** The connector's single state document: the watermark and who holds the run lease. */
export interface HubStateDoc {
  _id: string;
  watermark?: string;
  leaseOwner?: string;
  leaseEpoch: number;
  leaseUntil: Date;
  runId?: string;
}

export const hubStateSchema = new Schema<HubStateDoc>(
  { _id: String, watermark: String, leaseOwner: String, leaseEpoch: { type: Number, default: 0 }, leaseUntil: Date, runId: String },
  { collection: 'data_hub_state', versionKey: false },
);

export const RUN_TRIGGERS = ['schedule', 'manual', 'file-drop'] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

export interface HubRunDoc extends AuditFields, OutboxFields {
  _id: string;
  trigger: RunTrigger;
  fileName?: string;
  status: 'running' | 'completed' | 'failed';
  since?: string;
  pages: number;
  fetched: number;
  created: number;
  updated: number;
  unchanged: number;
  quarantined: number;
  requests: number;
  retries: number;
  startedAt: Date;
  finishedAt?: Date;
  watermark?: string;
  error?: string;
}

export const hubRunSchema = new Schema<HubRunDoc>(
  {
    _id: String,
    trigger: { type: String, required: true },
    fileName: String,
    status: { type: String, required: true },
    since: String,
    pages: { type: Number, default: 0 },
    fetched: { type: Number, default: 0 },
    created: { type: Number, default: 0 },
    updated: { type: Number, default: 0 },
    unchanged: { type: Number, default: 0 },
    quarantined: { type: Number, default: 0 },
    requests: { type: Number, default: 0 },
    retries: { type: Number, default: 0 },
    startedAt: { type: Date, required: true },
    finishedAt: Date,
    watermark: String,
    error: String,
  },
  { collection: 'data_hub_runs', versionKey: false },
);
hubRunSchema.index({ startedAt: -1 });
hubRunSchema.plugin(auditPlugin);
hubRunSchema.plugin(outboxPlugin);

/** A change that could not be applied, kept with its reasons until a person resolves or dismisses it. */
export interface QuarantineDoc extends AuditFields {
  _id: string;
  source: 'data-hub' | 'file-drop';
  runId: string;
  raw: Record<string, unknown>;
  reasons: string[];
  status: 'open' | 'resolved' | 'dismissed';
  resolvedBy?: string;
  resolvedAt?: Date;
  note?: string;
}

export const quarantineSchema = new Schema<QuarantineDoc>(
  {
    _id: String,
    source: { type: String, required: true },
    runId: String,
    raw: { type: Schema.Types.Mixed, required: true },
    reasons: [String],
    status: { type: String, required: true },
    resolvedBy: String,
    resolvedAt: Date,
    note: String,
  },
  { collection: 'data_hub_quarantine', versionKey: false, minimize: false },
);
quarantineSchema.index({ status: 1, createdAt: -1 });
quarantineSchema.plugin(auditPlugin);
