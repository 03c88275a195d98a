import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { assertInScope, callerScopes, outOfScope, pathAncestors } from '@dangjian/auth';
import { CommonErrorCode, OrgFormedV1, OrgUnitCreatedV1, OrgUnitRenamedV1, OrgUnitKind, OrganizationErrorCode, PartyOrgForm } from '@dangjian/contracts';
import { isCalendarDate, isoDate } from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { AuditTrail, DomainException, RequestContext, callerEvent, invalidFields } from '@dangjian/platform';
import { VersionConflictError } from '@dangjian/persistence';
import { CreateOrgUnitDto } from './dtos/create-org-unit.dto';
import { KIND_LABELS, kindAllowedUnder } from './org-unit.rules';
import { OrgUnitDoc } from './org-unit.schema';
import { OrgUnitListQuery, OrgUnitsRepository } from './org-units.repository';

const WHAT = '组织 / org unit';

export type OrgUnitView = { id: string; kindLabel: string } & Pick<OrgUnitDoc, 'path' | 'parentPath' | 'name' | 'label' | 'kind'> &
  Partial<Pick<OrgUnitDoc, 'form' | 'foundedOn' | 'secretary' | 'status' | 'revoked' | 'closed' | 'labelHistory' | 'moveHistory'>>;

/** Party committees, general branches, branches and party groups are party organizations, with a founding date, a secretary and a status. */
export const PARTY_ORG_KINDS: readonly OrgUnitKind[] = ['party-committee', 'general-branch', 'branch', 'party-group'];

export function toView(unit: OrgUnitDoc): OrgUnitView {
  return {
    id: unit._id,
    path: unit.path,
    parentPath: unit.parentPath,
    name: unit.name,
    label: unit.label,
    kind: unit.kind,
    kindLabel: KIND_LABELS[unit.kind],
    ...(unit.form ? { form: unit.form } : {}),
    ...(unit.foundedOn ? { foundedOn: unit.foundedOn } : {}),
    ...(unit.secretary ? { secretary: unit.secretary } : {}),
    ...(unit.status ? { status: unit.status } : {}),
    ...(unit.revoked ? { revoked: unit.revoked } : {}),
    ...(unit.closed ? { closed: unit.closed } : {}),
    ...(unit.moveHistory ? { moveHistory: unit.moveHistory } : {}),
    ...(unit.labelHistory?.length ? { labelHistory: unit.labelHistory } : {}),
  };
}

