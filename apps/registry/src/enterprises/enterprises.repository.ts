import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import { callerScopes, inAnyScope } from '@dangjian/auth';
import { RequestContext } from '@dangjian/platform';
import { CENSUS_STAGES, EventEnvelope, EnterpriseKind, EnterpriseStatus } from '@dangjian/contracts';
import { CensusListStage } from './dtos/enterprise.dto';
import { bigrams } from '@dangjian/domain-registry';
import { pushEvents, withEvents } from '@dangjian/messaging';
import { VersionConflictError, escapeRegex, updateVersioned, withDocumentLocks } from '@dangjian/persistence';
import { ENTERPRISE_MODEL, EnterpriseDoc } from './enterprise.schema';
import { ShadowKeyEntry, ShadowKeyIndex } from './shadow-key-index';

export { ENTERPRISE_MODEL };

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
  return (
    inAnyScope(doc.orgPath, viewer.scopes) ||
    (!!doc.partyOrg && inAnyScope(doc.partyOrg.orgPath, viewer.scopes)) ||
    (!!viewer.liaison && (doc.liaisons ?? []).includes(viewer.liaison))
  );
}

/** Every read takes the caller's scopes and adds them to the filter; uniqueness checks alone are county-wide. */
@Injectable()
export class EnterprisesRepository {
  constructor(
    @InjectModel(ENTERPRISE_MODEL) readonly model: Model<EnterpriseDoc>,
    readonly shadowKeys: ShadowKeyIndex,
  ) {}

  /** Read by `_id` alone (the one filter FerretDB resolves without a scan), then scope-checked. */
  async findById(viewer: LedgerViewer, id: string): Promise<EnterpriseDoc | null> {
    const doc = await this.model.findOne({ _id: id }).lean<EnterpriseDoc>();
    return doc && visibleTo(doc, viewer) ? doc : null;
  }

  /** County-wide: a shadow may sit in another park. */
  /** Ids of the records a path's scope sees (for the service's own consumers: no caller). */
  async idsInScopeOf(path: string): Promise<string[]> {
    const docs = await this.model.find({ orgAncestors: path }, { _id: 1 }).lean<{ _id: string }[]>();
    return docs.map((d) => d._id);
  }

  async idsWithShadowKeys(keys: string[], exceptId?: string): Promise<string[]> {
    const holders = await this.shadowHolders([{ id: exceptId ?? '', keys }]);
    return [...(holders.get(exceptId ?? '') ?? [])].slice(0, 50);
  }

  async addShadowSuspect(ids: string[], suspectId: string): Promise<void> {
    if (ids.length) {
      await withDocumentLocks(this.model, ids, () => this.model.updateMany({ _id: { $in: ids } }, { $addToSet: { shadowSuspects: suspectId } }));
    }
  }

  /**
   * For each entry, the other records that carry one of its keys, county-wide. Entries know their
   * own keys; every other record is read to confirm it still carries the key the index lists.
   * Keys already in `listing` (what adding them to the index answered) are not looked up again.
   */
  private async shadowHolders(entries: readonly ShadowKeyEntry[], listing = new Map<string, string[]>()): Promise<Map<string, Set<string>>> {
    await this.shadowKeys.built();
    const unlisted = [...new Set(entries.flatMap((e) => e.keys))].filter((key) => !listing.has(key));
    const listed = new Map([...listing, ...(await this.shadowKeys.lookup(unlisted))]);
    const known = new Map(entries.map((e) => [e.id, new Set(e.keys)]));
    const others = [...new Set([...listed.values()].flat())].filter((id) => !known.has(id));
    for (let i = 0; i < others.length; i += 1000) {
      const docs = await this.model.find({ _id: { $in: others.slice(i, i + 1000) } }, { shadowKeys: 1 }).select('+shadowKeys').lean<EnterpriseDoc[]>();
      for (const doc of docs) known.set(doc._id, new Set(doc.shadowKeys ?? []));
    }
    const holders = new Map<string, Set<string>>();
    for (const { id, keys } of entries) {
      const found = new Set<string>();
      for (const key of keys) for (const other of listed.get(key) ?? []) if (other !== id && known.get(other)?.has(key)) found.add(other);
      holders.set(id, found);
    }
    return holders;
  }

