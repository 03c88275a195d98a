import { Injectable, OnModuleInit } from '@nestjs/common';
import { EnterpriseAdmittedV1, EnterpriseFacts, EnterpriseRegisteredV1, EnterpriseRemovedV1, EnterpriseStatusChangedV1, EnterpriseUpdatedV1, EventDefinition, EventEnvelope, eventStreamName, eventSubjectPrefix } from '@dangjian/contracts';
import { MessagingLifecycle, parsePayload } from '@dangjian/messaging';
import { EnterpriseChanges } from './enterprise-changes';
import { EnterpriseFactsRepository } from './enterprise-facts.repository';

/** Registry's events that carry an enterprise's full facts (the later ones extend them). */
const FACT_EVENTS: EventDefinition<EnterpriseFacts>[] = [EnterpriseRegisteredV1, EnterpriseUpdatedV1, EnterpriseStatusChangedV1];

/** Keeps organization's copy of each enterprise's facts and census decision from registry's events. */
@Injectable()
export class RegistryEnterprisesConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingLifecycle,
    private readonly facts: EnterpriseFactsRepository,
    private readonly changes: EnterpriseChanges,
  ) {}

  onModuleInit(): void {
    this.messaging.addConsumer({
      stream: eventStreamName('registry'),
      durable: 'organization-enterprise-facts',
      filterSubject: `${eventSubjectPrefix('registry')}.enterprise.>`,
      handler: (event) => this.apply(event),
    });
  }

  async apply(event: EventEnvelope): Promise<void> {
    const enterpriseId = await this.applyFacts(event);
    if (enterpriseId) await this.changes.changed(enterpriseId);
  }

  /** The enterprise the event changed organization's copy of, if any. */
  private async applyFacts(event: EventEnvelope): Promise<string | undefined> {
    if (event.type === EnterpriseAdmittedV1.type || event.type === EnterpriseRemovedV1.type) {
      const decision = parsePayload(event, event.type === EnterpriseAdmittedV1.type ? EnterpriseAdmittedV1 : EnterpriseRemovedV1);
      await this.facts.applyBase({ _id: decision.enterpriseId, admitted: event.type === EnterpriseAdmittedV1.type, year: decision.year, campaignId: decision.campaignId, at: event.occurredAt });
      return decision.enterpriseId;
    }
    const definition = FACT_EVENTS.find((d) => d.type === event.type);
    if (!definition) return undefined; // merges and proposals carry no facts this copy keeps
    const facts = parsePayload(event, definition);
    await this.facts.apply(facts, event.occurredAt);
    return facts.id;
  }
}
