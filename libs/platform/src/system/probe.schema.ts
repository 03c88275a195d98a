import { Schema } from 'mongoose';
import { outboxPlugin } from '@dangjian/messaging';
import { auditPlugin } from '@dangjian/persistence';

/** A pipeline probe this service sent; its event leaves through the outbox. */
export interface ProbeDoc {
  _id: string;
  sentAt: Date;
}
export const probeSchema = new Schema<ProbeDoc>({ _id: String, sentAt: Date }, { collection: 'system_probes' });
probeSchema.plugin(auditPlugin);
probeSchema.plugin(outboxPlugin);

/** A probe another service sent and this one received. */
export interface ProbeReceiptDoc {
  _id: string;
  probeId: string;
  from: string;
  eventId: string;
  receivedAt: Date;
}
export const probeReceiptSchema = new Schema<ProbeReceiptDoc>(
  { _id: String, probeId: String, from: String, eventId: String, receivedAt: Date },
  { collection: 'system_probe_receipts', versionKey: false },
);
probeReceiptSchema.index({ probeId: 1 });
