import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { inAnyScope, pathAncestors } from '@dangjian/auth';
import { EventEnvelope } from '@dangjian/contracts';
import { DevelopmentStage } from '@dangjian/domain-organization';
import { pushEvents, withEvents } from '@dangjian/messaging';
import { escapeRegex, guardedUpdateOne, insertSkippingDuplicates, updateVersioned } from '@dangjian/persistence';
import { IdentityViewDoc, MemberCategory, MemberClaimDoc, MemberDoc, MemberStatus } from './member.schema';

export const MEMBER_MODEL = 'Member';
export const MEMBER_CLAIM_MODEL = 'MemberClaim';
export const IDENTITY_VIEW_MODEL = 'MemberIdentityView';

export interface MemberListQuery {
  /** A unit at or under which to list; must lie in the caller's scopes. */
  path: string;
  status: MemberStatus;
  category?: MemberCategory;
  stage?: DevelopmentStage;
  /** Name prefix. */
  name?: string;
  /** The last row of the previous page: org path, name, id. */
  after?: [string, string, string];
  limit: number;
}

/** Members within the caller's scopes; the claims that keep a person in one org at a time. */
@Injectable()
export class MembersRepository {
  constructor(
    @InjectModel(MEMBER_MODEL) readonly model: Model<MemberDoc>,
    @InjectModel(MEMBER_CLAIM_MODEL) private readonly claims: Model<MemberClaimDoc>,
    @InjectModel(IDENTITY_VIEW_MODEL) readonly identityViews: Model<IdentityViewDoc>,
  ) {}

  /** Read by `_id` (the one filter FerretDB resolves without a scan), then scope-checked. */
  async findById(scopes: readonly string[], id: string): Promise<MemberDoc | null> {
    const doc = await this.model.findOne({ _id: id }).lean<MemberDoc>();
    return doc && inAnyScope(doc.orgPath, scopes) ? doc : null;
  }

  /** A page in (org path, name, id) order; null when the path lies outside the caller's scopes. */
  async list(scopes: readonly string[], query: MemberListQuery): Promise<MemberDoc[] | null> {
    if (!inAnyScope(query.path, scopes)) return null;
    const filter: FilterQuery<MemberDoc> = { orgAncestors: query.path, status: query.status };
    if (query.category) filter.category = query.category;
    if (query.stage) filter.stage = query.stage;
    if (query.name) filter.name = { $regex: `^${escapeRegex(query.name)}` };
    if (query.after) {
      const [orgPath, name, id] = query.after;
      filter.$or = [{ orgPath: { $gt: orgPath } }, { orgPath, name: { $gt: name } }, { orgPath, name, _id: { $gt: id } }];
    }
    return this.model.find(filter).sort({ orgPath: 1, name: 1, _id: 1 }).limit(query.limit).lean<MemberDoc[]>();
  }

  /**
   * The active record of one person by the citizen ID's blind index: the person's claim (read by `_id`, fast on
   * every server) names it.
   */
  async activeByCitizenIdHash(scopes: readonly string[], hash: string): Promise<MemberDoc | null> {
    const claim = await this.claims.findOne({ _id: hash }).lean<MemberClaimDoc>();
    const doc = claim?.memberId ? await this.model.findOne({ _id: claim.memberId }).lean<MemberDoc>() : null;
    return doc && doc.status === 'active' && doc.citizenId.h === hash && inAnyScope(doc.orgPath, scopes) ? doc : null;
  }

  /** Every record (active or history) of one person by the blind index (indexed on MongoDB; FerretDB scans), within the caller's scopes. */
  async byCitizenIdHash(scopes: readonly string[], hash: string): Promise<MemberDoc[]> {
    const docs = await this.model.find({ 'citizenId.h': hash }).sort({ createdAt: -1 }).lean<MemberDoc[]>();
    return docs.filter((doc) => inAnyScope(doc.orgPath, scopes));
  }

  /** The active members (probationary and formal) at or under an org, by name; null outside the caller's scopes. */
  rosterUnder(scopes: readonly string[], path: string): Promise<Pick<MemberDoc, '_id' | 'name' | 'stage' | 'orgId'>[]> | null {
    if (!inAnyScope(path, scopes)) return null;
    return this.model
      .find({ orgAncestors: path, status: 'active', category: 'member' }, { name: 1, stage: 1, orgId: 1 })
      .sort({ orgPath: 1, name: 1, _id: 1 })
      .lean<Pick<MemberDoc, '_id' | 'name' | 'stage' | 'orgId'>[]>();
  }

  /** Records by id, whatever the caller's scope (the service's own jobs read them). */
  byIds(ids: string[]): Promise<Pick<MemberDoc, '_id' | 'status' | 'orgId' | 'orgPath'>[]> {
    return this.model.find({ _id: { $in: ids } }, { status: 1, orgId: 1, orgPath: 1 }).lean<Pick<MemberDoc, '_id' | 'status' | 'orgId' | 'orgPath'>[]>();
  }

