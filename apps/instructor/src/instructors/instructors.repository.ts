import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { inAnyScope, pathAncestors } from '@dangjian/auth';
import { EventEnvelope } from '@dangjian/contracts';
import { InstructorStatus } from '@dangjian/domain-instructor';
import { pushEvents, withEvents } from '@dangjian/messaging';
import { escapeRegex, guardedUpdateOne, updateVersioned } from '@dangjian/persistence';
import { AssignmentDoc, EnterpriseClaimDoc, InstructorDoc } from './instructor.schema';

export const INSTRUCTOR_MODEL = 'Instructor';
export const ASSIGNMENT_MODEL = 'Assignment';
export const ENTERPRISE_CLAIM_MODEL = 'EnterpriseClaim';

const outside = (what: string, path: string) => new Error(`${what} of ${path} written outside the caller's scope`);

/** Instructors and their assignments within the caller's scopes; the claims that give an enterprise one instructor at a time. */
@Injectable()
export class InstructorsRepository {
  constructor(
    @InjectModel(INSTRUCTOR_MODEL) readonly model: Model<InstructorDoc>,
    @InjectModel(ASSIGNMENT_MODEL) readonly assignments: Model<AssignmentDoc>,
    @InjectModel(ENTERPRISE_CLAIM_MODEL) private readonly claims: Model<EnterpriseClaimDoc>,
  ) {}

  async findById(scopes: readonly string[], id: string): Promise<InstructorDoc | null> {
    const doc = await this.model.findOne({ _id: id }).lean<InstructorDoc>();
    return doc && inAnyScope(doc.orgPath, scopes) ? doc : null;
  }

  /** The instructor record of a platform account, in the caller's scopes. */
  async findByAccount(scopes: readonly string[], account: string): Promise<InstructorDoc | null> {
    const doc = await this.model.findOne({ account, status: 'active' }).lean<InstructorDoc>();
    return doc && inAnyScope(doc.orgPath, scopes) ? doc : null;
  }

  /** A jurisdiction's instructors by name, then id, after a cursor. */
  list(scopes: readonly string[], path: string, query: { status?: InstructorStatus; q?: string; after?: [string, string]; limit: number }): Promise<InstructorDoc[]> | null {
    if (!inAnyScope(path, scopes)) return null;
    const filter: FilterQuery<InstructorDoc> = { orgAncestors: path };
    if (query.status) filter.status = query.status;
    if (query.q) filter.name = { $regex: escapeRegex(query.q) };
    if (query.after) filter.$or = [{ name: { $gt: query.after[0] } }, { name: query.after[0], _id: { $gt: query.after[1] } }];
    return this.model.find(filter).sort({ name: 1, _id: 1 }).limit(query.limit).lean<InstructorDoc[]>();
  }

  async create(scopes: readonly string[], doc: Omit<InstructorDoc, '__v' | 'orgAncestors'>, events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(doc.orgPath, scopes)) throw outside('instructor', doc.orgPath);
    await this.model.create(withEvents({ ...doc, orgAncestors: pathAncestors(doc.orgPath) }, ...events));
  }

  async update(scopes: readonly string[], read: InstructorDoc, update: UpdateQuery<InstructorDoc>, events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(read.orgPath, scopes)) throw outside('instructor', read.orgPath);
    await updateVersioned(this.model, read._id, read.__v ?? 0, pushEvents<InstructorDoc>(update, ...events));
  }

  async findAssignment(scopes: readonly string[], id: string): Promise<AssignmentDoc | null> {
    const doc = await this.assignments.findOne({ _id: id }).lean<AssignmentDoc>();
    return doc && inAnyScope(doc.orgPath, scopes) ? doc : null;
  }

  /** An instructor's assignments, in force first then newest; only those in force when asked. */
  ofInstructor(instructorId: string, inForceOnly = false): Promise<AssignmentDoc[]> {
    return this.assignments
      .find({ instructorId, ...(inForceOnly ? { until: null } : {}) })
      .sort({ until: 1, from: -1 })
      .lean<AssignmentDoc[]>();
  }

  /** An enterprise's instructors over time, newest first. */
  async ofEnterprise(scopes: readonly string[], enterpriseId: string): Promise<AssignmentDoc[]> {
    // Newest first; on a hand-over day the assignment in force (until null sorts first) before the one it replaced.
    const docs = await this.assignments.find({ enterpriseId }).sort({ from: -1, until: 1 }).lean<AssignmentDoc[]>();
    return docs.filter((d) => inAnyScope(d.orgPath, scopes));
  }

  /** Assignments that were in force on some day of a span at or under a path (visits owed, reviews). */
  overlapping(scopes: readonly string[], path: string, from: string, until: string): Promise<AssignmentDoc[]> | null {
    if (!inAnyScope(path, scopes)) return null;
    return this.assignments.find({ orgAncestors: path, from: { $lt: until }, $or: [{ until: null }, { until: { $gt: from } }] }).lean<AssignmentDoc[]>();
  }

  /** Of some enterprises, those an assignment holds now. */
  async heldEnterprises(ids: string[]): Promise<Set<string>> {
    const docs = await this.claims.find({ _id: { $in: ids }, assignmentId: { $ne: '' } }, { _id: 1 }).lean<{ _id: string }[]>();
    return new Set(docs.map((d) => d._id));
  }

  /**
   * Claims an enterprise for an assignment. Resolves to the assignment in force that holds it instead, or
   * to 'busy' while another claim of the last minute has not written its assignment yet. A claim whose
   * assignment ended, or was never written (a crash between the two writes), is taken over.
   */
  async claimEnterprise(enterpriseId: string, assignmentId: string): Promise<AssignmentDoc | 'busy' | null> {
    for (;;) {
      try {
        await this.claims.create({ _id: enterpriseId, assignmentId, at: new Date() });
        return null;
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
      }
      const claim = await this.claims.findOne({ _id: enterpriseId }).lean<EnterpriseClaimDoc>();
      if (!claim) continue;
      if (claim.assignmentId === assignmentId) return null;
      const holder = claim.assignmentId ? await this.assignments.findOne({ _id: claim.assignmentId }).lean<AssignmentDoc>() : null;
      if (holder && holder.until === null) return holder;
      if (!holder && claim.assignmentId && Date.now() - new Date(claim.at).getTime() < 60_000) return 'busy';
      if (await guardedUpdateOne(this.claims, enterpriseId, { assignmentId: claim.assignmentId }, { $set: { assignmentId, at: new Date() } })) return null;
    }
  }

  /** Gives an enterprise up, if this assignment holds it. */
  async releaseEnterprise(enterpriseId: string, assignmentId: string): Promise<void> {
    await guardedUpdateOne(this.claims, enterpriseId, { assignmentId }, { $set: { assignmentId: '', at: new Date() } });
  }

  async createAssignment(scopes: readonly string[], doc: Omit<AssignmentDoc, '__v' | 'orgAncestors'>, events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(doc.orgPath, scopes)) throw outside('assignment', doc.orgPath);
    await this.assignments.create(withEvents({ ...doc, orgAncestors: pathAncestors(doc.orgPath) }, ...events));
  }

  async endAssignment(scopes: readonly string[], read: AssignmentDoc, set: Pick<AssignmentDoc, 'until' | 'endReason' | 'endNote'>, events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(read.orgPath, scopes)) throw outside('assignment', read.orgPath);
    await updateVersioned(this.assignments, read._id, read.__v ?? 0, pushEvents<AssignmentDoc>({ $set: set } as UpdateQuery<AssignmentDoc>, ...events));
  }
}
