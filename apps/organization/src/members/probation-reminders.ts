import { Inject, Injectable, Logger } from '@nestjs/common';
import { MemberProbationEndingV1 } from '@dangjian/contracts';
import { DevelopmentMinimums, isoDate, probationEndingSoon, probationEndsOn } from '@dangjian/domain-organization';
import { OutboxRelay, createEvent } from '@dangjian/messaging';
import { PeriodicScan } from '@dangjian/platform';
import { ORGANIZATION_CONFIG, OrganizationConfig } from '../config';
import { PoliciesService } from '../policies/policies.service';
import { MembersRepository } from './members.repository';

/** Tells the branch, once per end date, that a probation ends within 30 days (the vote on full membership is due). */
@Injectable()
export class ProbationReminders extends PeriodicScan {
  protected readonly logger = new Logger(ProbationReminders.name);

  constructor(
    private readonly members: MembersRepository,
    private readonly policies: PoliciesService,
    private readonly relay: OutboxRelay,
    @Inject(ORGANIZATION_CONFIG) private readonly config: OrganizationConfig,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.REMINDER_SCAN_MS;
  }

  async runOnce(today = isoDate()): Promise<number> {
    let reminded = 0;
    const minimumsOf = new Map<string, Promise<DevelopmentMinimums>>();
    for (let after = ''; ; ) {
      const batch = await this.members.probationaryAfter(after, 500);
      if (batch.length === 0) return reminded;
      after = batch[batch.length - 1]._id;
      for (const member of batch) {
        const votedOn = [...member.steps].reverse().find((s) => s.stage === 'probationary')?.on;
        if (!votedOn) continue;
        if (!minimumsOf.has(member.orgPath)) minimumsOf.set(member.orgPath, this.policies.inForce(member.orgPath).then((p) => p.settings.developmentMinimums));
        const minimums = await minimumsOf.get(member.orgPath)!;
        const endsOn = probationEndsOn(votedOn, 0, minimums);
        if (member.probationReminderFor === endsOn || !probationEndingSoon(votedOn, today, 0, minimums)) continue;
        const event = createEvent('organization', MemberProbationEndingV1, {
          subject: member._id,
          actor: { kind: 'system', id: 'organization-reminders', name: '到期提醒 / reminders' },
          data: { memberId: member._id, orgId: member.orgId, orgPath: member.orgPath, votedOn, endsOn },
        });
        if (await this.members.remindProbationEnd(member, endsOn, [event])) {
          reminded += 1;
          this.relay.nudge(this.members.model, member._id);
        }
      }
    }
  }
}
