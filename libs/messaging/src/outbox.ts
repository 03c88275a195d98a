import { createHash } from 'node:crypto';
import { Connection, Model, Schema, UpdateQuery } from 'mongoose';
import { JetStreamClient, headers as natsHeaders } from 'nats';
import { FailingDocument, PublishFailures } from './publish-failures';
import { EventEnvelope, HEADER_EVENT_TYPE, HEADER_REQUEST_ID, eventSubject } from '@dangjian/contracts';
import { storageFor } from '@dangjian/persistence';

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
  /**
   * Failures after which a document's events are set aside in `outbox_held` (5 unless set). Only
   * failures while other documents publish count (PublishFailures), so an outage sets nothing aside.
   */
  maxAttempts?: number;
  onError?: (error: unknown, document?: string) => void;
}

/** What metrics and logs follow: each event published, each document set aside. */
export interface RelayWatcher {
  published?: (event: EventEnvelope) => void;
  held?: (held: HeldOutbox) => void;
}

/** Events set aside from a document the relay could not publish, with why. */
export interface HeldOutbox {
  /** `<collection>:<document _id>:<first event id>` */
  _id: string;
  sourceCollection: string;
  documentId: unknown;
  events: StoredEvents;
  reason: string;
  attempts: number;
  heldAt: Date;
}

export const OUTBOX_HELD_COLLECTION = 'outbox_held';

const heldSchema = new Schema<HeldOutbox>(
  { _id: String, sourceCollection: String, documentId: Schema.Types.Mixed, events: [Schema.Types.Mixed], reason: String, attempts: Number, heldAt: Date },
  { collection: OUTBOX_HELD_COLLECTION, versionKey: false },
);

function heldModel(connection: Connection): Model<HeldOutbox> {
  return (connection.models.OutboxHeld as Model<HeldOutbox>) ?? connection.model<HeldOutbox>('OutboxHeld', heldSchema);
}

export interface OutboxStatus {
  /** Documents whose events were set aside, in every collection this relay serves. */
  held: number;
  /** Documents failing now, not yet set aside (this process only). */
  failing: FailingDocument[];
}

