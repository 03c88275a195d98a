import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { inAnyScope, pathAncestors } from '@dangjian/auth';
import { EnterpriseFacts } from '@dangjian/contracts';
import { escapeRegex, storeIfNewer } from '@dangjian/persistence';
import { EnterpriseDoc } from './enterprise.schema';

export const ENTERPRISE_MODEL = 'Enterprise';

/** The instructor service's copy of registry's enterprises; reads take the caller's scopes. */
@Injectable()
export class EnterprisesRepository {
  constructor(@InjectModel(ENTERPRISE_MODEL) readonly model: Model<EnterpriseDoc>) {}

  async findById(scopes: readonly string[], id: string): Promise<EnterpriseDoc | null> {
    const doc = await this.model.findOne({ _id: id }).lean<EnterpriseDoc>();
    return doc && inAnyScope(doc.orgPath, scopes) ? doc : null;
  }

  /** For the service's own checks (a liaison's enterprise, an event's): no caller scope. */
  findAny(id: string): Promise<EnterpriseDoc | null> {
    return this.model.findOne({ _id: id }).lean<EnterpriseDoc>();
  }

  /** The enterprises a liaison answers for. */
  ofLiaison(username: string): Promise<EnterpriseDoc[]> {
    return this.model.find({ liaisons: username }).lean<EnterpriseDoc[]>();
  }

  /** Operating enterprises without party members at or under a path (whose name contains `q`, if given), in id order after a cursor. */
  withoutMembers(scopes: readonly string[], path: string, after: string, limit: number, q?: string): Promise<EnterpriseDoc[]> | null {
    if (!inAnyScope(path, scopes)) return null;
    return this.model
      .find({ orgAncestors: path, partyMembers: 0, status: { $ne: 'deregistered' }, _id: { $gt: after }, ...(q ? { name: { $regex: escapeRegex(q) } } : {}) })
      .sort({ _id: 1 })
      .limit(limit)
      .lean<EnterpriseDoc[]>();
  }

  /** Applies registry's facts as of `at`, unless newer ones were applied already. Safe to repeat. */
  async apply(facts: EnterpriseFacts, at: string): Promise<void> {
    const next: EnterpriseDoc = {
      _id: facts.id,
      uscc: facts.uscc,
      name: facts.name,
      kind: facts.kind,
      orgPath: facts.orgPath,
      orgAncestors: pathAncestors(facts.orgPath),
      status: facts.status,
      partyMembers: facts.partyMembers,
      liaisons: facts.liaisons ?? [],
      factsAt: at,
    };
    // Events older than the liaisons field say nothing of them: keep what is known.
    await storeIfNewer(this.model, next, 'factsAt', facts.liaisons === undefined ? ['liaisons'] : []);
  }
}
