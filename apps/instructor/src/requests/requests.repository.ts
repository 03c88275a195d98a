import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { inAnyScope, pathAncestors } from '@dangjian/auth';
import { EventEnvelope } from '@dangjian/contracts';
import { RequestCategory, RequestStatus } from '@dangjian/domain-instructor';
import { pushEvents, withEvents } from '@dangjian/messaging';
import { updateVersioned } from '@dangjian/persistence';
import { RequestDoc } from './request.schema';

export const REQUEST_MODEL = 'EnterpriseRequest';

/** Who reads requests: their org scopes, and a liaison's own enterprises. */
export interface RequestViewer {
  scopes: readonly string[];
  enterprises?: readonly string[];
}

const visible = (doc: Pick<RequestDoc, 'orgPath' | 'enterpriseId'>, viewer: RequestViewer) => (viewer.enterprises ? viewer.enterprises.includes(doc.enterpriseId) : inAnyScope(doc.orgPath, viewer.scopes));

/** Enterprise requests within the caller's scopes (a liaison: their enterprise's only). */
@Injectable()
export class RequestsRepository {
  constructor(@InjectModel(REQUEST_MODEL) readonly model: Model<RequestDoc>) {}

  async findById(viewer: RequestViewer, id: string): Promise<RequestDoc | null> {
    const doc = await this.model.findOne({ _id: id }).lean<RequestDoc>();
    return doc && visible(doc, viewer) ? doc : null;
  }

  /** A board page, newest first: at or under a path (or the liaison's enterprises), by status and category. */
  list(viewer: RequestViewer, query: { path: string; status?: RequestStatus; category?: RequestCategory; enterpriseId?: string; instructorId?: string; before?: [string, string]; limit: number }): Promise<RequestDoc[]> | null {
    if (!viewer.enterprises && !inAnyScope(query.path, viewer.scopes)) return null;
    const filter: FilterQuery<RequestDoc> = viewer.enterprises ? { enterpriseId: { $in: [...viewer.enterprises] } } : { orgAncestors: query.path };
    if (query.status) filter.status = query.status;
    if (query.category) filter.category = query.category;
    if (query.enterpriseId) filter.enterpriseId = query.enterpriseId;
    if (query.instructorId) filter.instructorId = query.instructorId;
    if (query.before) filter.$or = [{ acceptedOn: { $lt: query.before[0] } }, { acceptedOn: query.before[0], _id: { $lt: query.before[1] } }];
    return this.model.find(filter).sort({ acceptedOn: -1, _id: -1 }).limit(query.limit).lean<RequestDoc[]>();
  }

  /** The requests accepted in a span at or under a path, streamed with what statistics count. */
  ofSpan(scopes: readonly string[], path: string, from: string, to: string): AsyncIterable<Pick<RequestDoc, 'orgPath' | 'category' | 'status' | 'dueOn' | 'instructorId'>> | null {
    if (!inAnyScope(path, scopes)) return null;
    return this.model
      .find({ orgAncestors: path, acceptedOn: { $gte: from, $lte: to } }, { orgPath: 1, category: 1, status: 1, dueOn: 1, instructorId: 1 })
      .lean<Pick<RequestDoc, 'orgPath' | 'category' | 'status' | 'dueOn' | 'instructorId'>>()
      .cursor();
  }

  /** Requests accepted in a year in some instructors' enterprises (the yearly review). */
  async ofInstructorsInYear(scopes: readonly string[], instructorIds: string[], year: number): Promise<Pick<RequestDoc, 'instructorId' | 'status' | 'orgPath'>[]> {
    const docs = await this.model
      .find({ instructorId: { $in: instructorIds }, acceptedOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { instructorId: 1, status: 1, orgPath: 1 })
      .lean<Pick<RequestDoc, 'instructorId' | 'status' | 'orgPath'>[]>();
    return docs.filter((d) => inAnyScope(d.orgPath, scopes));
  }

  /** Open requests due before a day, county-wide (the escalation scan, no caller). */
  openDueBefore(day: string, limit: number, after = ''): Promise<RequestDoc[]> {
    return this.model
      .find({ status: { $in: ['accepted', 'in-progress'] }, dueOn: { $lt: day }, _id: { $gt: after } })
      .sort({ _id: 1 })
      .limit(limit)
      .lean<RequestDoc[]>();
  }

  async create(doc: Omit<RequestDoc, '__v' | 'orgAncestors'>, events: EventEnvelope[]): Promise<void> {
    await this.model.create(withEvents({ ...doc, orgAncestors: pathAncestors(doc.orgPath) }, ...events));
  }

  async update(read: RequestDoc, update: UpdateQuery<RequestDoc>, events: EventEnvelope[]): Promise<void> {
    await updateVersioned(this.model, read._id, read.__v ?? 0, pushEvents<RequestDoc>(update, ...events));
  }
}
