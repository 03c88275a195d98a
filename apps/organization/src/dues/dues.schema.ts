import { Schema } from 'mongoose';
import { DUES_CATEGORIES, DuesCategory } from '@dangjian/domain-organization';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin, versioningPlugin } from '@dangjian/persistence';

/**
 * A member's dues account (一册): the category and monthly income the amount is set from at the start of
 * each year, the month dues are owed from, and the last arrears standing the platform announced.
 */
export interface DuesAccountDoc extends AuditFields, OutboxFields {
  /** The member's id. */
  _id: string;
  orgId: string;
  orgPath: string;
  orgAncestors: string[];
  memberName: string;
  category: DuesCategory;
  /** After-tax monthly income, in fen (employed and retired members). */
  incomeFen: number;
  /** What a farmer member's branch set, 20–100 fen. */
  farmerFen: number | null;
  monthlyFen: number;
  /** The year the amount was set for. */
  setForYear: number;
  /** `YYYY-MM`: the first month dues are owed (a probationary member: the month of the vote). */
  dueFrom: string;
  /** The arrears last announced (warning or lapse, from which month): announced once each. */
  announced: { level: 'warning' | 'lapse'; since: string } | null;
  __v?: number;
}

export const duesAccountSchema = new Schema<DuesAccountDoc>(
  {
    _id: String,
    orgId: { type: String, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    memberName: { type: String, required: true },
    category: { type: String, enum: DUES_CATEGORIES, required: true },
    incomeFen: { type: Number, required: true },
    farmerFen: { type: Number, default: null },
    monthlyFen: { type: Number, required: true },
    setForYear: { type: Number, required: true },
    dueFrom: { type: String, required: true },
    announced: { type: Schema.Types.Mixed, default: null },
  },
  { collection: 'dues_accounts', minimize: false },
);
duesAccountSchema.index({ orgId: 1, memberName: 1 });
duesAccountSchema.index({ orgAncestors: 1 });
duesAccountSchema.plugin(auditPlugin);
duesAccountSchema.plugin(versioningPlugin);
duesAccountSchema.plugin(outboxPlugin);

/** One member's dues for one month (一账): `_id` is member and month, so a month is never paid twice. */
export interface DuesPaymentDoc {
  _id: string;
  memberId: string;
  memberName: string;
  orgId: string;
  orgPath: string;
  orgAncestors: string[];
  /** `YYYY-MM` the dues are for. */
  month: string;
  amountFen: number;
  receiptNo: string;
  /** `YYYY-MM-DD` */
  paidOn: string;
  by: string;
}

export const duesPaymentSchema = new Schema<DuesPaymentDoc>(
  {
    _id: String,
    memberId: { type: String, required: true },
    memberName: { type: String, required: true },
    orgId: { type: String, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    month: { type: String, required: true },
    amountFen: { type: Number, required: true },
    receiptNo: { type: String, required: true },
    paidOn: { type: String, required: true },
    by: { type: String, required: true },
  },
  { collection: 'dues_payments', versionKey: false },
);
duesPaymentSchema.index({ memberId: 1, month: 1 });
duesPaymentSchema.index({ orgId: 1, month: 1 });
duesPaymentSchema.index({ orgAncestors: 1, month: 1 });

/**
 * A numbered receipt (一票): `_id` is org, year and sequence, so two payments never take one number. A
 * receipt whose payments could not be booked is kept, void, with the reason: numbers have no gaps.
 */
export interface DuesReceiptDoc extends OutboxFields {
  _id: string;
  receiptNo: string;
  orgId: string;
  orgPath: string;
  orgAncestors: string[];
  memberId: string;
  memberName: string;
  months: string[];
  amountFen: number;
  issuedOn: string;
  by: string;
  status: 'issued' | 'void';
  voidReason?: string;
}

export const duesReceiptSchema = new Schema<DuesReceiptDoc>(
  {
    _id: String,
    receiptNo: { type: String, required: true },
    orgId: { type: String, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    memberId: { type: String, required: true },
    memberName: { type: String, required: true },
    months: { type: [String], required: true },
    amountFen: { type: Number, required: true },
    issuedOn: { type: String, required: true },
    by: { type: String, required: true },
    status: { type: String, enum: ['issued', 'void'], required: true },
    voidReason: String,
  },
  { collection: 'dues_receipts', versionKey: false, minimize: false },
);
duesReceiptSchema.index({ orgId: 1, issuedOn: 1 });
duesReceiptSchema.plugin(outboxPlugin);

/** Where an org's receipt numbering of a year stands (a hint: the receipt's own `_id` decides), and its closed months. */
export interface DuesBookDoc extends AuditFields, OutboxFields {
  /** The org's id. */
  _id: string;
  orgPath: string;
  /** `year` → last receipt sequence issued. */
  receiptSeq: Record<string, number>;
  /** `YYYY-MM`: months up to and including it are closed (结账); no payment is booked into them. */
  closedUpTo: string | null;
  __v?: number;
}

export const duesBookSchema = new Schema<DuesBookDoc>(
  {
    _id: String,
    orgPath: { type: String, required: true },
    receiptSeq: { type: Schema.Types.Mixed, default: {} },
    closedUpTo: { type: String, default: null },
  },
  { collection: 'dues_books', minimize: false },
);
duesBookSchema.plugin(auditPlugin);
duesBookSchema.plugin(versioningPlugin);
duesBookSchema.plugin(outboxPlugin);
