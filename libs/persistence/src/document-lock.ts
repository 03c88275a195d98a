import { Model } from 'mongoose';

/**
 * In-process serialization of writes to one document.
 *
 * FerretDB 1.x applies an update by reading the document, changing it in memory and replacing it
 * (`UPDATE … WHERE _id = ?`), with no lock between the read and the write: two concurrent updates of
 * one document can lose one of them. MongoDB applies updates atomically and needs none of this. The
 * outbox relay writes to business documents in the background, so every write to a document that
 * carries an outbox goes through this lock; on FerretDB a service runs as one replica.
 */
const tails = new Map<string, Promise<unknown>>();

export function withDocumentLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}

// Any model: only its collection name is read.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function documentKey(model: Model<any>, id: unknown): string {
  return `${model.collection.collectionName}:${String(id)}`;
}

/** Runs fn under the lock of every listed document, in a fixed order (no deadlock between two callers). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function withDocumentLocks<T>(model: Model<any>, ids: unknown[], fn: () => Promise<T>): Promise<T> {
  const keys = [...new Set(ids.map((id) => documentKey(model, id)))].sort();
  const acquire = (i: number): Promise<T> => (i === keys.length ? fn() : withDocumentLock(keys[i], () => acquire(i + 1)));
  return acquire(0);
}