  /**
   * Flags probable shadows among records just written (a batch of an import or a sync run) and
   * every record sharing a normalized name+address or legal representative+address key with them.
   * Their keys must be in the shadow key index already. Flagging again changes nothing.
   */
  async flagShadows(entries: readonly ShadowKeyEntry[], listing?: Map<string, string[]>): Promise<number> {
    const holders = await this.shadowHolders(entries, listing);
    const suspects = new Map<string, Set<string>>();
    const pair = (a: string, b: string) => suspects.set(a, (suspects.get(a) ?? new Set()).add(b));
    for (const [id, others] of holders) {
      for (const other of others) {
        pair(id, other);
        pair(other, id);
      }
    }
    for (const [id, others] of suspects) {
      await withDocumentLocks(this.model, [id], () => this.model.updateOne({ _id: id }, { $addToSet: { shadowSuspects: { $each: [...others] } } }));
    }
    return suspects.size;
  }

  async create(doc: Omit<EnterpriseDoc, '__v'>, events: EventEnvelope[]): Promise<void> {
    await this.shadowKeys.add([{ id: doc._id, keys: doc.shadowKeys ?? [] }]);
    await this.model.create(withEvents(doc, ...events));
  }

  /** Applies the update only if the stored version is the one the caller read. */
  async updateAt(id: string, version: number, update: UpdateQuery<EnterpriseDoc>, events: EventEnvelope[]): Promise<'ok' | 'stale'> {
    const keys = (update.$set as Partial<EnterpriseDoc> | undefined)?.shadowKeys;
    if (keys) await this.shadowKeys.add([{ id, keys }]);
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
    const { filter, sort } = await this.ledgerQuery(viewer, query);
    return this.model.find(filter).sort(sort).limit(query.limit).lean<EnterpriseDoc[]>();
  }

  /**
   * Every record a query matches, in its order, through one cursor: FerretDB scans the ledger once,
   * where pages read one after another (`after`) would each scan it again.
   */
  async *stream(viewer: LedgerViewer, query: Omit<EnterpriseListQuery, 'after' | 'limit'>): AsyncGenerator<EnterpriseDoc> {
    const { filter, sort } = await this.ledgerQuery(viewer, query);
    yield* this.model.find(filter).sort(sort).lean<EnterpriseDoc>().cursor({ batchSize: 1000 }) as AsyncIterable<EnterpriseDoc>;
  }

  /**
   * How many records a query matches by kind, status and industry code: one `$group` with one accumulator
   * per dimension (what every MongoDB-wire server runs), led by the scope filter the indexes start with.
   */
  async summarize(viewer: LedgerViewer, query: Omit<EnterpriseListQuery, 'sort' | 'after' | 'limit'>): Promise<Record<'kind' | 'status' | 'industryCode', Map<string, number>>> {
    const { filter } = await this.ledgerQuery(viewer, { ...query, sort: 'name' });
    const count = async (field: 'kind' | 'status' | 'industryCode') => {
      const rows = await this.model.aggregate<{ _id: string | null; n: number }>([{ $match: filter }, { $group: { _id: `$${field}`, n: { $sum: 1 } } }]);
      return new Map(rows.map((r) => [r._id ?? '', r.n]));
    };
    const [kind, status, industryCode] = await Promise.all([count('kind'), count('status'), count('industryCode')]);
    return { kind, status, industryCode };
  }

  /** The filter (led by the caller's scopes, as every index is) and the sort of a ledger query. */
  private async ledgerQuery(viewer: LedgerViewer, query: Omit<EnterpriseListQuery, 'limit'>): Promise<{ filter: FilterQuery<EnterpriseDoc>; sort: Record<string, SortOrder> }> {
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
    return { filter: { $and: and }, sort: { [field]: order, _id: 1 } };
  }
}
