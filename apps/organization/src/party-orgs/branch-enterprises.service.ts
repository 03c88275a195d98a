import { Injectable } from '@nestjs/common';
import { callerScopes, outOfScope } from '@dangjian/auth';
import { CommonErrorCode, OrgEnterpriseAttachedV1, OrgEnterpriseDetachedV1, OrgRevokedV1, OrganizationErrorCode, PartyOrgForm } from '@dangjian/contracts';
import { isCalendarDate, isoDate } from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { VersionConflictError } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext, callerEvent, invalidFields } from '@dangjian/platform';
import { EnterpriseFactsRepository } from '../enterprises/enterprise-facts.repository';
import { jurisdictionOf } from '../org-units/org-unit.rules';
import { OrgUnitDoc } from '../org-units/org-unit.schema';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { OrgUnitView, toView } from '../org-units/org-units.service';
import { PoliciesService } from '../policies/policies.service';
import { AttachedEnterprise, BranchEnterprisesDoc, DetachedEnterprise } from './branch-enterprises.schema';
import { BranchEnterprisesRepository } from './branch-enterprises.repository';

const today = () => isoDate();
const FORM_LABELS: Record<PartyOrgForm, string> = { independent: '单独组建', joint: '联合组建', hosted: '依托村社区' };

export interface BranchEnterprisesView {
  orgId: string;
  orgPath: string;
  form: PartyOrgForm | null;
  /** Most enterprises this branch may cover (its form and the policy in force); null for no limit. */
  maxEnterprises: number | null;
  enterprises: AttachedEnterprise[];
  history: DetachedEnterprise[];
}


