import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import { callerScopes, inAnyScope } from '@dangjian/auth';
import { RequestContext } from '@dangjian/platform';
import { CENSUS_STAGES, EventEnvelope, EnterpriseKind, EnterpriseStatus } from '@dangjian/contracts';
import { CensusListStage } from './dtos/enterprise.dto';
import { bigrams } from '@dangjian/domain-registry';
import { pushEvents, withEvents } from '@dangjian/messaging';
import { VersionConflictError, updateVersioned, withDocumentLocks } from '@dangjian/persistence';
import { EnterpriseDoc } from './enterprise.schema';

export const ENTERPRISE_MODEL = 'Enterprise';

export interface EnterpriseListQuery {
  orgPath?: string;
  kind?: EnterpriseKind;
  industry?: string;
  status?: EnterpriseStatus;
  hasMembers?: boolean;
  employeesMin?: number;
  employeesMax?: number;
  q?: string;
  census?: { year: number; stage: CensusListStage };
  sort: 'name' | 'employees' | 'updatedAt';
  after?: { value: string | number; id: string };
  limit: number;
}

const SORTS: Record<EnterpriseListQuery['sort'], { field: keyof EnterpriseDoc; order: 1 | -1 }> = {
  name: { field: 'name', order: 1 },
  employees: { field: 'employees', order: -1 },
  updatedAt: { field: 'updatedAt', order: -1 },
};

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Who reads the ledger: their org scopes and, for an enterprise liaison, the username enterprises name as their liaison. */
export interface LedgerViewer {
  scopes: readonly string[];
  liaison?: string;
}

export function ledgerViewer(): LedgerViewer {
  const principal = RequestContext.principal();
  return { scopes: callerScopes(), liaison: principal?.roles.includes('enterprise-liaison') ? principal.username : undefined };
}

function visibleTo(doc: EnterpriseDoc, viewer: LedgerViewer): boolean {
  return inAnyScope(doc.orgPath, viewer.scopes) || (!!viewer.liaison && (doc.liaisons ?? []).includes(viewer.liaison));
}

/** Every read takes the caller's scopes and adds them to the filter; uniqueness checks alone are county-wide. */
@Injectable()
export class EnterprisesRepository {
  constructor(@InjectModel(ENTERPRISE_MODEL) readonly model: Model<EnterpriseDoc>) {}

  /** Read by `_id` alone (the one filter FerretDB resolves without a scan), then scope-checked. */
  async findById(viewer: LedgerViewer, id: string): Promise<EnterpriseDoc | null> {
    const doc = await this.model.findOne({ _id: id }).lean<EnterpriseDoc>();
    return doc && visibleTo(doc, viewer) ? doc : null;
  }

  /** County-wide: a shadow may sit in another park. */
  async idsWithShadowKeys(keys: string[], exceptId?: string): Promise<string[]> {
    if (keys.length === 0) return [];
    const docs = await this.model.find({ shadowKeys: { $in: keys }, ...(exceptId ? { _id: { $ne: exceptId } } : {}) }, { _id: 1 }).limit(50).lean();
    return docs.map((d) => d._id);
  }

  async addShadowSuspect(ids: string[], suspectId: string): Promise<void> {
    if (ids.length) {
      await withDocumentLocks(this.model, ids, () => this.model.updateMany({ _id: { $in: ids } }, { $addToSet: { shadowSuspects: suspectId } }));
    }
  }

  /**
   * Flags probable shadows among the records a run inserted: every record sharing a normalized
   * name+address or legal representative+address key with one of them, county-wide.
   */
  async flagShadowsOfRun(runId: string): Promise<number> {
    // One pass over the ledger's keys (FerretDB answers any filter but _id with a scan anyway).
    const byKey = new Map<string, string[]>();
    const fromRun = new Set<string>();
    const cursor = this.model.find({}, { shadowKeys: 1, importRunId: 1 }).select('+shadowKeys +importRunId').lean<EnterpriseDoc>().cursor({ batchSize: 2000 });
    for await (const doc of cursor as AsyncIterable<EnterpriseDoc>) {
      if (doc.importRunId === runId) fromRun.add(doc._id);
      for (const key of doc.shadowKeys ?? []) {
        const ids = byKey.get(key);
        if (ids) ids.push(doc._id);
        else byKey.set(key, [doc._id]);
      }
    }
    const suspects = new Map<string, Set<string>>();
    for (const ids of byKey.values()) {
      if (ids.length < 2 || !ids.some((id) => fromRun.has(id))) continue;
      for (const id of ids) for (const other of ids) if (other !== id) suspects.set(id, (suspects.get(id) ?? new Set()).add(other));
    }
    for (const [id, others] of suspects) {
      await withDocumentLocks(this.model, [id], () => this.model.updateOne({ _id: id }, { $addToSet: { shadowSuspects: { $each: [...others] } } }));
    }
    return suspects.size;
  }

