import { Schema, Types } from 'mongoose';
import { IMPORT_STATUSES, ImportStatus } from '@dangjian/contracts';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin } from '@dangjian/persistence';
import { SheetFormat } from '../ledger/spreadsheet-reader';

export interface ImportCounts {
  processedRows: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

/** One uploaded ledger file and how far its import has come (the checkpoint a restart resumes from). */
export interface ImportJobDoc extends AuditFields, OutboxFields, ImportCounts {
  _id: string;
  source: 'upload' | 'file-drop';
  fileId: Types.ObjectId;
  fileName: string;
  format: SheetFormat;
  sizeBytes: number;
  /** The importer's scopes: rows outside them are refused, and only callers over them see the job. */
  scopes: string[];
  by: { kind: 'user' | 'service' | 'system'; id: string; username: string };
  status: ImportStatus;
  totalRows: number;
  leaseOwner?: string;
  leaseEpoch: number;
  leaseUntil: Date;
  startedAt?: Date;
  finishedAt?: Date;
  attempts?: number;
  error?: string;
}

export const importJobSchema = new Schema<ImportJobDoc>(
  {
    _id: String,
    source: { type: String, required: true },
    fileId: { type: Schema.Types.ObjectId, required: true },
    fileName: { type: String, required: true },
    format: { type: String, required: true },
    sizeBytes: Number,
    scopes: { type: [String], required: true },
    by: { kind: String, id: String, username: String },
    status: { type: String, enum: IMPORT_STATUSES, required: true },
    totalRows: { type: Number, default: 0 },
    processedRows: { type: Number, default: 0 },
    created: { type: Number, default: 0 },
    updated: { type: Number, default: 0 },
    unchanged: { type: Number, default: 0 },
    failed: { type: Number, default: 0 },
    leaseOwner: String,
    leaseEpoch: { type: Number, default: 0 },
    leaseUntil: { type: Date, required: true },
    startedAt: Date,
    finishedAt: Date,
    attempts: { type: Number, default: 0 },
    error: String,
  },
  { collection: 'import_jobs', versionKey: false },
);
importJobSchema.index({ status: 1, leaseUntil: 1 });
importJobSchema.index({ scopes: 1, createdAt: -1 });
importJobSchema.plugin(auditPlugin);
importJobSchema.plugin(outboxPlugin);

/** A refused row: where it is and why, for the clerk to fix and upload again. */
export interface ImportRowErrorDoc {
  _id: string;
  jobId: string;
  line: number;
  uscc?: string;
  problems: { column: string; reason: string }[];
}

export const importRowErrorSchema = new Schema<ImportRowErrorDoc>(
  {
    _id: String,
    jobId: { type: String, required: true },
    line: { type: Number, required: true },
    uscc: String,
    problems: [{ _id: false, column: String, reason: String }],
  },
  { collection: 'import_row_errors', versionKey: false },
);
importRowErrorSchema.index({ jobId: 1, line: 1 });

/**
 * The events of one checkpoint, in a document of their own: the relay publishes them without
 * contending with the job document the next checkpoint writes, then deletes it. The id and the
 * event ids are fixed per batch, so a batch re-run after a crash stores the same events again,
 * which JetStream and the consumers recognize.
 */
export interface ImportBatchDoc {
  _id: string;
  jobId: string;
  processedRows: number;
  /** Packed (withPackedEvents); the relay deletes the document once they are published. */
  _events?: string[];
}

export const importBatchSchema = new Schema<ImportBatchDoc>(
  { _id: String, jobId: { type: String, required: true }, processedRows: Number },
  { collection: 'import_batches', versionKey: false },
);
importBatchSchema.plugin(outboxPlugin);
