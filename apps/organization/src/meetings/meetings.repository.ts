import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { inAnyScope, pathAncestors } from '@dangjian/auth';
import { EventEnvelope } from '@dangjian/contracts';
import { MeetingKind } from '@dangjian/domain-organization';
import { pushEvents, withEvents } from '@dangjian/messaging';
import { updateVersioned } from '@dangjian/persistence';
import { ActivityDayDoc, MeetingDoc } from './meeting.schema';

export const MEETING_MODEL = 'Meeting';
export const ACTIVITY_DAY_MODEL = 'ActivityDay';

/** Meetings and activity days within the caller's scopes. */
@Injectable()
export class MeetingsRepository {
  constructor(
    @InjectModel(MEETING_MODEL) readonly model: Model<MeetingDoc>,
    @InjectModel(ACTIVITY_DAY_MODEL) readonly activityDays: Model<ActivityDayDoc>,
  ) {}

  async findById(scopes: readonly string[], id: string): Promise<MeetingDoc | null> {
    const doc = await this.model.findOne({ _id: id }).lean<MeetingDoc>();
    return doc && inAnyScope(doc.orgPath, scopes) ? doc : null;
  }

  /** One org's meetings, newest first, optionally of one kind and within a span of days. */
  ofOrg(scopes: readonly string[], org: { _id: string; path: string }, query: { kind?: MeetingKind; from?: string; to?: string; before?: [string, string]; limit: number }): Promise<MeetingDoc[]> | null {
    if (!inAnyScope(org.path, scopes)) return null;
    const filter: FilterQuery<MeetingDoc> = { orgId: org._id };
    if (query.kind) filter.kind = query.kind;
    if (query.from || query.to) filter.heldOn = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lte: query.to } : {}) };
    if (query.before) {
      const [heldOn, id] = query.before;
      filter.$or = [{ heldOn: { $lt: heldOn } }, { heldOn, _id: { $lt: id } }];
    }
    return this.model.find(filter).sort({ heldOn: -1, _id: -1 }).limit(query.limit).lean<MeetingDoc[]>();
  }

  /** When each of some orgs (a page of them, in the caller's scopes) met, of each kind, in a span: what compliance reads. */
  datesOf(scopes: readonly string[], orgs: { _id: string; path: string }[], from: string, to: string): Promise<Pick<MeetingDoc, 'orgId' | 'kind' | 'heldOn'>[]> {
    const ids = orgs.filter((o) => inAnyScope(o.path, scopes)).map((o) => o._id);
    return this.model.find({ orgId: { $in: ids }, heldOn: { $gte: from, $lte: to } }, { orgId: 1, kind: 1, heldOn: 1 }).lean<Pick<MeetingDoc, 'orgId' | 'kind' | 'heldOn'>[]>();
  }

  async create(scopes: readonly string[], doc: Omit<MeetingDoc, '__v' | 'orgAncestors'>, events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(doc.orgPath, scopes)) throw new Error(`meeting of ${doc.orgPath} written outside the caller's scope`);
    await this.model.create(withEvents({ ...doc, orgAncestors: pathAncestors(doc.orgPath) }, ...events));
  }

  async activityDay(scopes: readonly string[], org: { _id: string; path: string }): Promise<ActivityDayDoc | null> {
    if (!inAnyScope(org.path, scopes)) return null;
    return this.activityDays.findOne({ _id: org._id }).lean<ActivityDayDoc>();
  }

  /** The activity days of the general branches at or under a path, in path order. */
  activityDaysUnder(scopes: readonly string[], path: string): Promise<ActivityDayDoc[]> | null {
    if (!inAnyScope(path, scopes)) return null;
    return this.activityDays.find({ orgAncestors: path }).sort({ orgPath: 1 }).lean<ActivityDayDoc[]>();
  }

  async saveActivityDay(scopes: readonly string[], org: { _id: string; path: string }, read: ActivityDayDoc | null, update: { set: Partial<ActivityDayDoc>; create: Omit<ActivityDayDoc, '_id' | 'orgPath' | 'orgAncestors' | '__v'> }, events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(org.path, scopes)) throw new Error(`activity day of ${org.path} written outside the caller's scope`);
    if (!read) {
      await this.activityDays.create(withEvents({ _id: org._id, orgPath: org.path, orgAncestors: pathAncestors(org.path), ...update.create }, ...events));
      return;
    }
    await updateVersioned(this.activityDays, org._id, read.__v ?? 0, pushEvents<ActivityDayDoc>({ $set: update.set } as UpdateQuery<ActivityDayDoc>, ...events));
  }
}