/** Attaching enterprises to branches and detaching them, one branch per enterprise, within the form's and the policy's limits. */
@Injectable()
export class BranchEnterprisesService {
  constructor(
    private readonly branches: BranchEnterprisesRepository,
    private readonly units: OrgUnitsRepository,
    private readonly enterprises: EnterpriseFactsRepository,
    private readonly policies: PoliciesService,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async list(orgId: string): Promise<BranchEnterprisesView> {
    const unit = await this.branch(orgId);
    return this.view(unit, await this.branches.get(callerScopes(), unit._id, unit.path));
  }

  async attach(orgId: string, enterpriseId: string): Promise<BranchEnterprisesView> {
    const scopes = callerScopes();
    const unit = await this.branch(orgId);
    const enterprise = await this.enterprises.findById(enterpriseId);
    if (!enterprise || enterprise.status === 'deregistered') {
      throw new DomainException(CommonErrorCode.NOT_FOUND, '台账中没有该企业，或已注销 / No such enterprise in the ledger, or it is deregistered', { enterpriseId });
    }
    const jurisdiction = jurisdictionOf(unit.path);
    if (enterprise.orgPath !== jurisdiction && !enterprise.orgPath.startsWith(`${jurisdiction}/`)) {
      throw new DomainException(
        OrganizationErrorCode.ENTERPRISE_OUTSIDE_ORG_JURISDICTION,
        `该企业属于 ${enterprise.orgPath}，不在本党支部所在辖区 ${jurisdiction} / The enterprise lies outside the branch's jurisdiction`,
        { enterpriseId, enterpriseOrgPath: enterprise.orgPath, jurisdiction },
      );
    }
    if (unit.status === 'revoked') throw revokedError(unit);
    const current = await this.branches.get(scopes, unit._id, unit.path);
    const attached = current?.enterprises ?? [];
    if (attached.some((e) => e.enterpriseId === enterpriseId)) return this.view(unit, current);
    const max = await this.maxEnterprises(unit);
    if (max !== null && attached.length >= max) {
      throw new DomainException(
        OrganizationErrorCode.PARTY_ORG_FULL,
        `该党支部（${FORM_LABELS[unit.form ?? 'joint']}）已覆盖 ${attached.length} 家企业，达到上限 ${max} / The branch covers ${attached.length} enterprises, its limit`,
        { max, attached: attached.length },
      );
    }
    const claim = await this.branches.claim(enterpriseId, unit._id);
    if (claim.taken) {
      const holder = await this.units.model.findOne({ _id: claim.orgId }).lean<OrgUnitDoc>();
      throw new DomainException(
        OrganizationErrorCode.ENTERPRISE_IN_ANOTHER_ORG,
        `该企业已在 ${holder?.label ?? '另一个党组织'} 中，请先从原党组织移出 / The enterprise is in another party organization; detach it there first`,
        { enterpriseId, orgId: claim.orgId, orgPath: holder?.path },
      );
    }
    const entry: AttachedEnterprise = { enterpriseId, uscc: enterprise.uscc, name: enterprise.name, since: today(), by: RequestContext.principal()?.username ?? 'system' };
    const next = { enterprises: [...attached, entry], history: current?.history ?? [] };
    const events = [
      callerEvent('organization', OrgEnterpriseAttachedV1, enterpriseId, { enterpriseId, uscc: enterprise.uscc, orgId: unit._id, orgPath: unit.path, form: unit.form ?? null, on: entry.since }),
      this.audit.event({ action: 'org-enterprise.create', target: { kind: 'org-enterprise', id: enterpriseId, orgPath: unit.path }, changes: { orgPath: { to: unit.path } } }),
    ];
    try {
      await this.branches.save(scopes, unit._id, unit.path, current, next, events);
    } catch (error) {
      await this.branches.release(enterpriseId, unit._id);
      throw this.conflict(error);
    }
    this.relay.nudge(this.branches.model, unit._id);
    return this.view(unit, { ...(current ?? ({ _id: unit._id, orgPath: unit.path } as BranchEnterprisesDoc)), ...next });
  }

  async detach(orgId: string, enterpriseId: string, reason: string): Promise<BranchEnterprisesView> {
    const scopes = callerScopes();
    const unit = await this.branch(orgId);
    const current = await this.branches.get(scopes, unit._id, unit.path);
    const entry = current?.enterprises.find((e) => e.enterpriseId === enterpriseId);
    if (!current || !entry) throw outOfScope('该党支部中的企业 / enterprise in this branch');
    const by = RequestContext.principal()?.username ?? 'system';
    const next = {
      enterprises: current.enterprises.filter((e) => e.enterpriseId !== enterpriseId),
      history: [...current.history, { ...entry, until: today(), reason, detachedBy: by }],
    };
    const events = [
      callerEvent('organization', OrgEnterpriseDetachedV1, enterpriseId, { enterpriseId, uscc: entry.uscc, orgId: unit._id, orgPath: unit.path, form: unit.form ?? null, on: today(), reason }),
      this.audit.event({ action: 'org-enterprise.delete', target: { kind: 'org-enterprise', id: enterpriseId, orgPath: unit.path }, changes: { orgPath: { from: unit.path }, reason: { to: reason } } }),
    ];
    try {
      await this.branches.save(scopes, unit._id, unit.path, current, next, events);
    } catch (error) {
      throw this.conflict(error);
    }
    this.relay.nudge(this.branches.model, unit._id);
    await this.branches.release(enterpriseId, unit._id);
    return this.view(unit, { ...current, ...next });
  }

  /**
   * Revokes (撤销) a branch, with the reason and the date; one that still covers enterprises is
   * refused until they are detached or moved, so no enterprise is left in a revoked branch.
   */
  async revoke(orgId: string, reason: string, on = today()): Promise<OrgUnitView> {
    const scopes = callerScopes();
    const unit = await this.branch(orgId);
    if (unit.status === 'revoked') throw revokedError(unit);
    if (!isCalendarDate(on) || on > today()) {
      throw invalidFields([{ field: 'on', problems: ['应为今天或以前的日期 / a date no later than today'] }]);
    }
    const covered = (await this.branches.get(scopes, unit._id, unit.path))?.enterprises ?? [];
    if (covered.length) {
      throw new DomainException(
        OrganizationErrorCode.PARTY_ORG_HAS_ENTERPRISES,
        `该党支部还覆盖 ${covered.length} 家企业，请先移出或转入其他党支部 / The branch still covers ${covered.length} enterprises; detach them first`,
        { enterprises: covered.map((e) => e.enterpriseId) },
      );
    }
    const revoked = { on, reason, by: RequestContext.principal()?.username ?? 'system' };
    const events = [
      callerEvent('organization', OrgRevokedV1, unit._id, { id: unit._id, path: unit.path, kind: unit.kind, reason, on }),
      this.audit.event({ action: 'org-unit.update', target: { kind: 'org-unit', id: unit._id, orgPath: unit.path }, changes: { status: { from: unit.status ?? 'active', to: 'revoked' }, reason: { to: reason } } }),
    ];
    try {
      await this.units.update(scopes, unit, { status: 'revoked', revoked }, events);
    } catch (error) {
      throw this.conflict(error);
    }
    this.relay.nudge(this.units.model, unit._id);
    return toView({ ...unit, status: 'revoked', revoked });
  }

  private async branch(orgId: string): Promise<OrgUnitDoc> {
    const unit = await this.units.findById(callerScopes(), orgId);
    if (!unit) throw outOfScope('党组织 / party organization');
    if (unit.kind !== 'branch') {
      throw new DomainException(OrganizationErrorCode.NOT_A_BRANCH, '只有党支部覆盖企业 / Only a branch covers enterprises', { orgId, kind: unit.kind });
    }
    return unit;
  }

  /** Independent: one enterprise; hosted: no limit; joint (or a branch whose form is not recorded): the policy's maximum. */
  private async maxEnterprises(unit: OrgUnitDoc): Promise<number | null> {
    if (unit.form === 'independent') return 1;
    if (unit.form === 'hosted') return null;
    return (await this.policies.effective(unit.path)).settings.jointBranchMaxEnterprises;
  }

  private async view(unit: OrgUnitDoc, doc: BranchEnterprisesDoc | null): Promise<BranchEnterprisesView> {
    return {
      orgId: unit._id,
      orgPath: unit.path,
      form: unit.form ?? null,
      maxEnterprises: await this.maxEnterprises(unit),
      enterprises: doc?.enterprises ?? [],
      history: doc?.history ?? [],
    };
  }

  private conflict(error: unknown): unknown {
    if (error instanceof VersionConflictError || (error as { code?: number }).code === 11000) {
      return new DomainException(CommonErrorCode.VERSION_CONFLICT, '该党支部刚被他人修改，请刷新后重试 / The branch was changed meanwhile; reload and retry');
    }
    return error;
  }
}

function revokedError(unit: OrgUnitDoc): DomainException {
  return new DomainException(OrganizationErrorCode.PARTY_ORG_REVOKED, `该党支部已于 ${unit.revoked?.on ?? ''} 撤销 / The branch was revoked`, { orgId: unit._id, revoked: unit.revoked });
}
