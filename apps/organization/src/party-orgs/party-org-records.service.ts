import { Injectable } from '@nestjs/common';
import { callerScopes, outOfScope } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';
import { CHECKLISTS, ChecklistName, CommitteeMember, COMMITTEE_ROLES, committeeProblems, isCalendarDate, isChecklistItem, isoDate } from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { VersionConflictError } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext, invalidFields } from '@dangjian/platform';
import { OrgUnitDoc } from '../org-units/org-unit.schema';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { PARTY_ORG_KINDS } from '../org-units/org-units.service';

export interface ChecklistItemView {
  item: string;
  label: string;
  done: boolean;
  by: string | null;
  at: Date | null;
}

export interface PartyOrgRecordsView {
  orgId: string;
  path: string;
  checklists: Record<ChecklistName, ChecklistItemView[]>;
  checklistLog: NonNullable<OrgUnitDoc['checklistLog']>;
  committee: (NonNullable<OrgUnitDoc['committee']> & { members: (CommitteeMember & { roleLabel: string })[] }) | null;
  committeeHistory: NonNullable<OrgUnitDoc['committeeHistory']>;
}

/** A party organization's checklists (党建大礼包, 六有) and its committee, each change kept with who made it and when. */
@Injectable()
export class PartyOrgRecords {
  constructor(
    private readonly units: OrgUnitsRepository,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async get(id: string): Promise<PartyOrgRecordsView> {
    return this.view(await this.partyOrg(id));
  }

  async tick(id: string, list: ChecklistName, item: string, done: boolean): Promise<PartyOrgRecordsView> {
    if (!isChecklistItem(list, item)) {
      throw invalidFields([{ field: 'item', problems: [`清单中没有此项，可选：${Object.keys(CHECKLISTS[list]).join('、')} / not an item of this list`] }]);
    }
    const unit = await this.partyOrg(id);
    const current = unit.checklists?.[list]?.[item];
    if ((current?.done ?? false) === done) return this.view(unit);
    const entry = { done, by: RequestContext.principal()?.username ?? 'system', at: new Date() };
    const checklists = { ...(unit.checklists ?? {}), [list]: { ...(unit.checklists?.[list] ?? {}), [item]: entry } };
    const checklistLog = [...(unit.checklistLog ?? []), { list, item, ...entry }];
    // Field names may not hold dots: the item goes in the value.
    await this.save(unit, { checklists, checklistLog }, { checklist: { from: { list, item, done: current?.done ?? false }, to: { list, item, done } } });
    return this.view({ ...unit, checklists, checklistLog });
  }

  async elect(id: string, electedOn: string, members: CommitteeMember[]): Promise<PartyOrgRecordsView> {
    const problems = [
      ...(isCalendarDate(electedOn) && electedOn <= isoDate() ? [] : [{ field: 'electedOn', problems: ['应为今天或以前的日期 / a date no later than today'] }]),
      ...(committeeProblems(members).length ? [{ field: 'members', problems: committeeProblems(members) }] : []),
    ];
    if (problems.length) throw invalidFields(problems);
    const unit = await this.partyOrg(id);
    const committee = { electedOn, members, recordedBy: RequestContext.principal()?.username ?? 'system', recordedAt: new Date() };
    const committeeHistory = unit.committee ? [...(unit.committeeHistory ?? []), unit.committee] : (unit.committeeHistory ?? []);
    await this.save(unit, { committee, committeeHistory }, { committee: { from: unit.committee?.members, to: members } });
    return this.view({ ...unit, committee, committeeHistory });
  }

  private async save(unit: OrgUnitDoc, set: Partial<OrgUnitDoc>, changes: Record<string, { from?: unknown; to?: unknown }>): Promise<void> {
    const audit = this.audit.event({ action: 'org-unit.update', target: { kind: 'org-unit', id: unit._id, orgPath: unit.path }, changes });
    try {
      await this.units.update(callerScopes(), unit, set, [audit]);
    } catch (error) {
      if (error instanceof VersionConflictError) throw new DomainException(CommonErrorCode.VERSION_CONFLICT, '该组织刚被他人修改，请刷新后重试 / The unit was changed meanwhile; reload and retry');
      throw error;
    }
    this.relay.nudge(this.units.model, unit._id);
  }

  private async partyOrg(id: string): Promise<OrgUnitDoc> {
    const unit = await this.units.findById(callerScopes(), id);
    if (!unit) throw outOfScope('组织 / org unit');
    if (!PARTY_ORG_KINDS.includes(unit.kind)) {
      throw new DomainException(OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED, '只有党组织有大礼包、六有清单和委员会 / Only party organizations have these records', { kind: unit.kind });
    }
    return unit;
  }

  private view(unit: OrgUnitDoc): PartyOrgRecordsView {
    const lists = Object.fromEntries(
      (Object.keys(CHECKLISTS) as ChecklistName[]).map((list) => [
        list,
        Object.entries(CHECKLISTS[list]).map(([item, label]) => {
          const state = unit.checklists?.[list]?.[item];
          return { item, label, done: state?.done ?? false, by: state?.by ?? null, at: state?.at ?? null };
        }),
      ]),
    ) as Record<ChecklistName, ChecklistItemView[]>;
    return {
      orgId: unit._id,
      path: unit.path,
      checklists: lists,
      checklistLog: unit.checklistLog ?? [],
      committee: unit.committee
        ? { ...unit.committee, members: unit.committee.members.map((m) => ({ ...(m as CommitteeMember), roleLabel: COMMITTEE_ROLES[m.role as keyof typeof COMMITTEE_ROLES] })) }
        : null,
      committeeHistory: unit.committeeHistory ?? [],
    };
  }
}
