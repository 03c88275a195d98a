import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { inAnyScope, parentPath } from '@dangjian/auth';
import { CoverageState, EventEnvelope } from '@dangjian/contracts';
import { CounterDelta } from '@dangjian/domain-organization';
import { pushEvents, withEvents } from '@dangjian/messaging';
import { documentKey, guardedUpdateOne, withDocumentLock } from '@dangjian/persistence';
import { failpoint } from '@dangjian/platform';
import { CoverageCounterDoc, CoverageEntryDoc, CoveragePendingDoc, CoverageSnapshotDoc, CoverageStateDoc } from './coverage.schema';

export const COVERAGE_ENTRY_MODEL = 'CoverageEntry';
export const COVERAGE_PENDING_MODEL = 'CoveragePending';
export const COVERAGE_COUNTER_MODEL = 'CoverageCounter';
export const COVERAGE_SNAPSHOT_MODEL = 'CoverageSnapshot';
export const COVERAGE_STATE_MODEL = 'CoverageState';

export const STATE_ID = 'coverage';

/** Coverage entries, counters and snapshots. Reads for callers take their scopes; the applier's writes are the service's own. */
@Injectable()
export class CoverageRepository {
  constructor(
    @InjectModel(COVERAGE_ENTRY_MODEL) readonly entries: Model<CoverageEntryDoc>,
    @InjectModel(COVERAGE_PENDING_MODEL) private readonly pending: Model<CoveragePendingDoc>,
    @InjectModel(COVERAGE_COUNTER_MODEL) private readonly counters: Model<CoverageCounterDoc>,
    @InjectModel(COVERAGE_SNAPSHOT_MODEL) private readonly snapshots: Model<CoverageSnapshotDoc>,
    @InjectModel(COVERAGE_STATE_MODEL) readonly states: Model<CoverageStateDoc>,
  ) {}

  // ---- entries ----

  entry(enterpriseId: string): Promise<CoverageEntryDoc | null> {
    return this.entries.findOne({ _id: enterpriseId }).lean<CoverageEntryDoc>();
  }

  /** Marks an enterprise for the applier, after its entry changed (a new token each time). */
  async markPending(enterpriseId: string): Promise<void> {
    await this.pendingLocked(enterpriseId, () => this.pending.updateOne({ _id: enterpriseId }, { $set: { token: randomUUID() } }, { upsert: true }));
  }

  pendingBatch(limit: number): Promise<CoveragePendingDoc[]> {
    return this.pending.find().limit(limit).lean<CoveragePendingDoc[]>();
  }

  /** Removes a handled mark, unless the enterprise was marked again since it was read. */
  async donePending(mark: CoveragePendingDoc): Promise<void> {
    await this.pendingLocked(mark._id, () => this.pending.deleteOne({ _id: mark._id, token: mark.token }));
  }

  /** FerretDB deletes and updates by reading first: a mark and its removal must not interleave. */
  private pendingLocked<T>(enterpriseId: string, fn: () => Promise<T>): Promise<T> {
    return withDocumentLock(documentKey(this.pending, enterpriseId), fn);
  }

  /** Writes a new standing with its event; false when another writer changed the entry since it was read. */
  /**
   * Writes a new standing with its event; false when another writer changed the entry since it was
   * read. `settled` (a rebuild, which recounts every counter at its end) counts it as applied at once.
   */
  async saveState(
    read: CoverageEntryDoc | null,
    next: Pick<CoverageEntryDoc, '_id' | 'uscc' | 'name' | 'orgPath' | 'state' | 'gapKeys'>,
    events: EventEnvelope[],
    settled = false,
  ): Promise<boolean> {
    const now = new Date();
    const counted = settled ? { applied: next.state, applying: null } : {};
    if (!read) {
      try {
        await this.entries.create(withEvents({ ...next, version: 1, applied: null, applying: null, ...counted, refreshedAt: now }, ...events));
        return true;
      } catch (error) {
        if ((error as { code?: number }).code === 11000) return false;
        throw error;
      }
    }
    const { _id, ...fields } = next;
    return guardedUpdateOne(this.entries, _id, { version: read.version }, pushEvents<CoverageEntryDoc>({ $set: { ...fields, ...counted, refreshedAt: now }, $inc: { version: 1 } }, ...events));
  }

  /** Entries of several enterprises, by id. */
  async entriesOf(ids: string[]): Promise<Map<string, CoverageEntryDoc>> {
    const docs = await this.entries.find({ _id: { $in: ids } }).lean<CoverageEntryDoc[]>();
    return new Map(docs.map((d) => [d._id, d]));
  }

  async startMove(enterpriseId: string, move: { key: string; state: CoverageState }): Promise<void> {
    await withDocumentLock(documentKey(this.entries, enterpriseId), () => this.entries.updateOne({ _id: enterpriseId }, { $set: { applying: move } }));
  }

  async finishMove(enterpriseId: string, key: string, state: CoverageState): Promise<void> {
    await guardedUpdateOne(this.entries, enterpriseId, { 'applying.key': key }, { $set: { applied: state, applying: null } });
  }

  /** Entries on one gap list of a jurisdiction in scope, by id after a cursor. */
  gapPage(scopes: readonly string[], path: string, gap: string, after: string | undefined, limit: number): Promise<CoverageEntryDoc[]> | null {
    if (!inAnyScope(path, scopes)) return null;
    const filter: Record<string, unknown> = { gapKeys: `${path}|${gap}` };
    if (after) filter._id = { $gt: after };
    return this.entries.find(filter, { applied: 0, applying: 0 }).sort({ _id: 1 }).limit(limit).lean<CoverageEntryDoc[]>();
  }

