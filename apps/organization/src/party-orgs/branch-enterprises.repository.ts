import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { inAnyScope, pathAncestors } from '@dangjian/auth';
import { EventEnvelope } from '@dangjian/contracts';
import { pushEvents, withEvents } from '@dangjian/messaging';
import { guardedUpdateOne, updateVersioned } from '@dangjian/persistence';
import { AttachedEnterprise, BranchEnterprisesDoc, DetachedEnterprise, EnterpriseClaimDoc } from './branch-enterprises.schema';

export const BRANCH_ENTERPRISES_MODEL = 'BranchEnterprises';
export const ENTERPRISE_CLAIM_MODEL = 'EnterpriseClaim';

/** Branches' enterprises within the caller's scopes, and the one-branch-per-enterprise claims. */
@Injectable()
export class BranchEnterprisesRepository {
  constructor(
    @InjectModel(BRANCH_ENTERPRISES_MODEL) readonly model: Model<BranchEnterprisesDoc>,
    @InjectModel(ENTERPRISE_CLAIM_MODEL) private readonly claims: Model<EnterpriseClaimDoc>,
  ) {}

  /** A branch's enterprises by its id (read by `_id`), when its path lies in the caller's scopes. */
  async get(scopes: readonly string[], orgId: string, orgPath: string): Promise<BranchEnterprisesDoc | null> {
    if (!inAnyScope(orgPath, scopes)) return null;
    return this.model.findOne({ _id: orgId }).lean<BranchEnterprisesDoc>();
  }

  /**
   * Claims an enterprise for a branch; resolves to the branch holding it instead when it is taken.
   * A claim the other branch's document does not confirm was left by a crash and is taken over.
   */
  async claim(enterpriseId: string, orgId: string): Promise<{ taken: false } | { taken: true; orgId: string }> {
    for (;;) {
      try {
        await this.claims.create({ _id: enterpriseId, orgId, at: new Date() });
        return { taken: false };
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
      }
      const claim = await this.claims.findOne({ _id: enterpriseId }).lean<EnterpriseClaimDoc>();
      if (!claim) continue;
      if (claim.orgId === orgId) return { taken: false };
      if (!claim.orgId) {
        if (await guardedUpdateOne(this.claims, enterpriseId, { orgId: '' }, { $set: { orgId, at: new Date() } })) return { taken: false };
        continue;
      }
      const holder = await this.model.findOne({ _id: claim.orgId }).lean<BranchEnterprisesDoc>();
      if (holder?.enterprises.some((e) => e.enterpriseId === enterpriseId)) return { taken: true, orgId: claim.orgId };
      if (await guardedUpdateOne(this.claims, enterpriseId, { orgId: claim.orgId }, { $set: { orgId, at: new Date() } })) return { taken: false };
    }
  }

  /** The branch an enterprise is attached to (its claim, confirmed by the branch's document), whatever the caller's scope. */
  async coveringBranch(enterpriseId: string): Promise<string | null> {
    const claim = await this.claims.findOne({ _id: enterpriseId }).lean<EnterpriseClaimDoc>();
    if (!claim?.orgId) return null;
    const holder = await this.model.findOne({ _id: claim.orgId }).lean<BranchEnterprisesDoc>();
    return holder?.enterprises.some((e) => e.enterpriseId === enterpriseId) ? claim.orgId : null;
  }

  /** Which of several enterprises a branch covers (claims confirmed by the branches' documents). */
  async coveredAmong(enterpriseIds: string[]): Promise<Set<string>> {
    const claims = (await this.claims.find({ _id: { $in: enterpriseIds } }).lean<EnterpriseClaimDoc[]>()).filter((c) => c.orgId);
    const holders = await this.model.find({ _id: { $in: [...new Set(claims.map((c) => c.orgId))] } }, { enterprises: 1 }).lean<Pick<BranchEnterprisesDoc, '_id' | 'enterprises'>[]>();
    const held = new Map(holders.map((h) => [h._id, new Set(h.enterprises.map((e) => e.enterpriseId))]));
    return new Set(claims.filter((c) => held.get(c.orgId)?.has(c._id)).map((c) => c._id));
  }

  /** Which branch covers each enterprise, for the branches at or under a path, whatever the caller's scope. */
  async coverageUnder(path: string): Promise<Map<string, string>> {
    const docs = await this.model.find({ orgAncestors: path }, { enterprises: 1 }).lean<Pick<BranchEnterprisesDoc, '_id' | 'enterprises'>[]>();
    return new Map(docs.flatMap((d) => d.enterprises.map((e) => [e.enterpriseId, d._id] as const)));
  }

  /** How many enterprises each branch at or under a path covers, whatever the caller's scope. */
  async countsUnder(path: string): Promise<Map<string, number>> {
    const docs = await this.model.find({ orgAncestors: path }, { enterprises: 1 }).lean<Pick<BranchEnterprisesDoc, '_id' | 'enterprises'>[]>();
    return new Map(docs.map((d) => [d._id, d.enterprises.length]));
  }

  /** Gives a claim up, if this branch holds it. */
  async release(enterpriseId: string, orgId: string): Promise<void> {
    await guardedUpdateOne(this.claims, enterpriseId, { orgId }, { $set: { orgId: '', at: new Date() } });
  }

  /** Writes a branch's enterprises with their events, guarded by the document version read. */
  async save(
    scopes: readonly string[],
    orgId: string,
    orgPath: string,
    read: BranchEnterprisesDoc | null,
    next: { enterprises: AttachedEnterprise[]; history: DetachedEnterprise[] },
    events: EventEnvelope[],
  ): Promise<void> {
    if (!inAnyScope(orgPath, scopes)) throw new Error(`enterprises of ${orgPath} written outside the caller's scope`);
    if (!read) {
      await this.model.create(withEvents({ _id: orgId, orgPath, orgAncestors: pathAncestors(orgPath), ...next }, ...events));
      return;
    }
    await updateVersioned(this.model, orgId, read.__v ?? 0, pushEvents<BranchEnterprisesDoc>({ $set: next }, ...events));
  }
}
