import { Connection, FilterQuery, Model, UpdateQuery } from 'mongoose';
import { documentKey, withDocumentLock } from './document-lock';

/**
 * MongoDB or FerretDB behind the connection. FerretDB 1.x on SQLite pushes only an exact `{ _id }`
 * filter down to SQL: any other filter scans and decodes the whole collection, and updates are
 * read-modify-write. On FerretDB, guarded single-document writes therefore read by `_id`, check the
 * guard here and write by `_id`, all under the in-process document lock (one replica per service).
 * On MongoDB the guard stays in the filter, atomic across replicas.
 */
export type ServerKind = 'mongodb' | 'ferretdb';

const kinds = new WeakMap<object, Promise<ServerKind>>();
const DETECT_ATTEMPTS = 3;

/** Whom to ask: the connection's database once it is open. */
type Detectable = Pick<Connection, 'db' | 'asPromise'>;

/**
 * Which server this is, asked once per database and remembered. Never guessed: a failed `buildInfo`
 * is retried, and if it still fails the caller's operation fails and the next call asks again (a
 * wrong guess of MongoDB made FerretDB writes rely on atomic updates it does not have).
 */
export function serverKind(connection: Detectable): Promise<ServerKind> {
  const key = connection as object;
  let kind = kinds.get(key);
  if (!kind) {
    kind = detect(connection);
    kinds.set(key, kind);
    kind.catch(() => kinds.delete(key));
  }
  return kind;
}

async function detect(connection: Detectable): Promise<ServerKind> {
  for (let attempt = 1; ; attempt++) {
    try {
      const db = connection.db ?? (await connection.asPromise()).db;
      if (!db) throw new Error('no database on the connection');
      const info = await db.admin().command({ buildInfo: 1 });
      return 'ferretdbVersion' in info ? 'ferretdb' : 'mongodb';
    } catch (error) {
      if (attempt >= DETECT_ATTEMPTS) throw new Error(`cannot tell MongoDB from FerretDB: buildInfo failed ${attempt} times (${error instanceof Error ? error.message : String(error)})`);
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
}

function valueAt(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]), doc);
}

/** Equality guards only (`{ __v: 3, '_events.0.id': 'x' }`): what our conditional writes use. */
export function matchesGuard(doc: unknown, guard: Record<string, unknown>): boolean {
  return Object.entries(guard).every(([path, expected]) => valueAt(doc, path) === expected);
}

/**
 * `updateOne({ _id, ...guard }, update)` with the same meaning on both servers; resolves to whether
 * the document matched.
 */
export async function guardedUpdateOne<T>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any document shape
  model: Model<any>,
  id: unknown,
  guard: Record<string, unknown>,
  update: UpdateQuery<T>,
): Promise<boolean> {
  return withDocumentLock(documentKey(model, id), async () => {
    if ((await serverKind(model.db)) === 'mongodb') {
      const result = await model.updateOne({ _id: id, ...guard } as FilterQuery<T>, update);
      return result.matchedCount > 0;
    }
    const current = await model.findOne({ _id: id }).select(Object.keys(guard).map((p) => `+${p.split('.')[0]}`).join(' ')).lean();
    if (!current || !matchesGuard(current, guard)) return false;
    await model.updateOne({ _id: id }, update);
    return true;
  });
}
