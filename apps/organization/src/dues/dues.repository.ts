import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { inAnyScope, pathAncestors } from '@dangjian/auth';
import { EventEnvelope } from '@dangjian/contracts';
import { pushEvents, withEvents } from '@dangjian/messaging';
import { guardedUpdateOne, updateVersioned } from '@dangjian/persistence';
import { DuesAccountDoc, DuesBookDoc, DuesPaymentDoc, DuesReceiptDoc } from './dues.schema';

export const DUES_ACCOUNT_MODEL = 'DuesAccount';
export const DUES_PAYMENT_MODEL = 'DuesPayment';
export const DUES_RECEIPT_MODEL = 'DuesReceipt';
export const DUES_BOOK_MODEL = 'DuesBook';

type Org = { _id: string; path: string };

/** The dues books within the caller's scopes: accounts, payments, receipts, and each org's numbering and closed months. */
@Injectable()
export class DuesRepository {
  constructor(
    @InjectModel(DUES_ACCOUNT_MODEL) readonly accounts: Model<DuesAccountDoc>,
    @InjectModel(DUES_PAYMENT_MODEL) readonly payments: Model<DuesPaymentDoc>,
    @InjectModel(DUES_RECEIPT_MODEL) readonly receipts: Model<DuesReceiptDoc>,
    @InjectModel(DUES_BOOK_MODEL) readonly books: Model<DuesBookDoc>,
  ) {}

  async account(scopes: readonly string[], memberId: string): Promise<DuesAccountDoc | null> {
    const doc = await this.accounts.findOne({ _id: memberId }).lean<DuesAccountDoc>();
    return doc && inAnyScope(doc.orgPath, scopes) ? doc : null;
  }

  accountsOf(scopes: readonly string[], org: Org): Promise<DuesAccountDoc[]> | null {
    if (!inAnyScope(org.path, scopes)) return null;
    return this.accounts.find({ orgId: org._id }).sort({ memberName: 1, _id: 1 }).lean<DuesAccountDoc[]>();
  }

  /** A batch of every account in `_id` order, for the arrears check (the service's own job). */
  accountsAfter(after: string, limit: number): Promise<DuesAccountDoc[]> {
    return this.accounts.find({ _id: { $gt: after } }).sort({ _id: 1 }).limit(limit).lean<DuesAccountDoc[]>();
  }

