import { Injectable } from '@nestjs/common';
import { callerScopes, outOfScope } from '@dangjian/auth';
import { CommonErrorCode, EventEnvelope, OrganizationErrorCode } from '@dangjian/contracts';
import { isoDate } from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { VersionConflictError } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext, invalidFields } from '@dangjian/platform';
import { OrgUnitDoc } from '../org-units/org-unit.schema';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { ActivityDayDoc } from './meeting.schema';
import { MeetingsRepository } from './meetings.repository';

export type ActivityDayCheck = ActivityDayDoc['checks'][string];

export interface ActivityDayView {
  orgId: string;
  orgPath: string;
  label: string;
  dayOfMonth: number | null;
  place: string | null;
  month: string;
  /** The day this month's activity is due, `YYYY-MM-DD`. */
  dueOn: string | null;
  status: 'held' | 'not-held' | 'unchecked' | 'unscheduled';
  check: (Omit<ActivityDayCheck, 'at'> & { at: string }) | null;
}

/** 赣州's fixed monthly activity day of each general branch, and the park's check-off that it happened. */
@Injectable()
export class ActivityDaysService {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly units: OrgUnitsRepository,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  /** Every general branch at or under a path, with its schedule and this month's check. */
  async list(path: string, month = isoDate().slice(0, 7)): Promise<{ month: string; items: ActivityDayView[] }> {
    const scopes = callerScopes();
    if (!(await this.units.findByPath(scopes, path))) throw outOfScope('辖区 / jurisdiction');
    const generalBranches = [];
    for (let after: string | undefined; ; ) {
      const page = await this.units.list(scopes, { under: path, kind: 'general-branch', after, limit: 500 });
      generalBranches.push(...page.filter((u) => u.status !== 'closed' && u.status !== 'revoked'));
      if (page.length < 500) break;
      after = page[page.length - 1].path;
    }
    const schedules = new Map(((await this.meetings.activityDaysUnder(scopes, path)) ?? []).map((d) => [d._id, d]));
    return { month, items: generalBranches.map((unit) => view(unit, schedules.get(unit._id) ?? null, month)) };
  }

  async schedule(orgId: string, dayOfMonth: number, place: string): Promise<ActivityDayView> {
    const scopes = callerScopes();
    const unit = await this.generalBranch(orgId);
    const read = await this.meetings.activityDay(scopes, unit);
    const event = this.audit.event({
      action: 'activity-day.update',
      target: { kind: 'activity-day', id: unit._id, orgPath: unit.path },
      changes: { dayOfMonth: { from: read?.dayOfMonth, to: dayOfMonth }, place: { from: read?.place, to: place } },
    });
    await this.save(unit, read, { set: { dayOfMonth, place }, create: { dayOfMonth, place, checks: {} } }, event);
    return view(unit, { ...(read ?? { _id: unit._id, orgPath: unit.path, orgAncestors: [], checks: {} }), dayOfMonth, place }, isoDate().slice(0, 7));
  }

  async check(orgId: string, month: string, held: boolean, note?: string): Promise<ActivityDayView> {
    const scopes = callerScopes();
    const unit = await this.generalBranch(orgId);
    const read = await this.meetings.activityDay(scopes, unit);
    if (!read) throw new DomainException(CommonErrorCode.CONFLICT, '该党总支尚未设定固定活动日 / The general branch has no activity day yet', { orgId });
    const dueOn = `${month}-${String(read.dayOfMonth).padStart(2, '0')}`;
    if (dueOn > isoDate()) throw invalidFields([{ field: 'month', problems: [`活动日 ${dueOn} 还未到 / the activity day ${dueOn} has not come yet`] }]);
    const entry: ActivityDayCheck = { held, note: note ?? null, by: RequestContext.principal()?.username ?? 'system', at: new Date() };
    const checks = { ...read.checks, [month]: entry };
    const event = this.audit.event({ action: 'activity-day.update', target: { kind: 'activity-day', id: unit._id, orgPath: unit.path }, changes: { [`check ${month}`]: { from: read.checks[month]?.held, to: held } } });
    await this.save(unit, read, { set: { checks }, create: { dayOfMonth: read.dayOfMonth, place: read.place, checks } }, event);
    return view(unit, { ...read, checks }, month);
  }

  private async save(unit: OrgUnitDoc, read: ActivityDayDoc | null, update: Parameters<MeetingsRepository['saveActivityDay']>[3], event: EventEnvelope): Promise<void> {
    try {
      await this.meetings.saveActivityDay(callerScopes(), unit, read, update, [event]);
    } catch (error) {
      if (error instanceof VersionConflictError || (error as { code?: number }).code === 11000) {
        throw new DomainException(CommonErrorCode.VERSION_CONFLICT, '活动日刚被他人修改，请刷新后重试 / The activity day was changed meanwhile; reload and retry');
      }
      throw error;
    }
    this.relay.nudge(this.meetings.activityDays, unit._id);
  }

  private async generalBranch(orgId: string): Promise<OrgUnitDoc> {
    const unit = await this.units.findById(callerScopes(), orgId);
    if (!unit) throw outOfScope('党总支 / general branch');
    if (unit.kind !== 'general-branch') {
      throw new DomainException(OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED, '固定活动日按党总支设定 / Activity days are set per general branch', { orgId, kind: unit.kind });
    }
    return unit;
  }
}

function view(unit: OrgUnitDoc, doc: Pick<ActivityDayDoc, 'dayOfMonth' | 'place' | 'checks'> | null, month: string): ActivityDayView {
  const check = doc?.checks[month] ?? null;
  return {
    orgId: unit._id,
    orgPath: unit.path,
    label: unit.label,
    dayOfMonth: doc?.dayOfMonth ?? null,
    place: doc?.place ?? null,
    month,
    dueOn: doc ? `${month}-${String(doc.dayOfMonth).padStart(2, '0')}` : null,
    status: !doc ? 'unscheduled' : !check ? 'unchecked' : check.held ? 'held' : 'not-held',
    check: check ? { ...check, at: new Date(check.at).toISOString() } : null,
  };
}
