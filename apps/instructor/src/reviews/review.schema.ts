import { Schema } from 'mongoose';
import { REVIEW_RESULTS, ReviewResult } from '@dangjian/domain-instructor';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin, versioningPlugin } from '@dangjian/persistence';

/** The park's final word on an instructor's year (指导员年度考核); `_id` is `<instructorId>:<year>`. */
export interface ReviewDoc extends AuditFields, OutboxFields {
  _id: string;
  instructorId: string;
  instructorName: string;
  homeUnit: string;
  orgPath: string;
  orgAncestors: string[];
  year: number;
  /** The proposed score when the park decided, for the record. */
  proposed: { visits: number; requests: number; orgsFormed: number; feedback: number; total: number };
  finalScore: number;
  result: ReviewResult;
  comment: string;
  finalizedBy: string;
  finalizedOn: string;
  __v?: number;
}

export const reviewSchema = new Schema<ReviewDoc>(
  {
    _id: String,
    instructorId: { type: String, required: true },
    instructorName: { type: String, required: true },
    homeUnit: { type: String, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    year: { type: Number, required: true },
    proposed: { type: Schema.Types.Mixed, required: true },
    finalScore: { type: Number, required: true },
    result: { type: String, enum: REVIEW_RESULTS, required: true },
    comment: { type: String, default: '' },
    finalizedBy: { type: String, required: true },
    finalizedOn: { type: String, required: true },
  },
  { collection: 'instructor_reviews', minimize: false },
);
reviewSchema.index({ orgAncestors: 1, year: 1 });
reviewSchema.plugin(auditPlugin);
reviewSchema.plugin(versioningPlugin);
reviewSchema.plugin(outboxPlugin);

/** A liaison's feedback on their enterprise's instructor for a year; `_id` is `<instructorId>:<year>:<username>`. */
export interface FeedbackDoc {
  _id: string;
  instructorId: string;
  year: number;
  enterpriseId: string;
  score: number;
  comment: string;
  at: Date;
}

export const feedbackSchema = new Schema<FeedbackDoc>(
  {
    _id: String,
    instructorId: { type: String, required: true },
    year: { type: Number, required: true },
    enterpriseId: { type: String, required: true },
    score: { type: Number, required: true },
    comment: { type: String, default: '' },
    at: { type: Date, required: true },
  },
  { collection: 'review_feedback', versionKey: false },
);
feedbackSchema.index({ instructorId: 1, year: 1 });
