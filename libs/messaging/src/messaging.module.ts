import { BeforeApplicationShutdown, DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ClientNats } from '@nestjs/microservices';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { JetStreamClient, JetStreamManager, NatsConnection } from 'nats';
import { ServiceName } from '@dangjian/contracts';
import { DurableConsumer, DurableConsumerOptions } from './consumer';
import { NATS_CONNECTION, NatsLinks, NatsLogin, connectNats, natsClientOptions } from './nats-connection';
import { OUTBOX_HELD_COLLECTION, OutboxRelay } from './outbox';
import { HeaderSource, ServiceClient } from './service-client';
import { ensureAllStreams } from './streams';

export interface MessagingOptions {
  service: ServiceName;
  instance: string;
  natsUrl: string;
  headerSource: HeaderSource;
  /** Replicas of the streams this service creates (existing streams keep theirs). */
  streamReplicas?: number;
  /** This service's NATS login (user, password, TLS). */
  login?: NatsLogin;
  /** Failures, while the rest flows, after which a document's events are set aside (5 unless set). */
  outboxMaxAttempts?: number;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const JETSTREAM = Symbol('JETSTREAM');
export const JETSTREAM_MANAGER = Symbol('JETSTREAM_MANAGER');

/** How often each consumer's receipts of events gone from its stream are removed. */
const RECEIPT_SWEEP_MS = 6 * 60 * 60 * 1000;

/** Starts the streams, the outbox relay and the service's durable consumers; drains NATS at shutdown. */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Messaging');
  private readonly consumers: DurableConsumer[] = [];
  private started = false;
  private receiptSweep?: NodeJS.Timeout;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    @Inject(JETSTREAM_MANAGER) private readonly jsm: JetStreamManager,
    @InjectConnection() private readonly connection: Connection,
    readonly relay: OutboxRelay,
    private readonly client: ServiceClient,
  ) {}

  /** Feature modules declare their consumers in onModuleInit; they start once streams exist. */
  addConsumer(options: Omit<DurableConsumerOptions, 'service' | 'onError' | 'onDeadLetter'>): DurableConsumer {
    const consumer = new DurableConsumer(this.js, this.jsm, this.connection, {
      ...options,
      service: this.options.service,
      onError: (error, event) =>
        this.logger.warn({ err: error, eventId: event?.id, consumer: options.durable }, 'event handler failed; will retry'),
      onDeadLetter: (reason, msg) =>
        this.logger.error({ consumer: options.durable, subject: msg.subject, seq: msg.seq, reason }, 'event moved to dead-letter'),
    });
    this.consumers.push(consumer);
    if (this.started) void consumer.start();
    return consumer;
  }

  async onApplicationBootstrap(): Promise<void> {
    // Connect the request/reply client now rather than at the first call, so readiness reports it.
    void this.client.connect().catch((error) => this.logger.warn({ err: error }, 'request/reply client could not connect yet'));
    await ensureAllStreams(this.jsm, { replicas: this.options.streamReplicas ?? 1 }, this.options.service);
    this.relay.start();
    await Promise.all(this.consumers.map((c) => c.start()));
    this.started = true;
    void this.sweepReceipts();
    this.receiptSweep = setInterval(() => void this.sweepReceipts(), RECEIPT_SWEEP_MS);
    this.receiptSweep.unref();
  }

  /** Receipts of events their streams no longer hold can go; idempotent, so replicas may all run it. */
  async sweepReceipts(): Promise<void> {
    for (const consumer of this.consumers) {
      await consumer.sweepReceipts().catch((error) => this.logger.warn({ err: error }, 'sweeping event receipts failed; next sweep retries'));
    }
  }

  /** Before the database closes: no handler or relay may be mid-write when it does. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.receiptSweep);
    await Promise.all(this.consumers.map((c) => c.stop()));
    await this.relay.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close().catch(() => undefined);
    if (!this.nc.isClosed()) await this.nc.drain().catch(() => undefined);
  }
}

@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: NATS_CONNECTION,
          useFactory: () => {
            new Logger('Messaging').log(`connecting to NATS at ${options.natsUrl} (waits until it answers)`);
            return connectNats(options.natsUrl, `${options.service}-${options.instance}`, natsClientOptions(options.service, options.login));
          },
        },
        { provide: JETSTREAM, useFactory: (nc: NatsConnection) => nc.jetstream(), inject: [NATS_CONNECTION] },
        { provide: JETSTREAM_MANAGER, useFactory: (nc: NatsConnection) => nc.jetstreamManager(), inject: [NATS_CONNECTION] },
        {
          provide: OutboxRelay,
          useFactory: (js: JetStreamClient) => {
            const logger = new Logger('OutboxRelay');
            const relay = new OutboxRelay(js, {
              maxAttempts: options.outboxMaxAttempts,
              onError: (error, document) => logger.warn({ err: error, document }, 'outbox relay could not publish; retrying'),
            });
            relay.watch({
              held: (held) =>
                logger.error({ held: held._id, reason: held.reason, attempts: held.attempts, events: held.events.length }, `events set aside in ${OUTBOX_HELD_COLLECTION}: ${held.reason}`),
            });
            return relay;
          },
          inject: [JETSTREAM],
        },
        {
          provide: ServiceClient,
          useFactory: (links: NatsLinks) => {
            const client = new ClientNats({ servers: options.natsUrl.split(','), name: `${options.service}-client`, ...natsClientOptions(options.service, options.login) });
            links.track('rpc-client', client.status);
            return new ServiceClient(client, options.headerSource);
          },
          inject: [NatsLinks],
        },
        NatsLinks,
        MessagingLifecycle,
      ],
      exports: [NATS_CONNECTION, JETSTREAM, JETSTREAM_MANAGER, OutboxRelay, ServiceClient, NatsLinks, MessagingLifecycle, MESSAGING_OPTIONS],
    };
  }
}
