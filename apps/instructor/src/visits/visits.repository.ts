import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';
import { inAnyScope, pathAncestors } from '@dangjian/auth';
import { EventEnvelope } from '@dangjian/contracts';
import { withEvents } from '@dangjian/messaging';
import { VisitDoc } from './visit.schema';

export const VISIT_MODEL = 'Visit';

/** Visits within the caller's scopes. */
@Injectable()
export class VisitsRepository {
  constructor(@InjectModel(VISIT_MODEL) readonly model: Model<VisitDoc>) {}

  async findById(scopes: readonly string[], id: string): Promise<VisitDoc | null> {
    const doc = await this.model.findOne({ _id: id }).lean<VisitDoc>();
    return doc && inAnyScope(doc.orgPath, scopes) ? doc : null;
  }

  /** Visits newest first: one instructor's or one enterprise's (within the caller's scopes), optionally of a month. */
  async list(scopes: readonly string[], by: { instructorId?: string; enterpriseId?: string }, query: { month?: string; before?: [string, string]; limit: number }): Promise<VisitDoc[]> {
    const filter: FilterQuery<VisitDoc> = { ...by };
    if (query.month) filter.month = query.month;
    if (query.before) filter.$or = [{ visitedOn: { $lt: query.before[0] } }, { visitedOn: query.before[0], _id: { $lt: query.before[1] } }];
    const docs = await this.model.find(filter).sort({ visitedOn: -1, _id: -1 }).limit(query.limit).lean<VisitDoc[]>();
    return docs.filter((d) => inAnyScope(d.orgPath, scopes));
  }

  /** Visits of a month at or under a path: what overdue detection counts. */
  ofMonth(scopes: readonly string[], path: string, month: string): Promise<Pick<VisitDoc, 'instructorId' | 'enterpriseId'>[]> | null {
    if (!inAnyScope(path, scopes)) return null;
    return this.model.find({ orgAncestors: path, month }, { instructorId: 1, enterpriseId: 1 }).lean<Pick<VisitDoc, 'instructorId' | 'enterpriseId'>[]>();
  }

  /** Some instructors' visits of a year (the yearly review), for the caller's scopes. */
  async ofInstructorsInYear(scopes: readonly string[], instructorIds: string[], year: number): Promise<Pick<VisitDoc, 'instructorId' | 'enterpriseId' | 'month' | 'orgPath'>[]> {
    const docs = await this.model
      .find({ instructorId: { $in: instructorIds }, month: { $gte: `${year}-01`, $lte: `${year}-12` } }, { instructorId: 1, enterpriseId: 1, month: 1, orgPath: 1 })
      .lean<Pick<VisitDoc, 'instructorId' | 'enterpriseId' | 'month' | 'orgPath'>[]>();
    return docs.filter((d) => inAnyScope(d.orgPath, scopes));
  }

  async create(scopes: readonly string[], doc: Omit<VisitDoc, 'orgAncestors'>, events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(doc.orgPath, scopes)) throw new Error(`visit of ${doc.orgPath} written outside the caller's scope`);
    await this.model.create(withEvents({ ...doc, orgAncestors: pathAncestors(doc.orgPath) }, ...events));
  }
}