/** A publish failed and JetStream did not answer either: the broker, not the document. */
class BrokerUnavailable extends Error {
  constructor(override readonly cause: unknown) {
    super(`outbox relay: JetStream does not answer (${errorText(cause)})`);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type StoredDoc = { _id: unknown; _events: StoredEvents };

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
  private readonly failures: PublishFailures;
  private readonly watchers: RelayWatcher[] = [];
  private hintSeq = 0;
  private nextFullScanAt = 0;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private again = false;
  private stopped = true;

  constructor(
    private readonly js: JetStreamClient,
    private readonly options: OutboxRelayOptions = {},
  ) {
    this.failures = new PublishFailures(options.maxAttempts ?? 5);
  }

  register(model: AnyModel, registration: OutboxRegistration = {}): void {
    this.models.set(model, registration);
  }

  watch(watcher: RelayWatcher): void {
    this.watchers.push(watcher);
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Ask for a run now, right after a write that carried events; naming the document saves a scan. */
  nudge(model?: AnyModel, id?: unknown): void {
    if (model && id !== undefined) this.hint(model, id);
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

  /**
   * Scans every registered collection and publishes every pending event; returns how many. A
   * document that fails is retried at the end of each pass, after everything else, and set aside
   * once it has failed `maxAttempts` times while the rest flowed.
   */
  async runOnce(): Promise<number> {
    return this.exclusive(async () => {
      const started = Date.now();
      try {
        return (await this.drainHinted(false)) + (await this.drainAll()) + (await this.drainHinted(true));
      } finally {
        this.nextFullScanAt = Date.now() + nextFullScanDelay(this.options.fullScanIntervalMs ?? DEFAULT_FULL_SCAN_MS, Date.now() - started);
      }
    });
  }

  /** Publishes the events of the documents writers named. */
  async runHinted(): Promise<number> {
    return this.exclusive(async () => (await this.drainHinted(false)) + (await this.drainHinted(true)));
  }

  /** Documents failing now (this process), not yet set aside. */
  failing(): FailingDocument[] {
    return this.failures.failing();
  }

  /** Documents set aside and documents failing now. */
  async status(): Promise<OutboxStatus> {
    const connections = new Set([...this.models.keys()].map((model) => model.db));
    let held = 0;
    for (const connection of connections) held += await heldModel(connection).countDocuments();
    return { held, failing: this.failures.failing() };
  }

  private hint(model: AnyModel, id: unknown): void {
    this.hints.set(this.keyOf(model, id), { model, id, seq: ++this.hintSeq });
  }

  private keyOf(model: AnyModel, id: unknown): string {
    return `${model.collection.collectionName}:${String(id)}`;
  }

  private async exclusive(work: () => Promise<number>): Promise<number> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = work().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Publishes the events of the named documents: those not failing, or (at a pass's end) those failing. */
  private async drainHinted(failing: boolean): Promise<number> {
    let published = 0;
    for (const [key, { model, id, seq }] of [...this.hints]) {
      if (this.failures.isFailing(key) !== failing) continue;
      const doc = await model.findOne({ _id: id }, { _events: 1 }).select('+_events').lean<{ _id: unknown; _events?: StoredEvents }>();
      const ok = doc?._events?.length ? await this.tryDocument(model, doc as StoredDoc) : true;
      if (ok === false) continue; // stays named, and is retried at the end of the next pass
      if (typeof ok === 'number') published += ok;
      else this.failures.forget(key); // nothing left to publish: set aside, or published by another relay
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
      this.options.onError?.(error instanceof BrokerUnavailable ? error.cause : error);
    }
    if (!this.stopped) this.schedule(failed ? Math.min(5000, (this.options.intervalMs ?? 1000) * 2) : this.options.intervalMs ?? 1000);
  }

  private async drainAll(): Promise<number> {
    let published = 0;
    for (const model of this.models.keys()) {
      for (;;) {
        const batch = await this.drainBatch(model);
        // Writers' hints wait for no scan: a scan of a large collection can take seconds on FerretDB.
        published += batch.published + (await this.drainHinted(false));
        if (batch.found === 0) break;
      }
    }
    return published;
  }

  /** The next documents with events, leaving out those failing (retried at the pass's end). */
  private async drainBatch(model: AnyModel): Promise<{ found: number; published: number }> {
    const prefix = `${model.collection.collectionName}:`;
    const failing = [...this.hints.entries()].filter(([key]) => key.startsWith(prefix) && this.failures.isFailing(key)).map(([, hint]) => hint.id);
    const docs = await model
      .find({ '_events.0': { $exists: true }, ...(failing.length ? { _id: { $nin: failing } } : {}) }, { _events: 1 })
      .select('+_events')
      .limit(this.options.batchSize ?? 100)
      .lean<StoredDoc[]>();
    let published = 0;
    for (const doc of docs) {
      const ok = await this.tryDocument(model, doc);
      if (typeof ok === 'number') published += ok;
    }
    return { found: docs.length, published };
  }

  /**
   * Publishes one document's events: how many, `true` when it was set aside, `false` when it failed
   * and stays for a retry. When JetStream does not answer either, the pass ends (BrokerUnavailable):
   * an outage is nobody's document's fault.
   */
  private async tryDocument(model: AnyModel, doc: StoredDoc): Promise<number | boolean> {
    const key = this.keyOf(model, doc._id);
    try {
      const published = await this.publishDocument(model, doc);
      this.failures.succeeded(key);
      return published;
    } catch (error) {
      this.hint(model, doc._id);
      if (!(await this.jetStreamAnswers())) throw new BrokerUnavailable(error);
      this.options.onError?.(error, key);
      if (this.failures.failed(key, errorText(error)) === 'retry') return false;
      await this.hold(model, doc);
      return true;
    }
  }

  private async jetStreamAnswers(): Promise<boolean> {
    try {
      await (await this.js.jetstreamManager(false)).getAccountInfo();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Sets a document's events aside in `outbox_held` with the reason, and takes them out of the
   * document, so the rest of the outbox flows. The held record is written first and named after
   * the document's first event: a crash between the two writes holds the same events again, once.
   */
  private async hold(model: AnyModel, doc: StoredDoc): Promise<void> {
    const key = this.keyOf(model, doc._id);
    const failing = this.failures.failing().find((f) => f.document === key);
    const first = doc._events[0];
    const firstId = typeof first === 'string' ? createHash('sha256').update(first).digest('hex').slice(0, 16) : first.id;
    const held: HeldOutbox = {
      _id: `${key}:${firstId}`,
      sourceCollection: model.collection.collectionName,
      documentId: doc._id,
      events: doc._events,
      reason: failing?.reason ?? 'unknown',
      attempts: failing?.attempts ?? 0,
      heldAt: new Date(),
    };
    await heldModel(model.db).updateOne({ _id: held._id }, { $setOnInsert: held }, { upsert: true });
    if (this.models.get(model)?.deleteWhenPublished) await model.deleteOne({ _id: doc._id });
    else {
      const ids = doc._events.filter((e): e is EventEnvelope => typeof e !== 'string').map((e) => e.id);
      const values = doc._events.filter((e): e is string => typeof e === 'string');
      await (await storageFor(model.db)).pullEntries(model, doc._id, '_events', { ids, values });
    }
    this.failures.forget(key);
    this.hints.delete(key);
    for (const watcher of this.watchers) watcher.held?.(held);
  }

  /**
   * Publishes a document's events in order (pipelined on the one connection, which keeps the order),
   * then removes exactly the published ones by id: safe beside other relays and new writes. A
   * carrier document (deleteWhenPublished) is deleted after its last event instead.
   */
  private async publishDocument(model: AnyModel, doc: StoredDoc): Promise<number> {
    const carrier = this.models.get(model)?.deleteWhenPublished;
    if (!carrier && doc._events.some((entry) => typeof entry === 'string')) {
      throw new Error(`${model.collection.collectionName} ${String(doc._id)}: packed events outside a carrier collection are never removed`);
    }
    const events = unpackEvents(doc._events);
    let published = 0;
    for (let i = 0; i < events.length; i += PUBLISH_CHUNK) {
      const chunk = events.slice(i, i + PUBLISH_CHUNK);
      await Promise.all(chunk.map((event) => this.publish(event)));
      if (!carrier) await (await storageFor(model.db)).pullEntries(model, doc._id, '_events', { ids: chunk.map((e) => e.id) });
      published += chunk.length;
      for (const event of chunk) for (const watcher of this.watchers) watcher.published?.(event);
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
