import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { inAnyScope, pathAncestors } from '@dangjian/auth';
import { EventEnvelope } from '@dangjian/contracts';
import { withEvents } from '@dangjian/messaging';
import { FeedbackDoc, ReviewDoc } from './review.schema';

export const REVIEW_MODEL = 'InstructorReview';
export const FEEDBACK_MODEL = 'ReviewFeedback';

/** Reviews within the caller's scopes, and liaisons' feedback. */
@Injectable()
export class ReviewsRepository {
  constructor(
    @InjectModel(REVIEW_MODEL) readonly model: Model<ReviewDoc>,
    @InjectModel(FEEDBACK_MODEL) private readonly feedback: Model<FeedbackDoc>,
  ) {}

  /** The final reviews of some instructors for a year, by instructor id. */
  async ofInstructors(scopes: readonly string[], instructorIds: string[], year: number): Promise<Map<string, ReviewDoc>> {
    const docs = await this.model.find({ _id: { $in: instructorIds.map((id) => `${id}:${year}`) } }).lean<ReviewDoc[]>();
    return new Map(docs.filter((d) => inAnyScope(d.orgPath, scopes)).map((d) => [d.instructorId, d]));
  }

  /** Inserts the year's final review; false when the year was finalized already. */
  async finalize(scopes: readonly string[], doc: Omit<ReviewDoc, '__v' | 'orgAncestors'>, events: EventEnvelope[]): Promise<boolean> {
    if (!inAnyScope(doc.orgPath, scopes)) throw new Error(`review of ${doc.orgPath} written outside the caller's scope`);
    try {
      await this.model.create(withEvents({ ...doc, orgAncestors: pathAncestors(doc.orgPath) }, ...events));
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === 11000) return false;
      throw error;
    }
  }

  /** Feedback scores of instructors for a year, by instructor id. */
  async feedbackOf(instructorIds: string[], year: number): Promise<Map<string, number[]>> {
    const docs = await this.feedback.find({ instructorId: { $in: instructorIds }, year }, { instructorId: 1, score: 1 }).lean<Pick<FeedbackDoc, 'instructorId' | 'score'>[]>();
    const out = new Map<string, number[]>();
    for (const d of docs) out.set(d.instructorId, [...(out.get(d.instructorId) ?? []), d.score]);
    return out;
  }

  /** One liaison's scores of some instructors for a year, by instructor id. */
  async feedbackBy(username: string, instructorIds: string[], year: number): Promise<Map<string, number>> {
    const docs = await this.feedback.find({ _id: { $in: instructorIds.map((id) => `${id}:${year}:${username}`) } }, { instructorId: 1, score: 1 }).lean<Pick<FeedbackDoc, 'instructorId' | 'score'>[]>();
    return new Map(docs.map((d) => [d.instructorId, d.score]));
  }

  /** A liaison's feedback, once per instructor, year and liaison (a second one replaces the first). */
  async giveFeedback(doc: FeedbackDoc): Promise<void> {
    await this.feedback.deleteOne({ _id: doc._id });
    await this.feedback.create(doc);
  }
}
