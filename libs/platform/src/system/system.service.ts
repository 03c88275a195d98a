import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import { Model } from 'mongoose';
import {
  EventEnvelope,
  PingReply,
  ProbeReceiptReply,
  SERVICE_NAMES,
  ServiceName,
  SystemPatterns,
  eventStreamName,
  eventSubject,
  probeSentEvent,
} from '@dangjian/contracts';
import { MessagingLifecycle, OutboxRelay, OutboxStatus, ServiceClient, createEvent, parsePayload, withEvents } from '@dangjian/messaging';
import { RequestContext } from '@dangjian/request-context';
import { AuditTrail } from '../audit/audit-trail';
import { SERVICE_IDENTITY, ServiceIdentity } from '../service-identity';
import { ProbeDoc, ProbeReceiptDoc } from './probe.schema';

export const PROBE_MODEL = 'SystemProbe';
export const PROBE_RECEIPT_MODEL = 'SystemProbeReceipt';

export interface DependencyStatus {
  service: ServiceName;
  ok: boolean;
  latencyMs?: number;
  instance?: string;
  /** The request id the other service saw: proves it travels in the NATS headers. */
  requestId?: string;
  error?: string;
}

@Injectable()
export class SystemService implements OnModuleInit {
  constructor(
    @Inject(SERVICE_IDENTITY) private readonly identity: ServiceIdentity,
    @InjectModel(PROBE_MODEL) private readonly probes: Model<ProbeDoc>,
    @InjectModel(PROBE_RECEIPT_MODEL) private readonly receipts: Model<ProbeReceiptDoc>,
    private readonly relay: OutboxRelay,
    private readonly messaging: MessagingLifecycle,
    private readonly client: ServiceClient,
    private readonly audit: AuditTrail,
  ) {}

  get otherServices(): ServiceName[] {
    return SERVICE_NAMES.filter((s) => s !== this.identity.service);
  }

  onModuleInit(): void {
    this.relay.register(this.probes);
    for (const from of this.otherServices) {
      const definition = probeSentEvent(from);
      this.messaging.addConsumer({
        stream: eventStreamName(from),
        durable: `${this.identity.service}-probes-from-${from}`,
        filterSubject: eventSubject(definition.type),
        handler: (event) => this.recordProbe(from, event),
      });
    }
  }

  ping(): PingReply {
    return {
      service: this.identity.service,
      instance: this.identity.instance,
      version: this.identity.version,
      requestId: RequestContext.requestId(),
      at: new Date().toISOString(),
    };
  }

  /** Events set aside (held) and documents failing to publish now. */
  outbox(): Promise<OutboxStatus> {
    return this.relay.status();
  }

  /** Asks every other service over NATS request/reply. */
  async dependencies(): Promise<DependencyStatus[]> {
    return Promise.all(
      this.otherServices.map(async (service) => {
        const started = Date.now();
        try {
          const reply = await this.client.send<PingReply>(SystemPatterns.ping(service), {}, { timeoutMs: 3000 });
          return { service, ok: true, latencyMs: Date.now() - started, instance: reply.instance, requestId: reply.requestId };
        } catch (error) {
          return { service, ok: false, error: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
  }

  async sendProbe(): Promise<{ probeId: string; eventId: string }> {
    const probeId = randomUUID();
    const sentAt = new Date();
    const event = createEvent(this.identity.service, probeSentEvent(this.identity.service), {
      subject: probeId,
      data: { probeId, sentAt: sentAt.toISOString() },
      actor: { kind: 'system', id: this.identity.instance },
      requestId: RequestContext.requestId(),
    });
    const audit = this.audit.event({ action: 'system-probe.create', target: { kind: 'system-probe', id: probeId }, changes: { sentAt: { to: sentAt.toISOString() } } });
    await this.probes.create(withEvents({ _id: probeId, sentAt }, event, audit));
    this.relay.nudge(this.probes, probeId);
    return { probeId, eventId: event.id };
  }

  async probeExists(probeId: string): Promise<boolean> {
    return (await this.probes.exists({ _id: probeId })) !== null;
  }

  async probeReceipts(probeId: string): Promise<ProbeReceiptReply[]> {
    return Promise.all(
      this.otherServices.map(async (service) => {
        try {
          return await this.client.send<ProbeReceiptReply>(SystemPatterns.probeReceiptGet(service), { probeId }, { timeoutMs: 3000 });
        } catch {
          return { service, probeId, received: false };
        }
      }),
    );
  }

  async receiptFor(probeId: string): Promise<ProbeReceiptReply> {
    const receipt = await this.receipts.findOne({ probeId }).lean();
    return {
      service: this.identity.service,
      probeId,
      received: Boolean(receipt),
      ...(receipt ? { receivedAt: receipt.receivedAt.toISOString() } : {}),
    };
  }

  /** Idempotent: the receipt is keyed on sender and probe, so a redelivery writes nothing new. */
  private async recordProbe(from: ServiceName, event: EventEnvelope): Promise<void> {
    const { probeId } = parsePayload(event, probeSentEvent(from));
    await this.receipts.updateOne(
      { _id: `${from}:${probeId}` },
      { $setOnInsert: { probeId, from, eventId: event.id, receivedAt: new Date() } },
      { upsert: true },
    );
  }
}
