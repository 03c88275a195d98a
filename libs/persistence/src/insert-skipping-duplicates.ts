import { Model } from 'mongoose';

/** Inserts all documents it can; returns the positions refused as already present (duplicate key). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any model
export async function insertSkippingDuplicates(model: Model<any>, docs: object[]): Promise<Set<number>> {
  try {
    await model.insertMany(docs, { ordered: false, lean: true });
    return new Set();
  } catch (error) {
    const writeErrors = (error as { writeErrors?: { index?: number; code?: number; err?: { index: number; code: number } }[] }).writeErrors;
    if (!writeErrors) throw error;
    const duplicates = new Set<number>();
    for (const e of writeErrors) {
      const code = e.code ?? e.err?.code;
      const index = e.index ?? e.err?.index;
      if (code !== 11000 || index === undefined) throw error;
      duplicates.add(index);
    }
    return duplicates;
  }
}
