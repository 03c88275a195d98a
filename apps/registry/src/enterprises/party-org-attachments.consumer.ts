import { Injectable, OnModuleInit } from '@nestjs/common';
import { isWithin } from '@dangjian/auth';
import { EventEnvelope, OrgEnterpriseAttachedV1, OrgEnterpriseDetachedV1, OrgMovedV1, eventStreamName, eventSubjectPrefix } from '@dangjian/contracts';
import { MessagingLifecycle, parsePayload } from '@dangjian/messaging';
import { guardedUpdateOne } from '@dangjian/persistence';
import { EnterpriseDoc } from './enterprise.schema';
import { enterpriseAncestors } from './enterprise-scope';
import { EnterprisesRepository } from './enterprises.repository';

/**
 * Learns from organization which branch covers each enterprise, and widens the enterprise's scope
 * to that branch (and narrows it again on detachment), so branch and general-branch secretaries see
 * exactly their enterprises. Ordered: an enterprise's detachment and its next attachment apply in turn.
 */
@Injectable()
export class PartyOrgAttachmentsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingLifecycle,
    private readonly enterprises: EnterprisesRepository,
  ) {}

  onModuleInit(): void {
    this.messaging.addConsumer({
      stream: eventStreamName('organization'),
      durable: 'registry-party-org-attachments',
      filterSubject: `${eventSubjectPrefix('organization')}.org.>`,
      ordered: true,
      handler: (event) => this.apply(event),
    });
  }

  async apply(event: EventEnvelope): Promise<void> {
    if (event.type === OrgEnterpriseAttachedV1.type) {
      const data = parsePayload(event, OrgEnterpriseAttachedV1);
      await this.setPartyOrg(data.enterpriseId, () => ({ orgId: data.orgId, orgPath: data.orgPath }));
    } else if (event.type === OrgEnterpriseDetachedV1.type) {
      const data = parsePayload(event, OrgEnterpriseDetachedV1);
      await this.setPartyOrg(data.enterpriseId, (current) => (current?.orgId === data.orgId ? null : current ?? null));
    } else if (event.type === OrgMovedV1.type) {
      // A branch (or a general branch with its branches) moved: the enterprises it covers follow.
      const { from, to } = parsePayload(event, OrgMovedV1);
      for (const id of await this.enterprises.idsInScopeOf(from)) {
        await this.setPartyOrg(id, (current) => (current && isWithin(current.orgPath, from) ? { ...current, orgPath: `${to}${current.orgPath.slice(from.length)}` } : current ?? null));
      }
    }
  }

  /** Sets the covering branch and the scope paths with it, guarded by the record's version. */
  private async setPartyOrg(id: string, next: (current: EnterpriseDoc['partyOrg']) => EnterpriseDoc['partyOrg']): Promise<void> {
    const model = this.enterprises.model;
    for (;;) {
      const doc = await model.findOne({ _id: id }).lean<EnterpriseDoc>();
      if (!doc) return; // a record organization knows and registry does not: nothing to scope
      const partyOrg = next(doc.partyOrg) ?? null;
      if (JSON.stringify(partyOrg) === JSON.stringify(doc.partyOrg ?? null)) return;
      const update = { $set: { partyOrg, orgAncestors: enterpriseAncestors(doc.orgPath, partyOrg) }, $inc: { __v: 1 } };
      if (await guardedUpdateOne(model, id, { __v: doc.__v ?? 0 }, update)) return;
    }
  }
}
