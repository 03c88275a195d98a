import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { callerScopes, inAnyScope, outOfScope, pathAncestors } from '@dangjian/auth';
import { CommonErrorCode, EventEnvelope, MemberTransferChangedV1, OrganizationErrorCode } from '@dangjian/contracts';
import { TransferAction, TransferKind, initialTransferStatus, isoDate, nextTransferStatus, transferDraftProblems } from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { VersionConflictError } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext, callerEvent, decodeCursor, encodeCursor, invalidFields } from '@dangjian/platform';
import { DuesRepository } from '../dues/dues.repository';
import { MemberDoc } from '../members/member.schema';
import { MembersRepository } from '../members/members.repository';
import { MemberView, MembersService } from '../members/members.service';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { InwardTransferDto, SendTransferDto } from './dtos/transfer.dto';
import { TransferDoc, TransferSide } from './transfer.schema';
import { TransfersRepository } from './transfers.repository';

export type TransferView = Omit<TransferDoc, '_id' | 'parties' | '__v' | '_events' | 'history' | 'createdBy' | 'updatedBy' | 'updatedAt' | 'createdAt'> & {
  id: string;
  createdAt: string;
  history: { action: string; by: string; at: string; note: string | null }[];
};

function toView(doc: TransferDoc): TransferView {
  return {
    id: doc._id,
    memberId: doc.memberId,
    memberName: doc.memberName,
    kind: doc.kind,
    from: doc.from,
    to: doc.to,
    externalOrg: doc.externalOrg,
    letterNo: doc.letterNo,
    status: doc.status,
    createdAt: new Date(doc.createdAt ?? Date.now()).toISOString(),
    history: doc.history.map((h) => ({ ...h, at: new Date(h.at).toISOString() })),
  };
}

const sideOf = (unit: { _id: string; path: string; label: string }): TransferSide => ({ orgId: unit._id, orgPath: unit.path, label: unit.label });

