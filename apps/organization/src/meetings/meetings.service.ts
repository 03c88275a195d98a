import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { callerScopes, outOfScope } from '@dangjian/auth';
import { MEETING_RECORD_KINDS, MeetingRecordedV1, OrganizationErrorCode } from '@dangjian/contracts';
import {
  ComplianceStanding,
  MEETING_KINDS,
  MEETING_KIND_LABELS,
  MeetingKind,
  complianceOf,
  isCalendarDate,
  isoDate,
  meetingRecordProblems,
  meetingsPerYear,
} from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { AuditTrail, DomainException, RequestContext, callerEvent, decodeCursor, encodeCursor } from '@dangjian/platform';
import { MembersRepository } from '../members/members.repository';
import { OrgUnitDoc } from '../org-units/org-unit.schema';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { PoliciesService } from '../policies/policies.service';
import { RecordMeetingDto } from './dtos/meeting.dto';
import { MeetingDoc } from './meeting.schema';
import { MeetingsRepository } from './meetings.repository';

// The wire's meeting kinds and the rules' are one list.
const _sameKinds: readonly MeetingKind[] = MEETING_RECORD_KINDS;
void _sameKinds;

/** Orgs that keep organizational life: branches, and general branches for their own meetings. */
const MEETING_ORG_KINDS = ['branch', 'general-branch'];

export type MeetingView = Omit<MeetingDoc, '_id' | 'orgAncestors' | '__v' | '_events' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'> & {
  id: string;
  kindLabel: string;
  presentCount: number;
  absentCount: number;
};

function toView(doc: MeetingDoc): MeetingView {
  return {
    id: doc._id,
    orgId: doc.orgId,
    orgPath: doc.orgPath,
    kind: doc.kind,
    kindLabel: MEETING_KIND_LABELS[doc.kind],
    heldOn: doc.heldOn,
    topic: doc.topic,
    place: doc.place,
    host: doc.host,
    attendance: doc.attendance,
    presentCount: doc.attendance.filter((a) => a.present).length,
    absentCount: doc.attendance.filter((a) => !a.present).length,
    minutes: doc.minutes,
    attachments: doc.attachments,
    recordedBy: doc.recordedBy,
  };
}

export interface KindStanding extends ComplianceStanding {
  kindLabel: string;
}

