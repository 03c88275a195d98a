import { Injectable, OnModuleInit } from '@nestjs/common';
import { EnterpriseFacts, EnterpriseRegisteredV1, EnterpriseStatusChangedV1, EnterpriseUpdatedV1, EventDefinition, EventEnvelope, eventStreamName, eventSubjectPrefix } from '@dangjian/contracts';
import { MessagingLifecycle, parsePayload } from '@dangjian/messaging';
import { EnterpriseFactsRepository } from './enterprise-facts.repository';

/** Registry's events that carry an enterprise's full facts (the later ones extend them). */
const FACT_EVENTS: EventDefinition<EnterpriseFacts>[] = [EnterpriseRegisteredV1, EnterpriseUpdatedV1, EnterpriseStatusChangedV1];

/** Keeps organization's copy of each enterprise's facts from registry's events. */
@Injectable()
export class RegistryEnterprisesConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingLifecycle,
    private readonly facts: EnterpriseFactsRepository,
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
    const definition = FACT_EVENTS.find((d) => d.type === event.type);
    if (!definition) return; // merges, census membership and proposals carry no facts this copy keeps
    const facts = parsePayload(event, definition);
    await this.facts.apply(facts, event.occurredAt);
  }
}