  async saveAccount(scopes: readonly string[], read: DuesAccountDoc | null, next: Omit<DuesAccountDoc, 'orgAncestors' | '__v'>, events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(next.orgPath, scopes)) throw new Error(`dues account of ${next.orgPath} written outside the caller's scope`);
    const doc = { ...next, orgAncestors: pathAncestors(next.orgPath) };
    if (!read) {
      await this.accounts.create(withEvents(doc, ...events));
      return;
    }
    const { _id: _omit, ...set } = doc;
    await updateVersioned(this.accounts, read._id, read.__v ?? 0, pushEvents<DuesAccountDoc>({ $set: set }, ...events));
  }

  /** Moves a member's account with the member to another org (a transfer); nothing when there is none. */
  async moveAccount(memberId: string, org: Org): Promise<void> {
    await this.accounts.updateOne({ _id: memberId }, { $set: { orgId: org._id, orgPath: org.path, orgAncestors: pathAncestors(org.path) } });
  }

  /** Announces an arrears standing once: only while the account still shows the one read. */
  announce(read: DuesAccountDoc, announced: DuesAccountDoc['announced'], events: EventEnvelope[]): Promise<boolean> {
    return guardedUpdateOne(this.accounts, read._id, { announced: read.announced }, pushEvents<DuesAccountDoc>({ $set: { announced } }, ...events));
  }

  /** Months paid by each of some members from a month on (unscoped: the service checked the members). */
  paidMonths(memberIds: string[], fromMonth: string): Promise<Pick<DuesPaymentDoc, 'memberId' | 'month' | 'amountFen' | 'receiptNo'>[]> {
    return this.payments
      .find({ memberId: { $in: memberIds }, month: { $gte: fromMonth } }, { memberId: 1, month: 1, amountFen: 1, receiptNo: 1 })
      .lean<Pick<DuesPaymentDoc, 'memberId' | 'month' | 'amountFen' | 'receiptNo'>[]>();
  }

  paymentsOf(scopes: readonly string[], org: Org, fromMonth: string, toMonth: string): Promise<DuesPaymentDoc[]> | null {
    if (!inAnyScope(org.path, scopes)) return null;
    return this.payments.find({ orgId: org._id, month: { $gte: fromMonth, $lte: toMonth } }).sort({ month: 1, memberName: 1 }).lean<DuesPaymentDoc[]>();
  }

  /** Payments at or under a path for months in a span: the jurisdiction totals. */
  paymentsUnder(scopes: readonly string[], path: string, fromMonth: string, toMonth: string): Promise<Pick<DuesPaymentDoc, 'orgPath' | 'memberId' | 'amountFen'>[]> | null {
    if (!inAnyScope(path, scopes)) return null;
    return this.payments.find({ orgAncestors: path, month: { $gte: fromMonth, $lte: toMonth } }, { orgPath: 1, memberId: 1, amountFen: 1 }).lean<Pick<DuesPaymentDoc, 'orgPath' | 'memberId' | 'amountFen'>[]>();
  }

  receiptsOf(scopes: readonly string[], org: Org, year: number): Promise<DuesReceiptDoc[]> | null {
    if (!inAnyScope(org.path, scopes)) return null;
    return this.receipts.find({ orgId: org._id, issuedOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }).sort({ issuedOn: 1, receiptNo: 1 }).lean<DuesReceiptDoc[]>();
  }

  book(orgId: string): Promise<DuesBookDoc | null> {
    return this.books.findOne({ _id: orgId }).lean<DuesBookDoc>();
  }

  /**
   * Issues the next receipt number of an org's year: the receipt's insert by `_id` decides between two
   * clerks, the book's sequence only says where to start looking.
   */
  async issueReceipt(scopes: readonly string[], org: Org, year: number, receipt: Omit<DuesReceiptDoc, '_id' | 'receiptNo' | 'orgAncestors'>, events: EventEnvelope[]): Promise<DuesReceiptDoc> {
    if (!inAnyScope(org.path, scopes)) throw new Error(`receipt of ${org.path} written outside the caller's scope`);
    let seq = ((await this.book(org._id))?.receiptSeq?.[String(year)] ?? 0) + 1;
    for (;;) {
      const doc: DuesReceiptDoc = { ...receipt, _id: `${org._id}:${year}:${seq}`, receiptNo: `${year}-${String(seq).padStart(5, '0')}`, orgAncestors: pathAncestors(org.path) };
      try {
        await this.receipts.create(withEvents(doc, ...events));
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
        seq += 1;
        continue;
      }
      await this.ensureBook(org);
      await this.books.updateOne({ _id: org._id }, { $max: { [`receiptSeq.${year}`]: seq } });
      return doc;
    }
  }

  /** Books the months of a receipt; false when one was paid meanwhile (then none stays booked). */
  async bookPayments(payments: DuesPaymentDoc[]): Promise<boolean> {
    const booked: string[] = [];
    for (const payment of payments) {
      try {
        await this.payments.create(payment);
        booked.push(payment._id);
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
        await this.payments.deleteMany({ _id: { $in: booked } });
        return false;
      }
    }
    return true;
  }

  /** The org's book, made empty when it has none yet (an insert by `_id`: two first writers make one). */
  private async ensureBook(org: Org): Promise<DuesBookDoc> {
    for (;;) {
      const read = await this.book(org._id);
      if (read) return read;
      try {
        await this.books.create({ _id: org._id, orgPath: org.path, receiptSeq: {}, closedUpTo: null });
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
      }
    }
  }

  async voidReceipt(id: string, reason: string): Promise<void> {
    await this.receipts.updateOne({ _id: id }, { $set: { status: 'void', voidReason: reason } });
  }

  /** Closes an org's months up to `month` (never reopens an earlier close). */
  async close(scopes: readonly string[], org: Org, month: string, events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(org.path, scopes)) throw new Error(`dues book of ${org.path} written outside the caller's scope`);
    const read = await this.ensureBook(org);
    await updateVersioned(this.books, org._id, read.__v ?? 0, pushEvents<DuesBookDoc>({ $set: { closedUpTo: read.closedUpTo && read.closedUpTo > month ? read.closedUpTo : month } }, ...events));
  }
}
