import { Schema } from 'mongoose';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';

/** Points one member earned from one source (a meeting attended): `_id` is source and member, so a source counts once. */
export interface PointsEntryDoc extends OutboxFields {
  _id: string;
  memberId: string;
  orgId: string;
  orgPath: string;
  orgAncestors: string[];
  year: number;
  points: number;
  reason: string;
  sourceId: string;
  /** `YYYY-MM-DD` */
  on: string;
}

export const pointsEntrySchema = new Schema<PointsEntryDoc>(
  {
    _id: String,
    memberId: { type: String, required: true },
    orgId: { type: String, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    year: { type: Number, required: true },
    points: { type: Number, required: true },
    reason: { type: String, required: true },
    sourceId: { type: String, required: true },
    on: { type: String, required: true },
  },
  { collection: 'member_points', versionKey: false },
);
pointsEntrySchema.index({ memberId: 1, year: 1, on: 1 });
pointsEntrySchema.index({ orgId: 1, year: 1 });
pointsEntrySchema.plugin(outboxPlugin);
