import { Model, Schema, UpdateQuery } from 'mongoose';
import { JetStreamClient, headers as natsHeaders } from 'nats';
import { EventEnvelope, HEADER_EVENT_TYPE, HEADER_REQUEST_ID, eventSubject } from '@dangjian/contracts';
import { documentKey, serverKind, withDocumentLock } from '@dangjian/persistence';

/**
 * Transactional outbox without multi-document transactions (FerretDB has none): the events of a
 * change are stored IN the changed document, by the same single-document write. The relay publishes
 * them in order and removes each one only after JetStream acknowledged it.
 */
export interface OutboxFields {
  _events?: EventEnvelope[];
}

export function outboxPlugin(schema: Schema): void {
  schema.add({ _events: { type: [Schema.Types.Mixed], default: undefined, select: false } });
  schema.index({ '_events.id': 1 });
}

/** A new document with its events, for `Model.create`. */
export function withEvents<T extends object>(doc: T, ...events: EventEnvelope[]): T & OutboxFields {
  return { ...doc, _events: events };
}

/**
 * A new carrier document (its collection registered with deleteWhenPublished) with its events
 * packed into one JSON text. FerretDB stores and reads a string in one step, where a thousand
 * envelopes cost it a decode of every field of each, on every read.
 */
export function withPackedEvents<T extends object>(doc: T, events: EventEnvelope[]): T & { _events: string[] } {
  return { ...doc, _events: [JSON.stringify(events)] };
}

/** An outbox as stored: envelopes, or in a carrier document also JSON texts of many. */
type StoredEvents = (EventEnvelope | string)[];

function unpackEvents(stored: StoredEvents): EventEnvelope[] {
  return stored.flatMap((entry) => (typeof entry === 'string' ? (JSON.parse(entry) as EventEnvelope[]) : [entry]));
}

/** Adds events to an update so they are written by the same single-document operation. */
export function pushEvents<T>(update: UpdateQuery<T>, ...events: EventEnvelope[]): UpdateQuery<T> {
  const push = (update.$push ?? {}) as Record<string, unknown>;
  return { ...update, $push: { ...push, _events: { $each: events } } } as UpdateQuery<T>;
}

const PUBLISH_CHUNK = 500;
/**
 * Every write that carries events names its document to the relay (nudge), so a full scan only
 * finds what a crashed writer left: each process scans at start, and this often after that for
 * replicas that never came back. On FerretDB a scan decodes every document of every registered
 * collection (seconds for a county's ledger), so it stays rare.
 */
const DEFAULT_FULL_SCAN_MS = 10 * 60_000;

/**
 * Removes the named events from a document. MongoDB does it with `$pull`; FerretDB 1.24 accepts a
 * `$pull` with a condition (and `$push` with `$slice`) but silently changes nothing, so there the
 * remaining events are written back under the document lock every outbox writer takes.
 */
export async function removeEvents(model: AnyModel, id: unknown, ids: string[]): Promise<void> {
  if ((await serverKind(model.db)) === 'mongodb') {
    await model.updateOne({ _id: id }, { $pull: { _events: { id: { $in: ids } } } });
    return;
  }
  await withDocumentLock(documentKey(model, id), async () => {
    const current = await model.findOne({ _id: id }, { _events: 1 }).select('+_events').lean<{ _events?: EventEnvelope[] }>();
    if (!current?._events) return;
    const gone = new Set(ids);
    const rest = current._events.filter((e) => !gone.has(e.id));
    if (rest.length !== current._events.length) await model.updateOne({ _id: id }, { $set: { _events: rest } });
  });
}

/**
 * When the next full scan is due after one that took `tookMs`: never sooner than `intervalMs`, and
 * never so soon that scanning takes more than a twentieth of the time. On FerretDB a scan decodes
 * every document of a collection (tens of seconds for a county's ledger); on MongoDB it is quick.
 */
export function nextFullScanDelay(intervalMs: number, tookMs: number): number {
  return Math.max(intervalMs, tookMs * 20);
}

export interface OutboxRelayOptions {
  batchSize?: number;
  /** Retry delay for hinted documents and the pause between idle checks. */
  intervalMs?: number;
  /**
   * How often every registered collection is scanned for events left behind (a crash between a
   * write and its publish); ten minutes unless set. Between scans the relay works from the hints
   * writers give it with nudge(model, id), reading each document by _id. A slow scan spaces the
   * next one out (nextFullScanDelay).
   */
  fullScanIntervalMs?: number;
  publishTimeoutMs?: number;
  onError?: (error: unknown) => void;
  onPublished?: (event: EventEnvelope) => void;
}

// A relay serves models of any document shape; it touches only `_id` and `_events`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyModel = Model<any>;

export interface OutboxRegistration {
  /**
   * The collection's documents are written once, only to carry events (an import batch's): each is
   * deleted once all its events are published. Rewriting a large event array without the published
   * ones costs FerretDB a full decode and encode of the document per removal.
   */
  deleteWhenPublished?: boolean;
}

