import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';
import { inAnyScope } from '@dangjian/auth';
import { OrgUnitKind } from '@dangjian/contracts';
import { EventEnvelope } from '@dangjian/contracts';
import { pushEvents, withEvents } from '@dangjian/messaging';
import { documentKey, updateVersioned, withDocumentLock } from '@dangjian/persistence';
import { OrgUnitDoc } from './org-unit.schema';

export const ORG_UNIT_MODEL = 'OrgUnit';

export interface OrgUnitListQuery {
  parentPath?: string;
  /** Units at or under this path. */
  under?: string;
  kind?: OrgUnitKind;
  after?: string;
  limit: number;
}

/** Every read takes the caller's scopes and adds them to the filter: an unscoped query does not compile. */
@Injectable()
export class OrgUnitsRepository {
  constructor(@InjectModel(ORG_UNIT_MODEL) readonly model: Model<OrgUnitDoc>) {}

  private scoped(scopes: readonly string[], filter: FilterQuery<OrgUnitDoc>): FilterQuery<OrgUnitDoc> {
    return { ...filter, orgAncestors: { $in: [...scopes] } };
  }

  findByPath(scopes: readonly string[], path: string): Promise<OrgUnitDoc | null> {
    return this.model.findOne(this.scoped(scopes, { path })).lean();
  }

  /** Read by `_id` alone (the one filter FerretDB resolves without a scan), then scope-checked. */
  async findById(scopes: readonly string[], id: string): Promise<OrgUnitDoc | null> {
    const doc = await this.model.findOne({ _id: id }).lean<OrgUnitDoc>();
    return doc && inAnyScope(doc.path, scopes) ? doc : null;
  }

  list(scopes: readonly string[], query: OrgUnitListQuery): Promise<OrgUnitDoc[]> {
    const filter: FilterQuery<OrgUnitDoc> = {};
    if (query.parentPath) filter.parentPath = query.parentPath;
    if (query.kind) filter.kind = query.kind;
    if (query.under) filter.$and = [{ orgAncestors: query.under }];
    if (query.after) filter.path = { $gt: query.after };
    return this.model.find(this.scoped(scopes, filter)).sort({ path: 1 }).limit(query.limit).lean();
  }

  /** Units by id, whatever the caller's scope (the service's own rules read them). */
  byIds(ids: string[]): Promise<OrgUnitDoc[]> {
    return this.model.find({ _id: { $in: ids } }).lean<OrgUnitDoc[]>();
  }

  /** Party organizations at or under a path in the caller's scopes, with what statistics read. */
  partyOrgsUnder(scopes: readonly string[], path: string): Promise<Pick<OrgUnitDoc, '_id' | 'path' | 'kind' | 'form' | 'foundedOn' | 'status' | 'revoked' | 'createdAt'>[]> | null {
    if (!inAnyScope(path, scopes)) return null;
    return this.model
      .find({ orgAncestors: path, kind: { $in: ['party-committee', 'general-branch', 'branch', 'party-group'] } }, { path: 1, kind: 1, form: 1, foundedOn: 1, status: 1, revoked: 1, createdAt: 1 })
      .lean<Pick<OrgUnitDoc, '_id' | 'path' | 'kind' | 'form' | 'foundedOn' | 'status' | 'revoked' | 'createdAt'>[]>();
  }

  /** Units right under a unit that are not closed, whatever the caller's scope (a closure checks them). */
  openChildren(path: string): Promise<Pick<OrgUnitDoc, '_id' | 'path'>[]> {
    return this.model.find({ parentPath: path, status: { $ne: 'closed' } }, { path: 1 }).lean<Pick<OrgUnitDoc, '_id' | 'path'>[]>();
  }

  /** Every unit of the tree, parents before children: what Keycloak's groups must mirror. */
  async wholeTree(): Promise<Pick<OrgUnitDoc, '_id' | 'path' | 'parentPath' | 'name' | 'label' | 'kind' | 'status'>[]> {
    const docs = await this.model.find({}, { path: 1, parentPath: 1, name: 1, label: 1, kind: 1, status: 1 }).lean<Pick<OrgUnitDoc, '_id' | 'path' | 'parentPath' | 'name' | 'label' | 'kind' | 'status'>[]>();
    return docs.sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path));
  }

  /** Unscoped existence check for uniqueness: a path taken elsewhere is still taken. */
  async pathTaken(path: string): Promise<boolean> {
    return (await this.model.exists({ path })) !== null;
  }

  async create(unit: Omit<OrgUnitDoc, '__v'>, events: EventEnvelope[]): Promise<void> {
    await this.model.create(withEvents(unit, ...events));
  }

  /** Changes a unit in the caller's scopes as read at `version`, with its events; VersionConflictError if it changed meanwhile. */
  async update(scopes: readonly string[], unit: OrgUnitDoc, set: Partial<OrgUnitDoc>, events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(unit.path, scopes)) throw new Error(`org unit ${unit.path} written outside the caller's scope`);
    await updateVersioned(this.model, unit._id, unit.__v ?? 0, pushEvents<OrgUnitDoc>({ $set: set }, ...events));
  }

  async count(): Promise<number> {
    return this.model.estimatedDocumentCount();
  }

  async setKeycloakGroup(id: string, groupId: string): Promise<void> {
    await withDocumentLock(documentKey(this.model, id), () => this.model.updateOne({ _id: id }, { $set: { keycloakGroupId: groupId } }));
  }
}
