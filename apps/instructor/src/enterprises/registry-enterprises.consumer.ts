import { Injectable, OnModuleInit } from '@nestjs/common';
import { EnterpriseFacts, EnterpriseRegisteredV1, EnterpriseStatusChangedV1, EnterpriseUpdatedV1, EventDefinition, EventEnvelope, eventStreamName, eventSubjectPrefix } from '@dangjian/contracts';
import { MessagingLifecycle, parsePayload } from '@dangjian/messaging';
import { EnterprisesRepository } from './enterprises.repository';

const FACT_EVENTS: EventDefinition<EnterpriseFacts>[] = [EnterpriseRegisteredV1, EnterpriseUpdatedV1, EnterpriseStatusChangedV1];

/** Keeps the instructor service's copy of each enterprise from registry's events. */
@Injectable()
export class RegistryEnterprisesConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingLifecycle,
    private readonly enterprises: EnterprisesRepository,
  ) {}

  onModuleInit(): void {
    this.messaging.addConsumer({
      stream: eventStreamName('registry'),
      durable: 'instructor-enterprises',
      filterSubject: `${eventSubjectPrefix('registry')}.enterprise.>`,
      handler: (event) => this.apply(event),
    });
  }

  async apply(event: EventEnvelope): Promise<void> {
    const definition = FACT_EVENTS.find((d) => d.type === event.type);
    if (!definition) return; // census decisions, merges and proposals carry no facts this copy keeps
    await this.enterprises.apply(parsePayload(event, definition), event.occurredAt);
  }
}