export class OutboxRelay {
  private readonly models = new Map<AnyModel, OutboxRegistration>();
  /** Documents known to carry events: `model` and `_id`, keyed by collection and id. */
  private readonly hints = new Map<string, { model: AnyModel; id: unknown; seq: number }>();
  private hintSeq = 0;
  private nextFullScanAt = 0;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private again = false;
  private stopped = true;

  constructor(
    private readonly js: JetStreamClient,
    private readonly options: OutboxRelayOptions = {},
  ) {}

  register(model: AnyModel, registration: OutboxRegistration = {}): void {
    this.models.set(model, registration);
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Ask for a run now, right after a write that carried events; naming the document saves a scan. */
  nudge(model?: AnyModel, id?: unknown): void {
    if (model && id !== undefined) this.hints.set(`${model.collection.collectionName}:${String(id)}`, { model, id, seq: ++this.hintSeq });
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Scans every registered collection and publishes every pending event; returns how many. */
  async runOnce(): Promise<number> {
    return this.exclusive(async () => {
      const started = Date.now();
      try {
        return (await this.drainHinted()) + (await this.drainAll());
      } finally {
        this.nextFullScanAt = Date.now() + nextFullScanDelay(this.options.fullScanIntervalMs ?? DEFAULT_FULL_SCAN_MS, Date.now() - started);
      }
    });
  }

  /** Publishes the events of the documents writers named. */
  async runHinted(): Promise<number> {
    return this.exclusive(() => this.drainHinted());
  }

  private async exclusive(work: () => Promise<number>): Promise<number> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = work().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drainHinted(): Promise<number> {
    let published = 0;
    for (const [key, { model, id, seq }] of [...this.hints]) {
      const doc = await model.findOne({ _id: id }, { _events: 1 }).select('+_events').lean<{ _id: unknown; _events?: StoredEvents }>();
      if (doc?._events?.length) published += await this.publishDocument(model, doc as { _id: unknown; _events: StoredEvents });
      // A write may have named the document again meanwhile, with events this pass did not read.
      if (this.hints.get(key)?.seq === seq) this.hints.delete(key);
    }
    return published;
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    let failed = false;
    try {
      do {
        this.again = false;
        const scanDue = Date.now() >= this.nextFullScanAt;
        await (scanDue ? this.runOnce() : this.runHinted());
      } while (this.again && !this.stopped);
    } catch (error) {
      failed = true;
      this.options.onError?.(error);
    }
    if (!this.stopped) this.schedule(failed ? Math.min(5000, (this.options.intervalMs ?? 1000) * 2) : this.options.intervalMs ?? 1000);
  }

  private async drainAll(): Promise<number> {
    let published = 0;
    for (const model of this.models.keys()) {
      for (;;) {
        const count = await this.drainBatch(model);
        // Writers' hints wait for no scan: a scan of a large collection can take seconds on FerretDB.
        published += count + (await this.drainHinted());
        if (count === 0) break;
      }
    }
    return published;
  }

  private async drainBatch(model: AnyModel): Promise<number> {
    const docs = await model
      .find({ '_events.0': { $exists: true } }, { _events: 1 })
      .select('+_events')
      .limit(this.options.batchSize ?? 100)
      .lean<{ _id: unknown; _events: StoredEvents }[]>();
    let published = 0;
    for (const doc of docs) published += await this.publishDocument(model, doc);
    return published;
  }

  /**
   * Publishes a document's events in order (pipelined on the one connection, which keeps the order),
   * then removes exactly the published ones by id: safe beside other relays and new writes. A
   * carrier document (deleteWhenPublished) is deleted after its last event instead.
   */
  private async publishDocument(model: AnyModel, doc: { _id: unknown; _events: StoredEvents }): Promise<number> {
    const carrier = this.models.get(model)?.deleteWhenPublished;
    const events = unpackEvents(doc._events);
    if (!carrier && doc._events.some((entry) => typeof entry === 'string')) {
      throw new Error(`${model.collection.collectionName} ${String(doc._id)}: packed events outside a carrier collection are never removed`);
    }
    let published = 0;
    for (let i = 0; i < events.length; i += PUBLISH_CHUNK) {
      const chunk = events.slice(i, i + PUBLISH_CHUNK);
      await Promise.all(chunk.map((event) => this.publish(event)));
      if (!carrier) await removeEvents(model, doc._id, chunk.map((e) => e.id));
      published += chunk.length;
      for (const event of chunk) this.options.onPublished?.(event);
    }
    if (carrier) await model.deleteOne({ _id: doc._id });
    return published;
  }

  private async publish(event: EventEnvelope): Promise<void> {
    const h = natsHeaders();
    h.set(HEADER_EVENT_TYPE, event.type);
    if (event.requestId) h.set(HEADER_REQUEST_ID, event.requestId);
    await this.js.publish(eventSubject(event.type), JSON.stringify(event), {
      msgID: event.id,
      headers: h,
      timeout: this.options.publishTimeoutMs ?? 5000,
    });
  }
}
