import { Injectable } from '@nestjs/common';

type Listener = (enterpriseId: string) => Promise<void>;

/**
 * Tells other features that organization's copy of an enterprise changed (its facts, its census
 * decision, its branch, its instructors), so they recompute what they derive from it. The event
 * handler that made the change awaits the listeners: a listener that fails fails the handler, and
 * the event comes again.
 */
@Injectable()
export class EnterpriseChanges {
  private readonly listeners: Listener[] = [];

  listen(listener: Listener): void {
    this.listeners.push(listener);
  }

  async changed(enterpriseId: string): Promise<void> {
    for (const listener of this.listeners) await listener(enterpriseId);
  }
}
