import { Schema } from 'mongoose';
import { CoverageState } from '@dangjian/contracts';
import { CoverageFigures } from '@dangjian/domain-organization';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';

/**
 * One enterprise's standing in the coverage: what it counts for now (`state`), and what the
 * jurisdiction counters count it for (`applied`). The counter applier moves `applied` to `state`
 * one enterprise at a time; `applying` marks a move under way, so a crash in the middle finishes
 * the same move instead of counting twice.
 */
export interface CoverageEntryDoc extends OutboxFields {
  /** Registry's enterprise id. */
  _id: string;
  uscc: string;
  name: string;
  orgPath: string;
  state: CoverageState;
  /** `<jurisdiction>|<gap>` for every gap list the enterprise is on (one multikey index serves them all). */
  gapKeys: string[];
  /** Grows with every change of `state`. */
  version: number;
  applied: CoverageState | null;
  applying: { key: string; state: CoverageState } | null;
  refreshedAt: Date;
}

export const coverageEntrySchema = new Schema<CoverageEntryDoc>(
  {
    _id: String,
    uscc: { type: String, required: true },
    name: { type: String, required: true },
    orgPath: { type: String, required: true },
    state: { type: Schema.Types.Mixed, required: true },
    gapKeys: { type: [String], default: [] },
    version: { type: Number, required: true },
    applied: { type: Schema.Types.Mixed, default: null },
    applying: { type: Schema.Types.Mixed, default: null },
    refreshedAt: { type: Date, required: true },
  },
  { collection: 'coverage_entries', versionKey: false, minimize: false },
);
coverageEntrySchema.index({ gapKeys: 1, _id: 1 });
coverageEntrySchema.plugin(outboxPlugin);

/**
 * Enterprises whose entry the applier must look at. Small, so finding work is cheap on any server;
 * the token tells a mark made after the applier read it from the one it handled.
 */
export interface CoveragePendingDoc {
  _id: string;
  token: string;
}

export const coveragePendingSchema = new Schema<CoveragePendingDoc>({ _id: String, token: { type: String, required: true } }, { collection: 'coverage_pending', versionKey: false });

/** A jurisdiction's figures: `dims.all`, `dims.kind:<kind>`, `dims.industry:<section>`. */
export type CoverageDims = Record<string, Partial<CoverageFigures>>;

/**
 * The live figures of one jurisdiction (county, park or township). `lastMove` is the last move
 * applied to it, so repeating that one after a crash changes nothing.
 */
export interface CoverageCounterDoc {
  /** The jurisdiction's path. */
  _id: string;
  parent: string | null;
  dims: CoverageDims;
  lastMove: string;
  updatedAt: Date;
}

export const coverageCounterSchema = new Schema<CoverageCounterDoc>(
  {
    _id: String,
    parent: { type: String, default: null },
    dims: { type: Schema.Types.Mixed, default: {} },
    lastMove: { type: String, default: '' },
    updatedAt: Date,
  },
  { collection: 'coverage_counters', versionKey: false, minimize: false },
);
coverageCounterSchema.index({ parent: 1 });

/** A jurisdiction's figures at the end of a day on which they changed: past dates are read from here. */
export interface CoverageSnapshotDoc {
  /** `<day>|<path>` */
  _id: string;
  day: string;
  path: string;
  parent: string | null;
  dims: CoverageDims;
}

export const coverageSnapshotSchema = new Schema<CoverageSnapshotDoc>(
  {
    _id: String,
    day: { type: String, required: true },
    path: { type: String, required: true },
    parent: { type: String, default: null },
    dims: { type: Schema.Types.Mixed, default: {} },
  },
  { collection: 'coverage_snapshots', versionKey: false, minimize: false },
);
coverageSnapshotSchema.index({ path: 1, day: -1 });

export const REBUILD_STATUSES = ['running', 'recounting', 'completed'] as const;
export type RebuildStatus = (typeof REBUILD_STATUSES)[number];

export interface CoverageRebuild {
  id: string;
  status: RebuildStatus;
  /** Last enterprise id recomputed: a restarted rebuild goes on after it. */
  cursor: string;
  processed: number;
  total: number;
  /** Entries found wrong and corrected. */
  corrected: number;
  requestedBy: string;
  startedAt: Date;
  finishedAt: Date | null;
}

/**
 * The applier's own document: who holds the lease (one applier across replicas, so counter moves
 * are applied one at a time), the day the counters belong to, and the rebuild under way or last done.
 */
export interface CoverageStateDoc extends OutboxFields {
  _id: 'coverage';
  leaseOwner: string;
  leaseUntil: Date;
  leaseEpoch: number;
  /** The day the live counters are for: when the date moves on, they are kept as that day's snapshot. */
  day: string | null;
  rebuild: CoverageRebuild | null;
  /** Grows with every rebuild asked for: two asking at once start one. */
  rebuildSeq: number;
  /** The enterprise whose move is under way: finished first by the next holder after a crash. */
  moving: string | null;
}

export const coverageStateSchema = new Schema<CoverageStateDoc>(
  {
    _id: String,
    leaseOwner: { type: String, default: '' },
    leaseUntil: { type: Date, default: () => new Date(0) },
    leaseEpoch: { type: Number, default: 0 },
    day: { type: String, default: null },
    rebuild: { type: Schema.Types.Mixed, default: null },
    rebuildSeq: { type: Number, default: 0 },
    moving: { type: String, default: null },
  },
  { collection: 'coverage_state', versionKey: false, minimize: false },
);
coverageStateSchema.plugin(outboxPlugin);
