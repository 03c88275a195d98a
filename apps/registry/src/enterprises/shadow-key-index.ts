import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';
import { insertSkippingDuplicates, withDocumentLocks } from '@dangjian/persistence';
import { ENTERPRISE_MODEL, EnterpriseDoc } from './enterprise.schema';

export const SHADOW_KEY_MODEL = 'ShadowKey';

/** One shadow key (影子企业比对键) and the records that carried it when they were written. */
export interface ShadowKeyDoc {
  _id: string;
  ids: string[];
}

export const shadowKeySchema = new Schema<ShadowKeyDoc>({ _id: String, ids: { type: [String], default: [] } }, { collection: 'shadow_keys', versionKey: false });

/** Marks an index built from the whole ledger (older ledgers had none). */
const BUILT_MARKER = '#built';
const BATCH = 2000;

export interface ShadowKeyEntry {
  id: string;
  keys: readonly string[];
}

/**
 * Which records share a shadow key, looked up by the key itself (`_id`): a lookup costs the same on
 * MongoDB and FerretDB and does not grow with the ledger. The index only ever grows: entries are
 * written before the records they name, so a crash between the two leaves an entry too many, never
 * one too few; callers keep only the records that really carry the key.
 */
@Injectable()
export class ShadowKeyIndex implements OnApplicationBootstrap {
  private readonly logger = new Logger(ShadowKeyIndex.name);
  private ready?: Promise<void>;

  constructor(
    @InjectModel(SHADOW_KEY_MODEL) readonly model: Model<ShadowKeyDoc>,
    @InjectModel(ENTERPRISE_MODEL) private readonly enterprises: Model<EnterpriseDoc>,
  ) {}

  onApplicationBootstrap(): void {
    void this.built().catch((error) => this.logger.error({ err: error }, 'building the shadow key index failed'));
  }

  /** Resolves once the index covers the ledger written before it existed (built once, resumable). */
  built(): Promise<void> {
    this.ready ??= this.buildFromLedger().catch((error) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  /** Lists the entries under their keys; answers what each key lists now (as `lookup` would). */
  async add(entries: readonly ShadowKeyEntry[]): Promise<Map<string, string[]>> {
    const idsByKey = new Map<string, Set<string>>();
    for (const { id, keys } of entries) for (const key of keys) idsByKey.set(key, (idsByKey.get(key) ?? new Set()).add(id));
    if (idsByKey.size === 0) return new Map();
    const existing = await this.lookup([...idsByKey.keys()]);
    const listed = new Map([...idsByKey].map(([key, ids]) => [key, [...new Set([...(existing.get(key) ?? []), ...ids])]]));
    const fresh: ShadowKeyDoc[] = [];
    const grown: [string, string[]][] = [];
    for (const [key, ids] of idsByKey) {
      const known = existing.get(key);
      if (!known) fresh.push({ _id: key, ids: [...ids] });
      else {
        const missing = [...ids].filter((id) => !known.includes(id));
        if (missing.length) grown.push([key, missing]);
      }
    }
    if (fresh.length) {
      // A key another writer inserted meanwhile gets these ids added instead.
      for (const i of await insertSkippingDuplicates(this.model, fresh)) grown.push([fresh[i]._id, fresh[i].ids]);
    }
    for (let i = 0; i < grown.length; i += 50) {
      const chunk = grown.slice(i, i + 50);
      await withDocumentLocks(
        this.model,
        chunk.map(([key]) => key),
        () => this.model.bulkWrite(chunk.map(([key, ids]) => ({ updateOne: { filter: { _id: key }, update: { $addToSet: { ids: { $each: ids } } }, upsert: true } })), { ordered: false }),
      );
    }
    return listed;
  }

  /** The ids listed under each key (candidates: a record may since have lost the key). */
  async lookup(keys: readonly string[]): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    for (let i = 0; i < keys.length; i += BATCH) {
      const docs = await this.model.find({ _id: { $in: keys.slice(i, i + BATCH) } }).lean<ShadowKeyDoc[]>();
      for (const doc of docs) found.set(doc._id, doc.ids);
    }
    return found;
  }

  private async buildFromLedger(): Promise<void> {
    if (await this.model.exists({ _id: BUILT_MARKER })) return;
    const started = Date.now();
    let count = 0;
    let batch: ShadowKeyEntry[] = [];
    const cursor = this.enterprises.find({}, { shadowKeys: 1 }).select('+shadowKeys').lean<EnterpriseDoc>().cursor({ batchSize: BATCH });
    for await (const doc of cursor as AsyncIterable<EnterpriseDoc>) {
      batch.push({ id: doc._id, keys: doc.shadowKeys ?? [] });
      if (batch.length >= BATCH) {
        await this.add(batch);
        count += batch.length;
        batch = [];
      }
    }
    await this.add(batch);
    count += batch.length;
    await this.model.updateOne({ _id: BUILT_MARKER }, { $set: { ids: [] } }, { upsert: true });
    if (count) this.logger.log({ records: count, ms: Date.now() - started }, 'shadow key index built from the ledger');
  }
}
