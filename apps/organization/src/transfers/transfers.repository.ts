import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { inAnyScope } from '@dangjian/auth';
import { EventEnvelope } from '@dangjian/contracts';
import { TransferStatus } from '@dangjian/domain-organization';
import { pushEvents, withEvents } from '@dangjian/messaging';
import { updateVersioned } from '@dangjian/persistence';
import { TransferDoc } from './transfer.schema';

export const TRANSFER_MODEL = 'MemberTransfer';

/** Transfers either of whose sides lies in the caller's scopes. */
@Injectable()
export class TransfersRepository {
  constructor(@InjectModel(TRANSFER_MODEL) readonly model: Model<TransferDoc>) {}

  async findById(scopes: readonly string[], id: string): Promise<TransferDoc | null> {
    const doc = await this.model.findOne({ _id: id }).lean<TransferDoc>();
    return doc && doc.parties.some((p) => scopes.includes(p)) ? doc : null;
  }

  /** A page, newest first, of the transfers touching a unit the caller may see. */
  list(scopes: readonly string[], query: { path: string; status?: TransferStatus; before?: [string, string]; limit: number }): Promise<TransferDoc[]> | null {
    if (!inAnyScope(query.path, scopes)) return null;
    const filter: FilterQuery<TransferDoc> = { parties: query.path };
    if (query.status) filter.status = query.status;
    if (query.before) {
      const at = new Date(query.before[0]);
      filter.$or = [{ createdAt: { $lt: at } }, { createdAt: at, _id: { $lt: query.before[1] } }];
    }
    return this.model.find(filter).sort({ createdAt: -1, _id: -1 }).limit(query.limit).lean<TransferDoc[]>();
  }

  ofMember(scopes: readonly string[], memberId: string): Promise<TransferDoc[]> {
    return this.model
      .find({ memberId })
      .sort({ createdAt: 1 })
      .lean<TransferDoc[]>()
      .then((docs) => docs.filter((d) => d.parties.some((p) => scopes.includes(p))));
  }

  async create(doc: Omit<TransferDoc, '__v'>, events: EventEnvelope[]): Promise<void> {
    await this.model.create(withEvents(doc, ...events));
  }

  async update(read: TransferDoc, update: UpdateQuery<TransferDoc>, events: EventEnvelope[]): Promise<void> {
    await updateVersioned(this.model, read._id, read.__v ?? 0, pushEvents<TransferDoc>(update, ...events));
  }
}
