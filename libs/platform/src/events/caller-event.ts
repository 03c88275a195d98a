import { EventDefinition, ServiceName } from '@dangjian/contracts';
import { createEvent } from '@dangjian/messaging';
import { RequestContext } from '@dangjian/request-context';

/** An event of `service` by the current caller (or by the service itself outside a request). */
export function callerEvent<T>(service: ServiceName, definition: EventDefinition<T>, subject: string, data: T) {
  const principal = RequestContext.principal();
  return createEvent(service, definition, {
    subject,
    data,
    actor: principal ? { kind: principal.kind, id: principal.id, name: principal.username } : { kind: 'system', id: service },
    requestId: RequestContext.requestId(),
  });
}
