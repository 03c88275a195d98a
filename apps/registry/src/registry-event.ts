import { EventDefinition } from '@dangjian/contracts';
import { createEvent } from '@dangjian/messaging';
import { RequestContext } from '@dangjian/platform';

/** A registry event by the current caller (or the registry itself outside a request). */
export function registryEvent<T>(definition: EventDefinition<T>, subject: string, data: T) {
  const principal = RequestContext.principal();
  return createEvent('registry', definition, {
    subject,
    data,
    actor: principal ? { kind: principal.kind, id: principal.id, name: principal.username } : { kind: 'system', id: 'registry' },
    requestId: RequestContext.requestId(),
  });
}
