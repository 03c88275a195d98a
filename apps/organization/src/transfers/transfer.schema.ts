import { Schema } from 'mongoose';
import { TRANSFER_KINDS, TRANSFER_STATUSES, TransferKind, TransferStatus } from '@dangjian/domain-organization';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin, versioningPlugin } from '@dangjian/persistence';

export interface TransferSide {
  orgId: string;
  orgPath: string;
  label: string;
}

/** One transfer of membership (组织关系转接) and every step of it: sent, received, rejected, withdrawn. */
export interface TransferDoc extends AuditFields, OutboxFields {
  _id: string;
  memberId: string;
  memberName: string;
  kind: TransferKind;
  from: TransferSide | null;
  to: TransferSide | null;
  /** The org outside the county the member goes to or comes from. */
  externalOrg: string | null;
  letterNo: string | null;
  status: TransferStatus;
  /** Every ancestor path of both sides: either side's scope finds it. */
  parties: string[];
  history: { action: 'send' | 'receive' | 'reject' | 'withdraw' | 'record'; by: string; at: Date; note: string | null }[];
  __v?: number;
}

export const transferSchema = new Schema<TransferDoc>(
  {
    _id: String,
    memberId: { type: String, required: true },
    memberName: { type: String, required: true },
    kind: { type: String, enum: TRANSFER_KINDS, required: true },
    from: { type: Schema.Types.Mixed, default: null },
    to: { type: Schema.Types.Mixed, default: null },
    externalOrg: { type: String, default: null },
    letterNo: { type: String, default: null },
    status: { type: String, enum: TRANSFER_STATUSES, required: true },
    parties: { type: [String], required: true },
    history: { type: Schema.Types.Mixed, default: [] },
  },
  { collection: 'member_transfers', minimize: false },
);
transferSchema.index({ parties: 1, status: 1, createdAt: -1, _id: -1 });
transferSchema.index({ memberId: 1, createdAt: -1 });
transferSchema.plugin(auditPlugin);
transferSchema.plugin(versioningPlugin);
transferSchema.plugin(outboxPlugin);
