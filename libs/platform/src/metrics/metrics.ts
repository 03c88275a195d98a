import { Controller, Get, Header, Injectable } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@dangjian/auth';
import { OutboxRelay } from '@dangjian/messaging';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The service's Prometheus registry: process metrics plus HTTP and message-handling figures. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly rpcDuration: Histogram<'pattern' | 'outcome'>;
  readonly eventsPublished: Counter<'type'>;
  readonly eventsHeld: Counter<'collection'>;

  constructor(relay: OutboxRelay) {
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    this.rpcDuration = new Histogram({
      name: 'nats_request_duration_seconds',
      help: 'NATS request/reply handling duration by pattern',
      labelNames: ['pattern', 'outcome'],
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
      registers: [this.registry],
    });
    this.eventsPublished = new Counter({
      name: 'events_published_total',
      help: 'Domain events published from the outbox to JetStream',
      labelNames: ['type'],
      registers: [this.registry],
    });
    this.eventsHeld = new Counter({
      name: 'outbox_documents_held_total',
      help: 'Documents whose events the outbox relay set aside after repeated failures',
      labelNames: ['collection'],
      registers: [this.registry],
    });
    new Gauge({
      name: 'outbox_held_documents',
      help: 'Documents whose events wait in outbox_held for an operator',
      registers: [this.registry],
      async collect() {
        this.set((await relay.status()).held);
      },
    });
    new Gauge({
      name: 'outbox_failing_documents',
      help: 'Documents whose events failed to publish and are being retried',
      registers: [this.registry],
      collect() {
        this.set(relay.failing().length);
      },
    });
    relay.watch({
      published: (event) => this.eventsPublished.inc({ type: event.type }),
      held: (held) => this.eventsHeld.inc({ collection: held.sourceCollection }),
    });
  }
}

@ApiExcludeController()
@Public()
@Controller()
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