  /** A batch of active probationary members in `_id` order, for the probation reminder (the service's own job). */
  probationaryAfter(after: string, limit: number): Promise<MemberDoc[]> {
    return this.model.find({ status: 'active', stage: 'probationary', _id: { $gt: after } }).sort({ _id: 1 }).limit(limit).lean<MemberDoc[]>();
  }

  /** Records the reminder of a probation's end once: only while the record still shows the one read. */
  remindProbationEnd(read: MemberDoc, endsOn: string, events: EventEnvelope[]): Promise<boolean> {
    return guardedUpdateOne(this.model, read._id, { probationReminderFor: read.probationReminderFor ?? null }, pushEvents<MemberDoc>({ $set: { probationReminderFor: endsOn } }, ...events));
  }

  /** The active record a platform user is, whatever the caller's scope (the user's own). */
  ownRecord(account: string): Promise<MemberDoc | null> {
    return this.model.findOne({ account, status: 'active' }).lean<MemberDoc>();
  }

  /** Records with a step dated in a span (and maybe others: each bound may match another step), at or under a path. */
  stepsDated(scopes: readonly string[], path: string, from: string, to: string): Promise<Pick<MemberDoc, '_id' | 'orgPath' | 'steps'>[]> | null {
    if (!inAnyScope(path, scopes)) return null;
    return this.model
      .find({ orgAncestors: path, 'steps.on': { $gte: from, $lte: to } }, { orgPath: 1, steps: 1 })
      .lean<Pick<MemberDoc, '_id' | 'orgPath' | 'steps'>[]>();
  }

  /**
   * Claims a person (by the blind index) for a record; resolves to the record holding the person
   * instead when an active one does. A claim its record does not confirm is taken over.
   */
  async claim(hash: string, memberId: string): Promise<{ taken: false } | { taken: true; holder: MemberDoc }> {
    for (;;) {
      try {
        await this.claims.create({ _id: hash, memberId, at: new Date() });
        return { taken: false };
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
      }
      const claim = await this.claims.findOne({ _id: hash }).lean<MemberClaimDoc>();
      if (!claim) continue;
      if (claim.memberId === memberId) return { taken: false };
      const holder = claim.memberId ? await this.model.findOne({ _id: claim.memberId }).lean<MemberDoc>() : null;
      if (holder && holder.status === 'active' && holder.citizenId.h === hash) return { taken: true, holder };
      if (await guardedUpdateOne(this.claims, hash, { memberId: claim.memberId }, { $set: { memberId, at: new Date() } })) return { taken: false };
    }
  }

  /** Claims many people at once (an import); the positions already claimed, to be settled one by one with `claim`. */
  claimMany(claims: { hash: string; memberId: string }[]): Promise<Set<number>> {
    return insertSkippingDuplicates(this.claims, claims.map((c) => ({ _id: c.hash, memberId: c.memberId, at: new Date() })));
  }

  /** Inserts records with their events (an import's batch). */
  async createMany(scopes: readonly string[], docs: { doc: Omit<MemberDoc, '__v' | 'orgAncestors'>; events: EventEnvelope[] }[]): Promise<void> {
    for (const { doc } of docs) if (!inAnyScope(doc.orgPath, scopes)) throw new Error(`member of ${doc.orgPath} written outside the caller's scope`);
    await this.model.insertMany(docs.map(({ doc, events }) => withEvents({ ...doc, orgAncestors: pathAncestors(doc.orgPath) }, ...events)));
  }

  /** Gives a claim up, if this record holds it. */
  async release(hash: string, memberId: string): Promise<void> {
    await guardedUpdateOne(this.claims, hash, { memberId }, { $set: { memberId: '', at: new Date() } });
  }

  async create(scopes: readonly string[], doc: Omit<MemberDoc, '__v' | 'orgAncestors'>, events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(doc.orgPath, scopes)) throw new Error(`member of ${doc.orgPath} written outside the caller's scope`);
    await this.model.create(withEvents({ ...doc, orgAncestors: pathAncestors(doc.orgPath) }, ...events));
  }

  /** Changes a record as read, with its events; VersionConflictError if it changed meanwhile. */
  async update(scopes: readonly string[], read: MemberDoc, update: UpdateQuery<MemberDoc>, events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(read.orgPath, scopes)) throw new Error(`member of ${read.orgPath} written outside the caller's scope`);
    await updateVersioned(this.model, read._id, read.__v ?? 0, pushEvents<MemberDoc>(update, ...events));
  }

  /** A transfer's change to a record: the service checked the side acting, whose scope need not hold the record. */
  async updateForTransfer(read: MemberDoc, update: UpdateQuery<MemberDoc>, events: EventEnvelope[]): Promise<void> {
    await updateVersioned(this.model, read._id, read.__v ?? 0, pushEvents<MemberDoc>(update, ...events));
  }

  /** Stores the audit event of a full view before the number is answered. */
  async recordIdentityView(id: string, memberId: string, event: EventEnvelope): Promise<void> {
    await this.identityViews.create(withEvents({ _id: id, memberId, at: new Date() }, event));
  }
}