/** Transfers of membership: two-sided inside the county, by the introduction letter across its border, each kept with its history. */
@Injectable()
export class TransfersService {
  constructor(
    private readonly transfers: TransfersRepository,
    private readonly members: MembersRepository,
    private readonly memberRecords: MembersService,
    private readonly units: OrgUnitsRepository,
    private readonly dues: DuesRepository,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  /** The sending side sends a member: to a branch of the county (it waits for that branch), or out of the county (done at once). */
  async send(memberId: string, dto: SendTransferDto): Promise<TransferView> {
    const scopes = callerScopes();
    const member = await this.members.findById(scopes, memberId);
    if (!member) throw outOfScope('党员 / member');
    if (member.status !== 'active') throw new DomainException(OrganizationErrorCode.MEMBER_NOT_ACTIVE, '该党员已不在册 / The member left this org', { status: member.status });
    if (member.pendingTransferId) throw new DomainException(OrganizationErrorCode.TRANSFER_REFUSED, '该党员有一项转接尚待接收 / A transfer of this member is pending', { transferId: member.pendingTransferId });
    const from = await this.units.findById(scopes, member.orgId);
    const to = dto.kind === 'within-county' && dto.toOrgId ? (await this.units.byIds([dto.toOrgId]))[0] : undefined;
    const problems = transferDraftProblems({ kind: dto.kind, fromOrg: member.orgPath, toOrg: to?.path ?? (dto.kind === 'within-county' ? dto.toOrgId : undefined), letterNo: dto.letterNo });
    if (dto.kind === 'within-county' && dto.toOrgId && (!to || to.kind !== 'branch' || to.status === 'revoked' || to.status === 'closed')) {
      problems.push({ field: 'toOrgId', message: '转入方应为县内现有党支部 / the receiving org must be an open branch of the county' });
    }
    if (dto.kind === 'outward' && !dto.externalOrg) problems.push({ field: 'externalOrg', message: '请填写县外接收单位 / externalOrg is required' });
    if (problems.length) throw invalidFields(problems.map((p) => ({ field: p.field === 'toOrg' ? 'toOrgId' : p.field, problems: [p.message] })));
    const by = RequestContext.principal()?.username ?? 'system';
    const id = randomUUID();
    const doc: Omit<TransferDoc, '__v'> = {
      _id: id,
      memberId,
      memberName: member.name,
      kind: dto.kind,
      from: sideOf({ _id: member.orgId, path: member.orgPath, label: from?.label ?? member.orgPath }),
      to: to ? sideOf(to) : null,
      externalOrg: dto.externalOrg ?? null,
      letterNo: dto.letterNo ?? null,
      status: initialTransferStatus(dto.kind),
      parties: [...new Set([...pathAncestors(member.orgPath), ...(to ? pathAncestors(to.path) : [])])],
      history: [{ action: 'send', by, at: new Date(), note: dto.note ?? null }],
    };
    await this.transfers.create(doc, [this.changed(doc), this.audit.event({ action: 'member-transfer.create', target: { kind: 'member-transfer', id, orgPath: member.orgPath }, changes: { status: { to: doc.status } } })]);
    this.relay.nudge(this.transfers.model, id);
    const update = dto.kind === 'outward'
      ? { $set: { status: 'transferred-out', pendingTransferId: null, left: { on: isoDate(), reason: `转出至 ${dto.externalOrg}（${dto.letterNo}）`, by } } }
      : { $set: { pendingTransferId: id } };
    await this.onMember(member, update);
    if (dto.kind === 'outward') await this.members.release(member.citizenId.h, member._id);
    return toView({ ...doc, createdAt: new Date() });
  }

  /** A member joining from outside the county, recorded with the introduction letter. */
  async inward(dto: InwardTransferDto): Promise<{ member: MemberView; transfer: TransferView }> {
    const member = await this.memberRecords.create(dto);
    const unit = (await this.units.byIds([member.orgId]))[0];
    const id = randomUUID();
    const doc: Omit<TransferDoc, '__v'> = {
      _id: id,
      memberId: member.id,
      memberName: member.name,
      kind: 'inward',
      from: null,
      to: sideOf({ _id: member.orgId, path: member.orgPath, label: unit?.label ?? member.orgPath }),
      externalOrg: dto.externalOrg,
      letterNo: dto.letterNo,
      status: initialTransferStatus('inward'),
      parties: pathAncestors(member.orgPath),
      history: [{ action: 'record', by: RequestContext.principal()?.username ?? 'system', at: new Date(), note: null }],
    };
    await this.transfers.create(doc, [this.changed(doc), this.audit.event({ action: 'member-transfer.create', target: { kind: 'member-transfer', id, orgPath: member.orgPath }, changes: { status: { to: doc.status } } })]);
    this.relay.nudge(this.transfers.model, id);
    return { member, transfer: toView({ ...doc, createdAt: new Date() }) };
  }

  /** The receiving side receives (the member moves, dues account with it) or rejects; the sending side withdraws. */
  async act(id: string, action: TransferAction, note?: string): Promise<TransferView> {
    const scopes = callerScopes();
    const transfer = await this.transfers.findById(scopes, id);
    if (!transfer) throw outOfScope('转接 / transfer');
    const side = action === 'withdraw' ? (transfer.from && inAnyScope(transfer.from.orgPath, scopes) ? 'sending' : 'receiving') : transfer.to && inAnyScope(transfer.to.orgPath, scopes) ? 'receiving' : 'sending';
    const member = await this.members.model.findOne({ _id: transfer.memberId }).lean<MemberDoc>();
    if (!member) throw outOfScope('党员 / member');
    if (action === 'receive' && transfer.status === 'completed' && transfer.to && member.orgId !== transfer.to.orgId) {
      await this.completeMove(member, transfer.to); // received before a crash left the member behind: finish it
      return toView(transfer);
    }
    const next = nextTransferStatus(transfer.kind, transfer.status, action, side);
    if (typeof next !== 'string') throw new DomainException(OrganizationErrorCode.TRANSFER_REFUSED, next.refused, { status: transfer.status, side });
    if (action === 'reject' && !note) throw invalidFields([{ field: 'note', problems: ['退回须说明原因 / a rejection needs its reason'] }]);
    const by = RequestContext.principal()?.username ?? 'system';
    const history = [...transfer.history, { action, by, at: new Date(), note: note ?? null }];
    try {
      await this.transfers.update(transfer, { $set: { status: next, history } }, [
        this.changed({ ...transfer, status: next }),
        this.audit.event({ action: 'member-transfer.update', target: { kind: 'member-transfer', id, orgPath: (side === 'receiving' ? transfer.to : transfer.from)?.orgPath }, changes: { status: { from: transfer.status, to: next } } }),
      ]);
    } catch (error) {
      throw conflict(error);
    }
    this.relay.nudge(this.transfers.model, id);
    if (next === 'completed' && transfer.to) {
      await this.completeMove(member, transfer.to);
    } else {
      await this.onMember(member, { $set: { pendingTransferId: null } });
    }
    return toView({ ...transfer, status: next, history });
  }

  async list(query: { path?: string; status?: TransferView['status']; cursor?: string; limit: number }): Promise<{ items: TransferView[]; next?: string }> {
    const scopes = callerScopes();
    const docs = await this.transfers.list(scopes, { path: query.path ?? scopes[0], status: query.status, before: decodeCursor(query.cursor, 2) as [string, string] | undefined, limit: query.limit });
    if (!docs) throw outOfScope('组织 / unit');
    const last = docs[docs.length - 1];
    return { items: docs.map(toView), ...(docs.length === query.limit && last ? { next: encodeCursor([new Date(last.createdAt!).toISOString(), last._id]) } : {}) };
  }

  /** A member's transfers, oldest first, as far as the caller may see them. */
  async ofMember(memberId: string): Promise<{ items: TransferView[] }> {
    return { items: (await this.transfers.ofMember(callerScopes(), memberId)).map(toView) };
  }

  private changed(doc: Pick<TransferDoc, '_id' | 'memberId' | 'kind' | 'status' | 'from' | 'to'>): EventEnvelope {
    return callerEvent('organization', MemberTransferChangedV1, doc.memberId, {
      transferId: doc._id,
      memberId: doc.memberId,
      kind: doc.kind as TransferKind,
      status: doc.status,
      fromOrgPath: doc.from?.orgPath ?? null,
      toOrgPath: doc.to?.orgPath ?? null,
    });
  }

  private async completeMove(member: MemberDoc, to: TransferSide): Promise<void> {
    await this.onMember(member, { $set: { orgId: to.orgId, orgPath: to.orgPath, orgAncestors: pathAncestors(to.orgPath), pendingTransferId: null } });
    await this.dues.moveAccount(member._id, { _id: to.orgId, path: to.orgPath });
  }

  private async onMember(member: MemberDoc, update: Parameters<MembersRepository['updateForTransfer']>[1]): Promise<void> {
    try {
      await this.members.updateForTransfer(member, update, []);
    } catch (error) {
      throw conflict(error);
    }
  }
}

function conflict(error: unknown): unknown {
  if (error instanceof VersionConflictError) return new DomainException(CommonErrorCode.VERSION_CONFLICT, '记录刚被他人修改，请刷新后重试 / Changed meanwhile; reload and retry');
  return error;
}