  async create(doc: Omit<EnterpriseDoc, '__v'>, events: EventEnvelope[]): Promise<void> {
    await this.model.create(withEvents(doc, ...events));
  }

  /** Applies the update only if the stored version is the one the caller read. */
  async updateAt(id: string, version: number, update: UpdateQuery<EnterpriseDoc>, events: EventEnvelope[]): Promise<'ok' | 'stale'> {
    try {
      await updateVersioned(this.model, id, version, pushEvents(update, ...events));
      return 'ok';
    } catch (error) {
      if (error instanceof VersionConflictError) return 'stale';
      throw error;
    }
  }

  /**
   * Enterprises whose record in that year's census waits at the stage (or is in the base / excluded),
   * read from the census records (registry's own collection).
   */
  private async idsAtCensusStage(viewer: LedgerViewer, census: NonNullable<EnterpriseListQuery['census']>): Promise<string[]> {
    const index = (CENSUS_STAGES as readonly string[]).indexOf(census.stage);
    const filter = {
      year: census.year,
      orgAncestors: { $in: [...viewer.scopes] },
      ...(index >= 0 ? { outcome: 'pending', passed: index } : { outcome: census.stage }),
    };
    const records = await this.model.db.collection('census_records').find(filter, { projection: { enterpriseId: 1 } }).toArray();
    return records.map((r) => String(r.enterpriseId));
  }

  async list(viewer: LedgerViewer, query: EnterpriseListQuery): Promise<EnterpriseDoc[]> {
    const inScope = { orgAncestors: { $in: [...viewer.scopes] } };
    const and: FilterQuery<EnterpriseDoc>[] = [viewer.liaison ? { $or: [inScope, { liaisons: viewer.liaison }] } : inScope];
    if (query.orgPath) and.push({ orgAncestors: query.orgPath });
    if (query.kind) and.push({ kind: query.kind });
    if (query.status) and.push({ status: query.status });
    if (query.industry) and.push({ industryCode: { $regex: `^${escapeRegex(query.industry)}` } });
    if (query.hasMembers !== undefined) and.push({ partyMembers: query.hasMembers ? { $gt: 0 } : 0 });
    if (query.employeesMin !== undefined || query.employeesMax !== undefined) {
      and.push({
        employees: {
          ...(query.employeesMin !== undefined ? { $gte: query.employeesMin } : {}),
          ...(query.employeesMax !== undefined ? { $lte: query.employeesMax } : {}),
        },
      });
    }
    if (query.q) {
      const q = query.q.trim();
      if (/^[0-9A-Za-z]{4,18}$/.test(q)) and.push({ $or: [{ uscc: { $regex: `^${q.toUpperCase()}` } }, { searchKeys: { $all: bigrams(q) } }] });
      else and.push({ searchKeys: { $all: bigrams(q) } });
    }
    if (query.census) and.push({ _id: { $in: await this.idsAtCensusStage(viewer, query.census) } });
    const { field, order } = SORTS[query.sort];
    if (query.after) {
      const cmp = order === 1 ? '$gt' : '$lt';
      and.push({ $or: [{ [field]: { [cmp]: query.after.value } }, { [field]: query.after.value, _id: { $gt: query.after.id } }] });
    }
    const sort: Record<string, SortOrder> = { [field]: order, _id: 1 };
    return this.model.find({ $and: and }).sort(sort).limit(query.limit).lean<EnterpriseDoc[]>();
  }
}
