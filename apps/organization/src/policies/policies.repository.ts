import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { inAnyScope, pathAncestors } from '@dangjian/auth';
import { EventEnvelope } from '@dangjian/contracts';
import { pathChain } from '@dangjian/domain-organization';
import { pushEvents, withEvents } from '@dangjian/messaging';
import { updateVersioned } from '@dangjian/persistence';
import { PolicyDoc, StoredPolicyVersion } from './policy.schema';

export const POLICY_MODEL = 'Policy';

/** Policies by jurisdiction path, read and written within the caller's scopes. */
@Injectable()
export class PoliciesRepository {
  constructor(@InjectModel(POLICY_MODEL) readonly model: Model<PolicyDoc>) {}

  /**
   * The policies of a path in scope and of its ancestors, which it inherits (readable by whoever
   * may read the path, though the ancestors lie above the caller's scope). By `_id`; null when the
   * path is outside the caller's scopes.
   */
  async chain(scopes: readonly string[], orgPath: string): Promise<Map<string, PolicyDoc> | null> {
    if (!inAnyScope(orgPath, scopes)) return null;
    return this.chainForService(orgPath);
  }

  /** The same for the service's own rules (formation limits, coverage lines), whoever caused the work. */
  async chainForService(orgPath: string): Promise<Map<string, PolicyDoc>> {
    const docs = await this.model.find({ _id: { $in: pathChain(orgPath) } }).lean<PolicyDoc[]>();
    return new Map(docs.map((doc) => [doc._id, doc]));
  }

  /** Writes a jurisdiction's versions with their events, guarded by the document version read (a concurrent change fails). */
  async saveVersions(scopes: readonly string[], orgPath: string, read: PolicyDoc | undefined, versions: StoredPolicyVersion[], events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(orgPath, scopes)) throw new Error(`policy of ${orgPath} written outside the caller's scope`);
    if (!read) {
      await this.model.create(withEvents({ _id: orgPath, orgAncestors: pathAncestors(orgPath), versions }, ...events));
      return;
    }
    await updateVersioned(this.model, orgPath, read.__v ?? 0, pushEvents<PolicyDoc>({ $set: { versions } }, ...events));
  }
}
