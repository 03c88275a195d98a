import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import { Model } from 'mongoose';
import { callerScopes, outOfScope, pathAncestors } from '@dangjian/auth';
import { CommonErrorCode, EnterpriseProposalDecidedV1, EnterpriseProposalSubmittedV1, RegistryErrorCode } from '@dangjian/contracts';
import { memberCountsProblem } from '@dangjian/domain-registry';
import { OutboxRelay, pushEvents } from '@dangjian/messaging';
import { guardedUpdateOne } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext, callerEvent } from '@dangjian/platform';
import { UpdateEnterpriseDto } from '../enterprises/dtos/enterprise.dto';
import { EnterpriseDoc } from '../enterprises/enterprise.schema';
import { EnterprisesRepository, ledgerViewer } from '../enterprises/enterprises.repository';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { CENSUS_FIELDS, ProposeDto } from './proposal.dto';
import { ProposalDoc, ProposalStatus } from './proposal.schema';

export const PROPOSAL_MODEL = 'EnterpriseProposal';
const WHAT = '变更申请 / change proposal';

export type ProposalView = Omit<ProposalDoc, '_id' | '_events' | 'orgAncestors'> & { id: string };
const view = ({ _id, _events, orgAncestors: _a, ...rest }: ProposalDoc): ProposalView => ({ id: _id, ...rest });

/**
 * An enterprise liaison edits only its own enterprise's census fields, and only by proposing: the
 * ledger changes when someone over the enterprise's park confirms.
 */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectModel(PROPOSAL_MODEL) readonly proposals: Model<ProposalDoc>,
    private readonly enterprises: EnterprisesRepository,
    private readonly ledger: EnterprisesService,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async propose(enterpriseId: string, input: ProposeDto): Promise<ProposalView> {
    const viewer = ledgerViewer();
    // Only the enterprise's own liaison: the org scope alone does not let anyone propose.
    const enterprise = viewer.liaison ? await this.enterprises.findById({ scopes: [], liaison: viewer.liaison }, enterpriseId) : null;
    if (!enterprise) throw outOfScope('市场主体 / enterprise');
    const fields: Record<string, unknown> = {};
    const before: Record<string, unknown> = {};
    for (const key of CENSUS_FIELDS) {
      const value = input[key];
      if (value !== undefined && JSON.stringify(value) !== JSON.stringify(enterprise[key as keyof EnterpriseDoc])) {
        fields[key] = value;
        before[key] = enterprise[key as keyof EnterpriseDoc] ?? null;
      }
    }
    if (Object.keys(fields).length === 0) {
      throw new DomainException(CommonErrorCode.VALIDATION_FAILED, '没有与台账不同的内容，无需提交 / Nothing differs from the ledger');
    }
    const counts = { partyMembers: enterprise.partyMembers, probationaryMembers: enterprise.probationaryMembers, ...fields } as { partyMembers: number; probationaryMembers: number };
    if (memberCountsProblem(counts)) {
      throw new DomainException(RegistryErrorCode.INVALID_MEMBER_COUNTS, `预备党员人数（${counts.probationaryMembers}）不能超过党员总数（${counts.partyMembers}）/ Probationary members cannot exceed party members`);
    }
    const principal = RequestContext.principal()!;
    const proposal: ProposalDoc = {
      _id: randomUUID(),
      enterpriseId,
      uscc: enterprise.uscc,
      enterpriseName: enterprise.name,
      orgPath: enterprise.orgPath,
      orgAncestors: pathAncestors(enterprise.orgPath),
      fields,
      before,
      status: 'pending',
      proposedBy: principal.username,
      proposedAt: new Date(),
    };
    const submitted = callerEvent('registry', EnterpriseProposalSubmittedV1, proposal._id, {
      proposalId: proposal._id,
      enterpriseId,
      uscc: enterprise.uscc,
      name: enterprise.name,
      orgPath: enterprise.orgPath,
      fields: Object.keys(fields),
      proposedBy: principal.username,
    });
    const audit = this.audit.event({
      action: 'enterprise-proposal.create',
      target: { kind: 'enterprise', id: enterpriseId, orgPath: enterprise.orgPath },
      changes: Object.fromEntries(Object.keys(fields).map((k) => [k, { from: before[k], to: fields[k] }])),
    });
    await this.proposals.create({ ...proposal, _events: [submitted, audit] });
    this.relay.nudge(this.proposals, proposal._id);
    return view(proposal);
  }

  /** Reviewers see the proposals of enterprises in their scope; a liaison sees its own. */
  async list(status: ProposalStatus | undefined, limit: number): Promise<ProposalView[]> {
    const viewer = ledgerViewer();
    const who = viewer.liaison ? { $or: [{ orgAncestors: { $in: [...viewer.scopes] } }, { proposedBy: viewer.liaison }] } : { orgAncestors: { $in: [...viewer.scopes] } };
    const docs = await this.proposals
      .find({ ...who, ...(status ? { status } : {}) })
      .sort({ proposedAt: -1 })
      .limit(limit)
      .lean<ProposalDoc[]>();
    return docs.map(view);
  }

  async confirm(id: string, note?: string): Promise<ProposalView> {
    const proposal = await this.pending(id);
    const current = await this.ledger.get(proposal.enterpriseId);
    await this.ledger.update(proposal.enterpriseId, { ...(proposal.fields as Partial<UpdateEnterpriseDto>), version: current.version });
    return this.decide(proposal, 'confirmed', note);
  }

  async reject(id: string, note: string): Promise<ProposalView> {
    return this.decide(await this.pending(id), 'rejected', note);
  }

  private async decide(proposal: ProposalDoc, decision: 'confirmed' | 'rejected', note?: string): Promise<ProposalView> {
    const by = RequestContext.principal()!.username;
    const decidedAt = new Date();
    const decided = callerEvent('registry', EnterpriseProposalDecidedV1, proposal._id, {
      proposalId: proposal._id,
      enterpriseId: proposal.enterpriseId,
      orgPath: proposal.orgPath,
      decision,
      decidedBy: by,
      proposedBy: proposal.proposedBy,
      ...(note ? { note } : {}),
    });
    const audit = this.audit.event({
      action: decision === 'confirmed' ? 'enterprise-proposal.confirm' : 'enterprise-proposal.reject',
      target: { kind: 'enterprise', id: proposal.enterpriseId, orgPath: proposal.orgPath },
      changes: { status: { from: 'pending', to: decision }, ...(note ? { note: { to: note } } : {}) },
    });
    const update = pushEvents<ProposalDoc>({ $set: { status: decision, decidedBy: by, decidedAt, ...(note ? { note } : {}) } }, decided, audit);
    if (!(await guardedUpdateOne(this.proposals, proposal._id, { status: 'pending' }, update))) throw this.notPending();
    this.relay.nudge(this.proposals, proposal._id);
    return view({ ...proposal, status: decision, decidedBy: by, decidedAt, note });
  }

  private async pending(id: string): Promise<ProposalDoc> {
    const proposal = await this.proposals.findOne({ _id: id }).lean<ProposalDoc>();
    if (!proposal || !callerScopes().some((s) => proposal.orgAncestors.includes(s))) throw outOfScope(WHAT);
    if (proposal.status !== 'pending') throw this.notPending();
    return proposal;
  }

  private notPending(): DomainException {
    return new DomainException(RegistryErrorCode.PROPOSAL_NOT_PENDING, '该申请已处理，不能重复审核 / This proposal was already decided');
  }
}
