import { Connection, FilterQuery, IndexDefinition, IndexOptions, Model, UpdateQuery } from 'mongoose';
import { documentKey, withDocumentLock } from './document-lock';
import { ServerKind, serverKind } from './server-kind';

// The port serves models of any document shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyModel = Model<any>;

/** One conditional single-document write: `updateOne({ _id: id, ...guard }, update)`. */
export interface GuardedUpdate {
  id: unknown;
  /** Equality conditions (`{ __v: 3, status: 'open' }`), dotted paths allowed. */
  guard: Record<string, unknown>;
  update: UpdateQuery<unknown>;
}

/** Which entries of an array to remove: objects by their `id`, and plain values (texts). */
export interface ArrayEntries {
  ids?: string[];
  values?: string[];
}

/**
 * The writes whose meaning differs between MongoDB and FerretDB 1.24, with one implementation per
 * server. Everything outside libs/persistence uses this port (through `storageFor`) and never asks
 * which server it runs on.
 */
export interface DocumentStorage {
  readonly kind: ServerKind;
  /** Whether a service may run only one replica on this server (SingleReplicaGuard enforces it). */
  readonly singleReplica: boolean;
  /** `updateOne({ _id, ...guard }, update)` under the document's lock; whether the document matched. */
  guardedUpdateOne(model: AnyModel, id: unknown, guard: Record<string, unknown>, update: UpdateQuery<unknown>): Promise<boolean>;
  /**
   * Several guarded writes to documents whose locks the caller holds (`withDocumentLocks`), having
   * read their state under those locks; resolves to how many matched.
   */
  guardedUpdatesLocked(model: AnyModel, updates: GuardedUpdate[]): Promise<number>;
  /** Removes entries from the array at `path` of one document, under its lock. */
  pullEntries(model: AnyModel, id: unknown, path: string, entries: ArrayEntries): Promise<void>;
  /** The schema indexes worth building on this server. */
  indexesFor(indexes: [IndexDefinition, IndexOptions][]): [IndexDefinition, IndexOptions][];
}

function valueAt(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]), doc);
}

/** Equality guards only (`{ __v: 3, '_events.0.id': 'x' }`): what our conditional writes use. */
export function matchesGuard(doc: unknown, guard: Record<string, unknown>): boolean {
  return Object.entries(guard).every(([path, expected]) => valueAt(doc, path) === expected);
}

/** MongoDB: single-document updates are atomic and guards stay in the filter, safe across replicas. */
class MongoStorage implements DocumentStorage {
  readonly kind = 'mongodb' as const;
  readonly singleReplica = false;

  guardedUpdateOne(model: AnyModel, id: unknown, guard: Record<string, unknown>, update: UpdateQuery<unknown>): Promise<boolean> {
    return withDocumentLock(documentKey(model, id), async () => (await model.updateOne({ _id: id, ...guard } as FilterQuery<unknown>, update)).matchedCount > 0);
  }

  async guardedUpdatesLocked(model: AnyModel, updates: GuardedUpdate[]): Promise<number> {
    if (!updates.length) return 0;
    const result = await model.bulkWrite(updates.map(({ id, guard, update }) => ({ updateOne: { filter: { _id: id, ...guard }, update } })), { ordered: false });
    return result.matchedCount;
  }

  async pullEntries(model: AnyModel, id: unknown, path: string, { ids = [], values = [] }: ArrayEntries): Promise<void> {
    if (ids.length) await model.updateOne({ _id: id }, { $pull: { [path]: { id: { $in: ids } } } });
    if (values.length) await model.updateOne({ _id: id }, { $pull: { [path]: { $in: values } } });
  }

  indexesFor(indexes: [IndexDefinition, IndexOptions][]): [IndexDefinition, IndexOptions][] {
    return indexes;
  }
}

/**
 * FerretDB 1.x on SQLite pushes only an exact `{ _id }` filter down to SQL (any other filter scans
 * and decodes the whole collection) and applies an update as an unlocked read-modify-write. So a
 * guarded write reads by `_id`, checks the guard here and writes by `_id`, under the in-process
 * document lock; this is why a service runs as one replica on FerretDB.
 */
