import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';
import { inAnyScope } from '@dangjian/auth';
import { EventEnvelope } from '@dangjian/contracts';
import { SuggestionKind } from '@dangjian/domain-organization';
import { pushEvents } from '@dangjian/messaging';
import { documentKey, guardedUpdateOne, withDocumentLock } from '@dangjian/persistence';
import { FormationDirtyDoc, SuggestionDoc, SuggestionStatus } from './formation.schema';

export const SUGGESTION_MODEL = 'FormationSuggestion';
export const FORMATION_DIRTY_MODEL = 'FormationDirty';

export interface SuggestionListQuery {
  status?: SuggestionStatus;
  kind?: SuggestionKind;
  after?: string;
  limit: number;
}

/** Formation suggestions, read within the caller's scopes; the advisor's own writes are the service's. */
@Injectable()
export class FormationRepository {
  constructor(
    @InjectModel(SUGGESTION_MODEL) readonly model: Model<SuggestionDoc>,
    @InjectModel(FORMATION_DIRTY_MODEL) private readonly dirty: Model<FormationDirtyDoc>,
  ) {}

  // ---- what to work out again ----

  async markDirty(jurisdiction: string): Promise<void> {
    await this.dirtyLocked(jurisdiction, () => this.dirty.updateOne({ _id: jurisdiction }, { $set: { token: randomUUID(), markedAt: new Date() } }, { upsert: true }));
  }

  /** Places whose latest change is older than `settledBefore`. */
  dirtyBatch(limit: number, settledBefore: Date): Promise<FormationDirtyDoc[]> {
    return this.dirty.find({ markedAt: { $lte: settledBefore } }).limit(limit).lean<FormationDirtyDoc[]>();
  }

  async doneDirty(mark: FormationDirtyDoc): Promise<void> {
    await this.dirtyLocked(mark._id, () => this.dirty.deleteOne({ _id: mark._id, token: mark.token }));
  }

  /** FerretDB deletes by reading first: a mark and its removal must not interleave. */
  private dirtyLocked<T>(id: string, fn: () => Promise<T>): Promise<T> {
    return withDocumentLock(documentKey(this.dirty, id), fn);
  }

  // ---- the advisor's writes ----

  /** Every suggestion of one park or township, with its status only. */
  statusesIn(jurisdiction: string): Promise<Pick<SuggestionDoc, '_id' | 'status'>[]> {
    return this.model.find({ jurisdiction }, { status: 1 }).lean<Pick<SuggestionDoc, '_id' | 'status'>[]>();
  }

  /** Opens a suggestion found now; one dismissed or accepted before stays closed, an obsolete one opens again. */
  async open(doc: Omit<SuggestionDoc, 'status' | 'openedAt' | 'closedAt' | 'decidedBy' | 'note' | 'result'>): Promise<boolean> {
    const fresh = { ...doc, status: 'open' as const, openedAt: new Date(), closedAt: null, decidedBy: null, note: null, result: null };
    try {
      await this.model.create(fresh);
      return true;
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
    }
    const { _id, ...fields } = fresh;
    return guardedUpdateOne(this.model, _id, { status: 'obsolete' }, { $set: fields });
  }

  async makeObsolete(id: string): Promise<void> {
    await guardedUpdateOne(this.model, id, { status: 'open' }, { $set: { status: 'obsolete', closedAt: new Date() } });
  }

  // ---- callers ----

  /** Suggestions at or under a path in the caller's scopes; null when the path is outside them. */
  list(scopes: readonly string[], path: string, query: SuggestionListQuery): Promise<SuggestionDoc[]> | null {
    if (!inAnyScope(path, scopes)) return null;
    const filter: FilterQuery<SuggestionDoc> = { orgAncestors: path };
    if (query.status) filter.status = query.status;
    if (query.kind) filter.kind = query.kind;
    if (query.after) filter._id = { $gt: query.after };
    return this.model.find(filter).sort({ _id: 1 }).limit(query.limit).lean<SuggestionDoc[]>();
  }

  get(scopes: readonly string[], id: string): Promise<SuggestionDoc | null> {
    return this.model.findOne({ _id: id, orgAncestors: { $in: [...scopes] } }).lean<SuggestionDoc>();
  }

  /** Closes an open suggestion with its decision and events; false when it is no longer open. */
  decide(id: string, set: Pick<SuggestionDoc, 'status' | 'decidedBy' | 'note' | 'result'>, events: EventEnvelope[]): Promise<boolean> {
    return guardedUpdateOne(this.model, id, { status: 'open' }, pushEvents<SuggestionDoc>({ $set: { ...set, closedAt: new Date() } }, ...events));
  }
}