@Injectable()
export class OrgUnitsService {
  constructor(
    private readonly units: OrgUnitsRepository,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async get(id: string): Promise<OrgUnitView> {
    const unit = await this.units.findById(callerScopes(), id);
    if (!unit) throw outOfScope(WHAT);
    return toView(unit);
  }

  async getByPath(path: string): Promise<OrgUnitView> {
    const unit = await this.units.findByPath(callerScopes(), path);
    if (!unit) throw outOfScope(WHAT);
    return toView(unit);
  }

  async list(query: OrgUnitListQuery): Promise<{ items: OrgUnitView[]; next?: string }> {
    const items = await this.units.list(callerScopes(), query);
    const last = items[items.length - 1];
    return { items: items.map(toView), next: items.length === query.limit && last ? last.path : undefined };
  }

  /** A new unit under a parent the caller can see; the caller's scope must cover the new path. */
  async create(input: CreateOrgUnitDto): Promise<OrgUnitView> {
    const path = `${input.parentPath}/${input.name}`;
    const parent = await this.units.findByPath(callerScopes(), input.parentPath);
    if (!parent) {
      throw new DomainException(OrganizationErrorCode.PARENT_ORG_UNIT_NOT_FOUND, '未找到上级组织 / Parent org unit not found', {
        parentPath: input.parentPath,
      });
    }
    assertInScope(path, WHAT);
    return this.insert({ path, parentPath: parent.path, parentKind: parent.kind, name: input.name, label: input.label, kind: input.kind, form: input.form, foundedOn: input.foundedOn, secretary: input.secretary });
  }

  /** A new Chinese name, the old one kept in the history; the Keycloak group's label follows. */
  async rename(id: string, label: string): Promise<OrgUnitView> {
    const scopes = callerScopes();
    const unit = await this.units.findById(scopes, id);
    if (!unit) throw outOfScope(WHAT);
    if (unit.label === label) return toView(unit);
    const entry = { from: unit.label, to: label, at: new Date(), by: RequestContext.principal()?.username ?? 'system' };
    const labelHistory = [...(unit.labelHistory ?? []), entry];
    const events = [
      callerEvent('organization', OrgUnitRenamedV1, id, { id, path: unit.path, from: unit.label, to: label }),
      this.audit.event({ action: 'org-unit.update', target: { kind: 'org-unit', id, orgPath: unit.path }, changes: { label: { from: unit.label, to: label } } }),
    ];
    try {
      await this.units.update(scopes, unit, { label, labelHistory }, events);
    } catch (error) {
      if (error instanceof VersionConflictError) {
        throw new DomainException(CommonErrorCode.VERSION_CONFLICT, '该组织刚被他人修改，请刷新后重试 / The unit was changed meanwhile; reload and retry');
      }
      throw error;
    }
    this.relay.nudge(this.units.model, id);
    return toView({ ...unit, label, labelHistory });
  }

  /** Used by the demo seed (no caller): the root county and its tree. */
  async createAsSystem(unit: { path: string; parentPath: string | null; parentKind: OrgUnitKind | null; name: string; label: string; kind: OrgUnitKind; form?: PartyOrgForm; foundedOn?: string; secretary?: string }): Promise<OrgUnitView> {
    return this.insert(unit);
  }

  private async insert(unit: { path: string; parentPath: string | null; parentKind: OrgUnitKind | null; name: string; label: string; kind: OrgUnitKind; form?: PartyOrgForm; foundedOn?: string; secretary?: string }): Promise<OrgUnitView> {
    if (!kindAllowedUnder(unit.kind, unit.parentKind)) {
      const under = unit.parentKind ? KIND_LABELS[unit.parentKind] : '顶层';
      throw new DomainException(
        OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED,
        `${under}下不能设立${KIND_LABELS[unit.kind]} / A ${unit.kind} cannot sit under ${unit.parentKind ?? 'the root'}`,
      );
    }
    if (unit.form && unit.kind !== 'branch') {
      throw invalidFields([{ field: 'form', problems: ['只有党支部有组建方式 / only a branch has a form'] }]);
    }
    const partyOrg = PARTY_ORG_KINDS.includes(unit.kind);
    const today = isoDate();
    const problems = [
      ...(!partyOrg && (unit.foundedOn || unit.secretary) ? [{ field: unit.foundedOn ? 'foundedOn' : 'secretary', problems: ['只有党总支、党支部有成立日期和书记 / only a general branch or branch has a founding date and a secretary'] }] : []),
      ...(unit.foundedOn && (!isCalendarDate(unit.foundedOn) || unit.foundedOn > today) ? [{ field: 'foundedOn', problems: ['应为今天或以前的日期 / must be a date no later than today'] }] : []),
    ];
    if (problems.length) {
      throw invalidFields(problems);
    }
    if (await this.units.pathTaken(unit.path)) {
      throw new DomainException(OrganizationErrorCode.ORG_UNIT_EXISTS, `该组织已存在：${unit.path} / Org unit already exists`, { path: unit.path });
    }
    const id = randomUUID();
    const doc: Omit<OrgUnitDoc, '__v'> = {
      _id: id,
      path: unit.path,
      parentPath: unit.parentPath,
      orgAncestors: pathAncestors(unit.path),
      name: unit.name,
      label: unit.label,
      kind: unit.kind,
      ...(unit.form ? { form: unit.form } : {}),
      ...(partyOrg ? { foundedOn: unit.foundedOn ?? today, status: 'active' as const, ...(unit.secretary ? { secretary: unit.secretary } : {}) } : {}),
    };
    const created = callerEvent('organization', OrgUnitCreatedV1, id, {
      id,
      path: unit.path,
      parentPath: unit.parentPath,
      name: unit.name,
      label: unit.label,
      kind: unit.kind,
      ...(unit.form ? { form: unit.form } : {}),
    });
    const audit = this.audit.event({
      action: 'org-unit.create',
      target: { kind: 'org-unit', id, orgPath: unit.path },
      changes: { path: { to: unit.path }, label: { to: unit.label }, kind: { to: unit.kind } },
    });
    const formed = partyOrg
      ? [callerEvent('organization', OrgFormedV1, id, { id, path: unit.path, kind: unit.kind, form: unit.form ?? null, foundedOn: doc.foundedOn!, secretary: unit.secretary ?? null })]
      : [];
    try {
      await this.units.create(doc, [created, ...formed, audit]);
    } catch (error) {
      if ((error as { code?: number }).code === 11000) {
        throw new DomainException(OrganizationErrorCode.ORG_UNIT_EXISTS, `该组织已存在：${unit.path} / Org unit already exists`, { path: unit.path });
      }
      throw error;
    }
    this.relay.nudge(this.units.model, id);
    return toView({ ...doc });
  }
}
