import { Injectable } from '@nestjs/common';
import { callerScopes, outOfScope } from '@dangjian/auth';
import { CommonErrorCode, OrgUnitClosedV1, OrganizationErrorCode } from '@dangjian/contracts';
import { isoDate } from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { VersionConflictError } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext, callerEvent } from '@dangjian/platform';
import { EnterpriseFactsRepository } from '../enterprises/enterprise-facts.repository';
import { KeycloakGroupsSync } from '../org-units/keycloak-groups.sync';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { OrgUnitView, toView } from '../org-units/org-units.service';
import { BranchEnterprisesRepository } from './branch-enterprises.repository';

const WHAT = '组织 / org unit';

/**
 * Closes (撤并) a unit that holds nothing any more: no open units under it, no enterprises registered
 * in it or covered by it, no users in its Keycloak group. It stays in the tree as history with the
 * reason and the date; its group goes.
 */
@Injectable()
export class OrgUnitClosure {
  constructor(
    private readonly units: OrgUnitsRepository,
    private readonly branches: BranchEnterprisesRepository,
    private readonly enterprises: EnterpriseFactsRepository,
    private readonly keycloak: KeycloakGroupsSync,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async close(id: string, reason: string): Promise<OrgUnitView> {
    const scopes = callerScopes();
    const unit = await this.units.findById(scopes, id);
    if (!unit) throw outOfScope(WHAT);
    if (unit.status === 'closed') {
      throw new DomainException(OrganizationErrorCode.ORG_UNIT_CLOSED, `该组织已于 ${unit.closed?.on ?? ''} 撤并 / The unit is closed already`, { closed: unit.closed });
    }
    if (unit.parentPath === null) throw new DomainException(OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED, '县级组织不能撤并 / The county cannot be closed');
    const children = await this.units.openChildren(unit.path);
    const covered = (await this.branches.get(scopes, unit._id, unit.path))?.enterprises ?? [];
    const registered = (await this.enterprises.inJurisdiction(unit.path)).filter((e) => e.status !== 'deregistered');
    let users: number;
    try {
      users = await this.keycloak.memberCount(unit.path);
    } catch {
      throw new DomainException(CommonErrorCode.DEPENDENCY_UNAVAILABLE, '暂时无法核对该组织的用户，请稍后再试 / Cannot check the unit’s users in Keycloak now; retry later');
    }
    const left = [
      ...(children.length ? [`下级组织 ${children.length} 个 / ${children.length} units under it`] : []),
      ...(covered.length ? [`覆盖企业 ${covered.length} 家 / covers ${covered.length} enterprises`] : []),
      ...(registered.length ? [`登记在此的企业 ${registered.length} 家 / ${registered.length} enterprises registered in it`] : []),
      ...(users ? ['仍有用户 / it still has users'] : []),
    ];
    if (left.length) {
      throw new DomainException(OrganizationErrorCode.ORG_UNIT_NOT_EMPTY, `该组织尚有：${left.map((l) => l.split(' / ')[0]).join('，')}，请先转移或撤并 / The unit is not empty: ${left.map((l) => l.split(' / ')[1]).join('; ')}`, {
        children: children.map((c) => c.path),
        enterprises: [...covered.map((e) => e.enterpriseId), ...registered.map((e) => e._id)],
        users: users > 0,
      });
    }
    const closed = { on: isoDate(), reason, by: RequestContext.principal()?.username ?? 'system' };
    const events = [
      callerEvent('organization', OrgUnitClosedV1, unit._id, { id: unit._id, path: unit.path, kind: unit.kind, reason, on: closed.on }),
      this.audit.event({ action: 'org-unit.delete', target: { kind: 'org-unit', id: unit._id, orgPath: unit.path }, changes: { status: { from: unit.status ?? 'active', to: 'closed' }, reason: { to: reason } } }),
    ];
    try {
      await this.units.update(scopes, unit, { status: 'closed', closed }, events);
    } catch (error) {
      if (error instanceof VersionConflictError) throw new DomainException(CommonErrorCode.VERSION_CONFLICT, '该组织刚被他人修改，请刷新后重试 / The unit was changed meanwhile; reload and retry');
      throw error;
    }
    this.relay.nudge(this.units.model, unit._id);
    return toView({ ...unit, status: 'closed', closed });
  }
}
