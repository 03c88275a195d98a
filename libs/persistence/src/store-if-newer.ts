import { Model, UpdateQuery } from 'mongoose';
import { guardedUpdateOne } from './storage';

/**
 * Stores a copy of another service's record unless the stored one is as new or newer by `stamp` (its events may
 * arrive late, out of order or twice). An update leaves the `keep` fields alone. Safe to repeat.
 */
export async function storeIfNewer<T extends { _id: string }>(model: Model<T>, next: T, stamp: keyof T & string, keep: readonly (keyof T & string)[] = []): Promise<void> {
  for (;;) {
    const current = await model.findOne({ _id: next._id }).lean<T>();
    if (!current) {
      try {
        await model.create(next);
        return;
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
        continue; // inserted meanwhile: compare with it
      }
    }
    if (String(current[stamp]) >= String(next[stamp])) return;
    const fields: Partial<T> = { ...next };
    delete fields._id;
    for (const key of keep) delete fields[key];
    if (await guardedUpdateOne(model, next._id, { [stamp]: current[stamp] }, { $set: fields } as UpdateQuery<T>)) return;
  }
}
