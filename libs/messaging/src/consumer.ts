import { Connection, Model, Schema } from 'mongoose';
import {
  AckPolicy,
  ConsumerConfig,
  ConsumerMessages,
  DeliverPolicy,
  JetStreamClient,
  JetStreamManager,
  JsMsg,
  NatsError,
  headers as natsHeaders,
  nanos,
} from 'nats';
import {
  EventEnvelope,
  HEADER_DEAD_LETTER_DELIVERIES,
  HEADER_DEAD_LETTER_REASON,
  HEADER_REQUEST_ID,
  deadLetterSubject,
  eventSubject,
  streamOwner,
} from '@dangjian/contracts';
import { InvalidEventError, parseEnvelope } from './events';

/** One processed event per consumer: the idempotency record that makes redelivery harmless. */
interface ReceiptDoc {
  _id: string;
  consumer: string;
  eventId: string;
  type: string;
  at: Date;
}
const receiptSchema = new Schema<ReceiptDoc>(
  { _id: String, consumer: String, eventId: String, type: String, at: Date },
  { collection: 'event_receipts', versionKey: false },
);
receiptSchema.index({ at: 1 });

export function receiptModel(connection: Connection): Model<ReceiptDoc> {
  return (connection.models['EventReceipt'] as Model<ReceiptDoc>) ?? connection.model<ReceiptDoc>('EventReceipt', receiptSchema);
}

export interface EventHandlerContext {
  deliveryCount: number;
  streamSequence: number;
}
export type EventHandler = (event: EventEnvelope, context: EventHandlerContext) => Promise<void>;

export interface DurableConsumerOptions {
  /** Service that owns the consumer, for the dead-letter subject. */
  service: string;
  stream: string;
  durable: string;
  filterSubject: string;
  handler: EventHandler;
  /** Attempts before the message goes to dead-letter (default 5). */
  maxAttempts?: number;
  /** First retry delay; doubles with each attempt up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  ackWaitMs?: number;
  /**
   * Handle the stream's events strictly in order: one in flight across all replicas, and a failed
   * event is retried (with backoff) before the next one is handled. For handlers that apply changes
   * of one entity in sequence (an org unit created, then renamed, then moved).
   */
  ordered?: boolean;
  onError?: (error: unknown, event?: EventEnvelope) => void;
  onDeadLetter?: (reason: string, msg: JsMsg) => void;
}

const RECEIPT_MARGIN_MS = 24 * 60 * 60 * 1000;

