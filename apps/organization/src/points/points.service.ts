import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { callerScopes, outOfScope, pathAncestors } from '@dangjian/auth';
import { EventEnvelope, MeetingRecordedV1, MemberPointsChangedV1, OrganizationErrorCode, eventStreamName, eventSubject } from '@dangjian/contracts';
import { MEETING_KIND_LABELS, isoDate } from '@dangjian/domain-organization';
import { MessagingLifecycle, OutboxRelay, createEvent, parsePayload, withEvents } from '@dangjian/messaging';
import { insertSkippingDuplicates } from '@dangjian/persistence';
import { DomainException, RequestContext } from '@dangjian/platform';
import { MembersRepository } from '../members/members.repository';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { PoliciesService } from '../policies/policies.service';
import { PointsEntryDoc } from './points.schema';

export const POINTS_MODEL = 'MemberPoints';

export interface PointsView {
  memberId: string;
  year: number;
  balance: number;
  entries: { points: number; reason: string; on: string; sourceId: string }[];
}

/**
 * Member points (积分): earned by attending meetings, only where the policy in force on the meeting's day
 * turns them on — never by a daily check-in. Awarded from organization's own meeting-recorded events, so a
 * crash loses none and a redelivery counts nothing twice.
 */
@Injectable()
export class PointsService implements OnModuleInit {
  constructor(
    @InjectModel(POINTS_MODEL) readonly model: Model<PointsEntryDoc>,
    private readonly members: MembersRepository,
    private readonly units: OrgUnitsRepository,
    private readonly policies: PoliciesService,
    private readonly messaging: MessagingLifecycle,
    private readonly relay: OutboxRelay,
  ) {}

  onModuleInit(): void {
    this.messaging.addConsumer({
      stream: eventStreamName('organization'),
      durable: 'organization-member-points',
      filterSubject: eventSubject(MeetingRecordedV1.type),
      handler: async (event) => {
        await this.award(event);
      },
    });
  }

  async award(event: EventEnvelope): Promise<number> {
    const meeting = parsePayload(event, MeetingRecordedV1);
    const policy = (await this.policies.inForce(meeting.orgPath, meeting.heldOn)).settings.memberPoints;
    if (!policy.enabled || policy.perMeeting === 0) return 0;
    const year = Number(meeting.heldOn.slice(0, 4));
    const records = new Map((await this.members.byIds(meeting.present)).map((m) => [m._id, m]));
    let awarded = 0;
    for (const memberId of meeting.present) {
      const member = records.get(memberId);
      const id = `${meeting.meetingId}:${memberId}`;
      if (!member || (await this.model.exists({ _id: id }))) continue;
      const balance = (await this.balance(memberId, year)) + policy.perMeeting;
      const reason = `参加${MEETING_KIND_LABELS[meeting.kind]}（${meeting.heldOn}）`;
      const changed = createEvent('organization', MemberPointsChangedV1, {
        subject: memberId,
        actor: { kind: 'system', id: 'organization-points', name: '党员积分 / member points' },
        data: { memberId, orgId: member.orgId, orgPath: member.orgPath, year, delta: policy.perMeeting, balance, reason, sourceId: meeting.meetingId },
      });
      const entry: PointsEntryDoc = { _id: id, memberId, orgId: member.orgId, orgPath: member.orgPath, orgAncestors: pathAncestors(member.orgPath), year, points: policy.perMeeting, reason, sourceId: meeting.meetingId, on: meeting.heldOn };
      if ((await insertSkippingDuplicates(this.model, [withEvents(entry, changed)])).size === 0) awarded += 1;
      this.relay.nudge(this.model, id);
    }
    return awarded;
  }

  /** One member's points of a year, the member's record in the caller's scope. */
  async ofMember(memberId: string, year = Number(isoDate().slice(0, 4))): Promise<PointsView> {
    if (!(await this.members.findById(callerScopes(), memberId))) throw outOfScope('党员 / member');
    return this.view(memberId, year);
  }

  async own(year = Number(isoDate().slice(0, 4))): Promise<PointsView> {
    const username = RequestContext.principal()?.username;
    const member = username ? await this.members.ownRecord(username) : null;
    if (!member) throw outOfScope('本人的党员信息 / own member record');
    return this.view(member._id, year);
  }

  /** Each active member of a branch with the points of a year: what the assessment service reads. */
  async ofOrg(orgId: string, year = Number(isoDate().slice(0, 4))): Promise<{ orgId: string; year: number; items: { memberId: string; name: string; points: number }[] }> {
    const scopes = callerScopes();
    const unit = await this.units.findById(scopes, orgId);
    if (!unit) throw outOfScope('党组织 / party organization');
    if (unit.kind !== 'branch') throw new DomainException(OrganizationErrorCode.NOT_A_BRANCH, '积分按党支部查看 / Points are read per branch', { orgId, kind: unit.kind });
    const roster = (await this.members.rosterUnder(scopes, unit.path)) ?? [];
    const entries = await this.model.find({ memberId: { $in: roster.map((m) => m._id) }, year }, { memberId: 1, points: 1 }).lean<Pick<PointsEntryDoc, 'memberId' | 'points'>[]>();
    const totals = new Map<string, number>();
    for (const e of entries) totals.set(e.memberId, (totals.get(e.memberId) ?? 0) + e.points);
    return { orgId, year, items: roster.map((m) => ({ memberId: m._id, name: m.name, points: totals.get(m._id) ?? 0 })) };
  }

  private async view(memberId: string, year: number): Promise<PointsView> {
    const entries = await this.model.find({ memberId, year }).sort({ on: 1 }).lean<PointsEntryDoc[]>();
    return { memberId, year, balance: entries.reduce((sum, e) => sum + e.points, 0), entries: entries.map(({ points, reason, on, sourceId }) => ({ points, reason, on, sourceId })) };
  }

  private async balance(memberId: string, year: number): Promise<number> {
    return (await this.model.find({ memberId, year }, { points: 1 }).lean<Pick<PointsEntryDoc, 'points'>[]>()).reduce((sum, e) => sum + e.points, 0);
  }
}
