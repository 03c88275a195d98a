/** The five services of the platform; each owns one database, one event stream and one HTTP prefix. */
export const SERVICE_NAMES = ['registry', 'organization', 'instructor', 'assessment', 'notification'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** JetStream stream that holds the domain events a service owns: subjects `evt.<service>.>`. */
export function eventStreamName(service: ServiceName): string {
  return `EVT_${service.toUpperCase()}`;
}

export function eventSubjectPrefix(service: ServiceName): string {
  return `evt.${service}`;
}

/** Subject an event is published on: `evt.<service>.<type without the service prefix>`. */
export function eventSubject(type: string): string {
  return `evt.${type}`;
}

/** The subject prefix of a service's reply inboxes: only that service may subscribe under it. */
export function natsInboxPrefix(service: ServiceName): string {
  return `_INBOX_${service}`;
}

/** The service whose events a stream holds, or undefined for a stream that is no service's (dead letters). */
export function streamOwner(stream: string): ServiceName | undefined {
  return SERVICE_NAMES.find((service) => eventStreamName(service) === stream);
}

/** Stream for messages that a consumer gave up on. */
export const DEAD_LETTER_STREAM = 'DEAD_LETTER';
export function deadLetterSubject(service: string, consumer: string): string {
  return `dlq.${service}.${consumer}`;
}