export function retryDelayMs(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * A durable pull consumer with explicit ack. Each event is handled once in effect: a receipt keyed
 * by consumer and event id is checked before and written after the handler; failures are retried
 * with exponential backoff (nak with delay, so other messages keep flowing) and after maxAttempts
 * the message is copied to the dead-letter stream and terminated.
 *
 * The handler must itself be safe to re-run for the window between its write and the receipt
 * (a crash there): make its writes conditional or upserts keyed on the event.
 */
export class DurableConsumer {
  private messages?: ConsumerMessages;
  /** Moving average of the handler's time, which sizes the batches. */
  private averageHandlerMs?: number;
  private loop?: Promise<void>;
  private stopped = false;
  private readonly receipts: Model<ReceiptDoc>;

  constructor(
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    connection: Connection,
    private readonly options: DurableConsumerOptions,
  ) {
    this.receipts = receiptModel(connection);
  }

  get maxAttempts(): number {
    return this.options.maxAttempts ?? 5;
  }

  /**
   * Removes this consumer's receipts of events its stream no longer holds (older than the stream's
   * max_age, read from the stream, plus a day): no redelivery or replay can bring those back. A stream
   * kept for ever keeps its receipts. Returns how many went.
   */
  async sweepReceipts(now = new Date()): Promise<number> {
    const maxAgeMs = (await this.jsm.streams.info(this.options.stream)).config.max_age / 1e6;
    if (!maxAgeMs) return 0;
    const cutoff = new Date(now.getTime() - maxAgeMs - RECEIPT_MARGIN_MS);
    const { deletedCount } = await this.receipts.deleteMany({ consumer: this.options.durable, at: { $lt: cutoff } });
    return deletedCount;
  }

  /** Creates or updates the durable consumer on the server; idempotent. */
  async ensure(): Promise<void> {
    const config: Partial<ConsumerConfig> = {
      durable_name: this.options.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: this.options.filterSubject,
      ack_wait: nanos(this.options.ackWaitMs ?? 30_000),
      max_deliver: -1, // retries are counted here, so a poison message reaches dead-letter, not limbo
      max_ack_pending: this.options.ordered ? 1 : 1000,
    };
    try {
      const info = await this.jsm.consumers.info(this.options.stream, this.options.durable);
      await this.jsm.consumers.update(this.options.stream, this.options.durable, { ...info.config, ...config });
    } catch (error) {
      if (!(error instanceof NatsError) || !/not found/i.test(error.message)) throw error;
      await this.jsm.consumers.add(this.options.stream, config);
    }
  }

  async start(): Promise<void> {
    await this.ensure();
    this.stopped = false;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.messages?.stop();
    await this.loop?.catch(() => undefined);
    this.messages = undefined;
    this.loop = undefined;
  }

  get durable(): string {
    return this.options.durable;
  }

  /**
   * Pulls batches sized so that a whole batch is handled well inside the ack wait (the wait of a
   * fetched message runs while it waits in the batch): from the handler's measured pace, between 1
   * and 100. A handler much slower than its average can still outlast the wait of the messages
   * behind it in a batch; they are then redelivered, and their receipts keep them from counting twice.
   */
  private batchSize(): number {
    if (this.options.ordered) return 1;
    if (this.averageHandlerMs === undefined) return 1; // measure first
    return Math.max(1, Math.min(100, Math.floor(this.ackWaitMs / 2 / Math.max(1, this.averageHandlerMs))));
  }

  private get ackWaitMs(): number {
    return this.options.ackWaitMs ?? 30_000;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        const consumer = await this.js.consumers.get(this.options.stream, this.options.durable);
        while (!this.stopped) {
          const messages = await consumer.fetch({ max_messages: this.batchSize(), expires: 5000 });
          this.messages = messages;
          // stop() may have run while we were fetching, before it could see these messages.
          if (this.stopped) {
            messages.stop();
            break;
          }
          for await (const msg of messages) {
            await this.process(msg);
            if (this.stopped) break;
          }
        }
      } catch (error) {
        if (this.stopped) break;
        this.options.onError?.(error);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await this.ensure().catch((e) => this.options.onError?.(e));
      }
    }
  }

  /** Handles one delivery; exported for tests of the retry arithmetic through real messages. */
  async process(msg: JsMsg): Promise<void> {
    let event: EventEnvelope;
    try {
      event = parseEnvelope(msg.data);
    } catch (error) {
      await this.deadLetter(msg, error instanceof InvalidEventError ? error.message : String(error));
      return;
    }
    const forged = this.forgery(msg, event);
    if (forged) {
      await this.deadLetter(msg, forged);
      return;
    }
    // Tell the server the message is being worked on, so a slow handler does not get it redelivered.
    const working = setInterval(() => msg.working(), Math.max(100, Math.floor(this.ackWaitMs / 3)));
    try {
      for (let attempt = msg.info.redeliveryCount; ; attempt++) {
        const outcome = await this.handle(msg, event, attempt);
        if (outcome === 'done') return;
        if (attempt >= this.maxAttempts) {
          await this.deadLetter(msg, outcome.reason);
          return;
        }
        const delay = retryDelayMs(attempt, this.options.backoffMs ?? 1000, this.options.maxBackoffMs ?? 60_000);
        if (!this.options.ordered) {
          msg.nak(delay); // other messages flow meanwhile
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delay)); // the next event waits for this one
        if (this.stopped) return; // unacknowledged: redelivered after the ack wait
      }
    } finally {
      clearInterval(working);
    }
  }

  /** One attempt: the handler, then the receipt and the ack; or why it failed. */
  private async handle(msg: JsMsg, event: EventEnvelope, attempt: number): Promise<'done' | { reason: string }> {
    const receiptId = `${this.options.durable}:${event.id}`;
    try {
      if (await this.receipts.exists({ _id: receiptId })) {
        msg.ack();
        return 'done';
      }
      const started = Date.now();
      await this.options.handler(event, { deliveryCount: attempt, streamSequence: msg.seq });
      const took = Date.now() - started;
      this.averageHandlerMs = this.averageHandlerMs === undefined ? took : this.averageHandlerMs * 0.8 + took * 0.2;
      await this.receipts
        .create({ _id: receiptId, consumer: this.options.durable, eventId: event.id, type: event.type, at: new Date() })
        .catch((error: { code?: number }) => {
          if (error?.code !== 11000) throw error;
        });
      msg.ack();
      return 'done';
    } catch (error) {
      this.options.onError?.(error, event);
      return { reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * Why an envelope cannot be what it claims, or undefined: each service's stream holds only its own
   * events (NATS lets only it publish there), on the subject of their type.
   */
  private forgery(msg: JsMsg, event: EventEnvelope): string | undefined {
    const owner = streamOwner(this.options.stream);
    if (owner && (event.source !== owner || !event.type.startsWith(`${owner}.`))) {
      return `envelope from "${event.source}" (type ${event.type}) in ${this.options.stream}, which holds only ${owner}'s events`;
    }
    if (owner && msg.subject !== eventSubject(event.type)) return `envelope of type ${event.type} on subject ${msg.subject}`;
    return undefined;
  }

  private async deadLetter(msg: JsMsg, reason: string): Promise<void> {
    const h = natsHeaders();
    h.set(HEADER_DEAD_LETTER_REASON, reason.slice(0, 1000));
    h.set(HEADER_DEAD_LETTER_DELIVERIES, String(msg.info.redeliveryCount));
    h.set('x-original-subject', msg.subject);
    h.set('x-original-stream', this.options.stream);
    h.set('x-original-sequence', String(msg.seq));
    const requestId = msg.headers?.get(HEADER_REQUEST_ID);
    if (requestId) h.set(HEADER_REQUEST_ID, requestId);
    try {
      await this.js.publish(deadLetterSubject(this.options.service, this.options.durable), msg.data, {
        headers: h,
        msgID: `dlq:${this.options.durable}:${this.options.stream}:${msg.seq}`,
      });
      this.options.onDeadLetter?.(reason, msg);
      msg.term();
    } catch (error) {
      // Could not park it: leave it for redelivery rather than lose it.
      this.options.onError?.(error);
      msg.nak(this.options.backoffMs ?? 1000);
    }
  }
}