/** Meeting records of organizational life, and each org's standing against the policy's cadence. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly members: MembersRepository,
    private readonly units: OrgUnitsRepository,
    private readonly policies: PoliciesService,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async record(orgId: string, dto: RecordMeetingDto): Promise<MeetingView> {
    const scopes = callerScopes();
    const org = await this.meetingOrg(orgId);
    const roster = (await this.members.rosterUnder(scopes, org.path)) ?? [];
    const problems = isCalendarDate(dto.heldOn) ? meetingRecordProblems(dto, roster.map((m) => ({ id: m._id, status: m.stage === 'formal' ? 'formal' : 'probationary' })), isoDate()) : [{ field: 'heldOn', message: '不是有效日期 / not a calendar date' }];
    if (problems.length) {
      throw new DomainException(
        OrganizationErrorCode.MEETING_RECORD_REFUSED,
        `会议记录有误：${problems.map((p) => p.message.split(' / ')[0]).join('；')} / The meeting record was refused: ${problems.map((p) => p.message.split(' / ')[1] ?? p.message).join('; ')}`,
        problems.map((p) => ({ field: p.field, problems: [p.message] })),
      );
    }
    const names = new Map(roster.map((m) => [m._id, m.name]));
    const id = randomUUID();
    const doc: Omit<MeetingDoc, '__v' | 'orgAncestors'> = {
      _id: id,
      orgId: org._id,
      orgPath: org.path,
      kind: dto.kind,
      heldOn: dto.heldOn,
      topic: dto.topic,
      place: dto.place ?? null,
      host: dto.host ?? null,
      attendance: dto.attendance.map((a) => ({ memberId: a.memberId, name: names.get(a.memberId) ?? '', present: a.present, ...(!a.present && a.reason ? { reason: a.reason } : {}) })),
      minutes: dto.minutes ?? null,
      attachments: (dto.attachments ?? []).map((a) => ({ title: a.title, ...(a.fileName ? { fileName: a.fileName } : {}), ...(a.size !== undefined && a.size !== null ? { size: a.size } : {}) })),
      recordedBy: RequestContext.principal()?.username ?? 'system',
    };
    const events = [
      callerEvent('organization', MeetingRecordedV1, id, {
        meetingId: id,
        orgId: org._id,
        orgPath: org.path,
        kind: dto.kind,
        heldOn: dto.heldOn,
        present: doc.attendance.filter((a) => a.present).map((a) => a.memberId),
        absent: doc.attendance.filter((a) => !a.present).map((a) => a.memberId),
      }),
      this.audit.event({ action: 'meeting.create', target: { kind: 'meeting', id, orgPath: org.path }, changes: { kind: { to: dto.kind }, heldOn: { to: dto.heldOn }, topic: { to: dto.topic } } }),
    ];
    await this.meetings.create(scopes, doc, events);
    this.relay.nudge(this.meetings.model, id);
    return toView({ ...doc, orgAncestors: [] });
  }

  async get(id: string): Promise<MeetingView> {
    const doc = await this.meetings.findById(callerScopes(), id);
    if (!doc) throw outOfScope('会议记录 / meeting record');
    return toView(doc);
  }

  async list(orgId: string, query: { year?: number; kind?: MeetingKind; cursor?: string; limit: number }): Promise<{ items: MeetingView[]; next?: string }> {
    const org = await this.meetingOrg(orgId);
    const docs = await this.meetings.ofOrg(callerScopes(), org, {
      kind: query.kind,
      ...(query.year ? { from: `${query.year}-01-01`, to: `${query.year}-12-31` } : {}),
      before: decodeCursor(query.cursor, 2) as [string, string] | undefined,
      limit: query.limit,
    });
    if (!docs) throw outOfScope('党组织 / party organization');
    const last = docs[docs.length - 1];
    return { items: docs.map(toView), ...(docs.length === query.limit && last ? { next: encodeCursor([last.heldOn, last._id]) } : {}) };
  }

  /** Each kind's standing in a year against the policy in force: missed periods, and overdue since when. */
  async compliance(orgId: string, year = Number(isoDate().slice(0, 4))): Promise<{ orgId: string; orgPath: string; year: number; kinds: KindStanding[] }> {
    const org = await this.meetingOrg(orgId);
    const held = (await this.meetings.ofOrg(callerScopes(), org, { from: `${year}-01-01`, to: `${year}-12-31`, limit: 10_000 })) ?? [];
    return { orgId: org._id, orgPath: org.path, year, kinds: await this.standings(org, year, held) };
  }

  /** The branches at or under a path with a kind overdue, in path order, a page of branches at a time. */
  async overdue(path: string, query: { year?: number; cursor?: string; limit: number }): Promise<{ items: { orgId: string; orgPath: string; label: string; overdue: KindStanding[] }[]; next?: string }> {
    const scopes = callerScopes();
    if (!(await this.units.findByPath(scopes, path))) throw outOfScope('辖区 / jurisdiction');
    const year = query.year ?? Number(isoDate().slice(0, 4));
    const branches = await this.units.list(scopes, { under: path, kind: 'branch', after: query.cursor, limit: query.limit });
    const open = branches.filter((b) => b.status !== 'revoked' && b.status !== 'closed');
    const dates = await this.meetings.datesOf(scopes, open, `${year}-01-01`, `${year}-12-31`);
    const byOrg = new Map<string, Pick<MeetingDoc, 'kind' | 'heldOn'>[]>();
    for (const d of dates) byOrg.set(d.orgId, [...(byOrg.get(d.orgId) ?? []), d]);
    const items = [];
    for (const branch of open) {
      const overdue = (await this.standings(branch, year, byOrg.get(branch._id) ?? [])).filter((k) => k.overdueSince);
      if (overdue.length) items.push({ orgId: branch._id, orgPath: branch.path, label: branch.label, overdue });
    }
    const last = branches[branches.length - 1];
    return { items, ...(branches.length === query.limit && last ? { next: last.path } : {}) };
  }

  private async standings(org: OrgUnitDoc, year: number, held: Pick<MeetingDoc, 'kind' | 'heldOn'>[]): Promise<KindStanding[]> {
    const cadence = meetingsPerYear((await this.policies.inForce(org.path)).settings.meetingCadence);
    const founded = org.foundedOn ?? isoDate(org.createdAt ?? new Date());
    const since = founded > `${year}-01-01` ? founded : `${year}-01-01`;
    const today = isoDate() < `${year}-12-31` ? isoDate() : `${year + 1}-01-01`;
    return MEETING_KINDS.map((kind) => ({
      ...complianceOf(kind, cadence[kind], held.filter((m) => m.kind === kind).map((m) => m.heldOn), since, today),
      kindLabel: MEETING_KIND_LABELS[kind],
    }));
  }

  private async meetingOrg(orgId: string): Promise<OrgUnitDoc> {
    const unit = await this.units.findById(callerScopes(), orgId);
    if (!unit) throw outOfScope('党组织 / party organization');
    if (!MEETING_ORG_KINDS.includes(unit.kind)) {
      throw new DomainException(OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED, '组织生活由党支部、党总支记录 / Meetings are recorded by branches and general branches', { orgId, kind: unit.kind });
    }
    return unit;
  }
}