class FerretStorage implements DocumentStorage {
  readonly kind = 'ferretdb' as const;
  /** The document lock that makes its updates safe lives in one process. */
  readonly singleReplica = true;
  /** FerretDB 1.24 stalls on one update command of about 100 statements or more. */
  private static readonly UPDATE_CHUNK = 50;

  guardedUpdateOne(model: AnyModel, id: unknown, guard: Record<string, unknown>, update: UpdateQuery<unknown>): Promise<boolean> {
    return withDocumentLock(documentKey(model, id), async () => {
      const current = await model.findOne({ _id: id }).select(Object.keys(guard).map((p) => `+${p.split('.')[0]}`).join(' ')).lean();
      if (!current || !matchesGuard(current, guard)) return false;
      await model.updateOne({ _id: id }, update);
      return true;
    });
  }

  async guardedUpdatesLocked(model: AnyModel, updates: GuardedUpdate[]): Promise<number> {
    if (!updates.length) return 0;
    const selected = [...new Set(updates.flatMap((u) => Object.keys(u.guard).map((p) => `+${p.split('.')[0]}`)))].join(' ');
    const current = await model.find({ _id: { $in: updates.map((u) => u.id) } }).select(selected).lean<{ _id: unknown }[]>();
    const byId = new Map(current.map((doc) => [String(doc._id), doc]));
    const matching = updates.filter((u) => byId.has(String(u.id)) && matchesGuard(byId.get(String(u.id)), u.guard));
    for (let i = 0; i < matching.length; i += FerretStorage.UPDATE_CHUNK) {
      const chunk = matching.slice(i, i + FerretStorage.UPDATE_CHUNK);
      await model.bulkWrite(chunk.map(({ id, update }) => ({ updateOne: { filter: { _id: id }, update } })), { ordered: false });
    }
    return matching.length;
  }

  /** FerretDB accepts a `$pull` with a condition but silently changes nothing: write the rest back. */
  pullEntries(model: AnyModel, id: unknown, path: string, { ids = [], values = [] }: ArrayEntries): Promise<void> {
    return withDocumentLock(documentKey(model, id), async () => {
      const current = await model.findOne({ _id: id }, { [path]: 1 }).select(`+${path.split('.')[0]}`).lean();
      const entries = valueAt(current, path);
      if (!Array.isArray(entries)) return;
      const goneIds = new Set(ids);
      const goneValues = new Set(values);
      const rest = entries.filter((entry) =>
        typeof entry === 'string' ? !goneValues.has(entry) : !(entry && typeof entry === 'object' && goneIds.has((entry as { id?: string }).id ?? '')),
      );
      if (rest.length !== entries.length) await model.updateOne({ _id: id }, { $set: { [path]: rest } });
    });
  }

  /**
   * FerretDB never reads a secondary index, yet writes each one on every insert and update (about
   * 40 % of a bulk insert's time with the ledger's nine): it gets the unique ones, which still
   * enforce their constraint.
   */
  indexesFor(indexes: [IndexDefinition, IndexOptions][]): [IndexDefinition, IndexOptions][] {
    return indexes.filter(([, options]) => options?.unique === true);
  }
}

const STORAGES: Record<ServerKind, DocumentStorage> = { mongodb: new MongoStorage(), ferretdb: new FerretStorage() };

/** The storage port for the server behind a connection (detected once, never guessed). */
export async function storageFor(connection: Pick<Connection, 'db' | 'asPromise'>): Promise<DocumentStorage> {
  return STORAGES[await serverKind(connection)];
}

/** `updateOne({ _id, ...guard }, update)` with the same meaning on both servers; whether it matched. */
export async function guardedUpdateOne<T>(model: Model<T>, id: unknown, guard: Record<string, unknown>, update: UpdateQuery<T>): Promise<boolean> {
  return (await storageFor(model.db)).guardedUpdateOne(model as AnyModel, id, guard, update as UpdateQuery<unknown>);
}