  /** Every entry's counted state, in id order, for a recount. */
  appliedStates(): AsyncIterable<Pick<CoverageEntryDoc, '_id' | 'applied'>> {
    return this.entries.find({}, { applied: 1 }).sort({ _id: 1 }).lean<Pick<CoverageEntryDoc, '_id' | 'applied'>>().cursor();
  }

  // ---- counters ----

  /**
   * Applies one move to the counters; a counter whose last move is this one is left alone. Moves are
   * applied one at a time and an interrupted one is finished before any other (the state's `moving`),
   * so the last move is the only one that can come again.
   */
  async applyMove(key: string, delta: CounterDelta): Promise<void> {
    const now = new Date();
    for (const [path, inc] of delta) {
      try {
        await this.counters.updateOne(
          { _id: path, lastMove: { $ne: key } },
          { $inc: inc, $set: { lastMove: key, updatedAt: now }, $setOnInsert: { parent: parentPath(path) } },
          { upsert: true },
        );
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error; // it exists and has the move
      }
      failpoint('coverage.after-counter');
    }
  }

  /** Replaces every counter with a recount (jurisdictions no longer counted keep a zero document). */
  async replaceCounters(recount: Map<string, CoverageCounterDoc['dims']>): Promise<void> {
    const now = new Date();
    const known = await this.counters.find({}, { _id: 1 }).lean<{ _id: string }[]>();
    for (const { _id } of known) if (!recount.has(_id)) recount.set(_id, {});
    for (const [path, dims] of recount) {
      await this.counters.updateOne({ _id: path }, { $set: { dims, parent: parentPath(path), lastMove: '', updatedAt: now } }, { upsert: true });
    }
  }

  counter(path: string): Promise<CoverageCounterDoc | null> {
    return this.counters.findOne({ _id: path }).lean<CoverageCounterDoc>();
  }

  countersOf(paths: string[]): Promise<CoverageCounterDoc[]> {
    return this.counters.find({ _id: { $in: paths } }).lean<CoverageCounterDoc[]>();
  }

  // ---- snapshots ----

  /** Keeps every live counter as the figures at the end of `day`. Safe to repeat. */
  async snapshot(day: string): Promise<void> {
    for await (const counter of this.counters.find().lean<CoverageCounterDoc>().cursor()) {
      await this.snapshots.updateOne({ _id: `${day}|${counter._id}` }, { $set: { day, path: counter._id, parent: counter.parent, dims: counter.dims } }, { upsert: true });
    }
  }

  /** The figures of a jurisdiction at the end of the latest day up to `day` that has them. */
  snapshotOn(path: string, day: string): Promise<CoverageSnapshotDoc | null> {
    return this.snapshots.findOne({ path, day: { $lte: day } }).sort({ day: -1 }).lean<CoverageSnapshotDoc>();
  }

  // ---- the applier's state ----

  async state(): Promise<CoverageStateDoc> {
    const found = await this.states.findOne({ _id: STATE_ID }).lean<CoverageStateDoc>();
    if (found) return found;
    await this.locked(() =>
      this.states.updateOne({ _id: STATE_ID }, { $setOnInsert: { leaseOwner: '', leaseUntil: new Date(0), leaseEpoch: 0, day: null, rebuild: null, rebuildSeq: 0, moving: null } }, { upsert: true }),
    );
    return (await this.states.findOne({ _id: STATE_ID }).lean<CoverageStateDoc>())!;
  }

  /** Takes or renews the applier's lease; false when another replica holds it. */
  async lease(owner: string, ms: number): Promise<boolean> {
    const state = await this.state();
    const now = Date.now();
    if (state.leaseOwner !== owner && state.leaseUntil.getTime() > now) return false;
    return guardedUpdateOne(this.states, STATE_ID, { leaseEpoch: state.leaseEpoch }, { $set: { leaseOwner: owner, leaseUntil: new Date(now + ms) }, $inc: { leaseEpoch: 1 } });
  }

  async releaseLease(owner: string): Promise<void> {
    await this.locked(() => this.states.updateOne({ _id: STATE_ID, leaseOwner: owner }, { $set: { leaseUntil: new Date(0) } }));
  }

  /** Writes the day or the rebuild's progress, as the lease holder. */
  async setState(owner: string, set: Partial<Pick<CoverageStateDoc, 'day' | 'rebuild' | 'moving'>>): Promise<void> {
    await this.locked(() => this.states.updateOne({ _id: STATE_ID, leaseOwner: owner }, { $set: set }));
  }

  /** Sets a rebuild when none runs (any replica may ask; the lease holder runs it); the one under way otherwise. */
  async requestRebuild(rebuild: NonNullable<CoverageStateDoc['rebuild']>, audit: EventEnvelope): Promise<{ started: boolean; rebuild: CoverageStateDoc['rebuild'] }> {
    for (;;) {
      const state = await this.state();
      if (state.rebuild && state.rebuild.status !== 'completed') return { started: false, rebuild: state.rebuild };
      const set = await guardedUpdateOne(this.states, STATE_ID, { rebuildSeq: state.rebuildSeq }, pushEvents<CoverageStateDoc>({ $set: { rebuild }, $inc: { rebuildSeq: 1 } }, audit));
      if (set) return { started: true, rebuild };
    }
  }

  /**
   * FerretDB updates a document without atomicity: this process's plain writes to the state take the
   * document's lock, which guardedUpdateOne takes itself (so it is never called inside).
   */
  private locked<T>(fn: () => Promise<T>): Promise<T> {
    return withDocumentLock(documentKey(this.states, STATE_ID), fn);
  }
}
