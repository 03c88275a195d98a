import { isDeepStrictEqual } from 'node:util';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DuesArrearsV1 } from '@dangjian/contracts';
import { LAPSE_MONTHS, addMonths, arrearsStanding, isoDate, monthsBetween } from '@dangjian/domain-organization';
import { OutboxRelay, createEvent } from '@dangjian/messaging';
import { PeriodicScan } from '@dangjian/platform';
import { ORGANIZATION_CONFIG, OrganizationConfig } from '../config';
import { MembersRepository } from '../members/members.repository';
import { DuesAccountDoc } from './dues.schema';
import { DuesRepository } from './dues.repository';

/**
 * Announces each member who has not paid for 3 consecutive months (a warning) or 6 (a lapse, 视为自行脱党
 * unless there is good reason), once per level and first unpaid month; a member who paid up is cleared.
 */
@Injectable()
export class DuesArrears extends PeriodicScan {
  protected readonly logger = new Logger(DuesArrears.name);

  constructor(
    private readonly dues: DuesRepository,
    private readonly members: MembersRepository,
    private readonly relay: OutboxRelay,
    @Inject(ORGANIZATION_CONFIG) private readonly config: OrganizationConfig,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.REMINDER_SCAN_MS;
  }

  async runOnce(today = isoDate()): Promise<number> {
    const asOf = addMonths(today.slice(0, 7), -1);
    let announced = 0;
    for (let after = ''; ; ) {
      const batch = await this.dues.accountsAfter(after, 500);
      if (batch.length === 0) return announced;
      after = batch[batch.length - 1]._id;
      const ids = batch.map((a) => a._id);
      const active = new Set((await this.members.byIds(ids)).filter((m) => m.status === 'active').map((m) => m._id));
      const paid = await this.dues.paidMonths(ids, addMonths(asOf, -LAPSE_MONTHS));
      for (const account of batch) {
        const next = active.has(account._id) ? this.standing(account, paid.filter((p) => p.memberId === account._id).map((p) => p.month), asOf) : null;
        if (isDeepStrictEqual(next?.announced ?? null, account.announced)) continue;
        const events = next?.announced
          ? [
              createEvent('organization', DuesArrearsV1, {
                subject: account._id,
                actor: { kind: 'system', id: 'organization-reminders', name: '到期提醒 / reminders' },
                data: { memberId: account._id, orgId: account.orgId, orgPath: account.orgPath, level: next.announced.level, since: next.announced.since, unpaidMonths: next.unpaidMonths },
              }),
            ]
          : [];
        if ((await this.dues.announce(account, next?.announced ?? null, events)) && events.length) {
          announced += 1;
          this.relay.nudge(this.dues.accounts, account._id);
        }
      }
    }
  }

  private standing(account: DuesAccountDoc, paidMonths: string[], asOf: string): { announced: DuesAccountDoc['announced']; unpaidMonths: number } | null {
    if (monthsBetween(account.dueFrom, asOf) < 0) return null;
    const standing = arrearsStanding(paidMonths, account.dueFrom, asOf);
    return { announced: standing.level === 'ok' ? null : { level: standing.level, since: standing.since! }, unpaidMonths: standing.unpaidMonths };
  }
}
