/** A document whose events the relay could not publish, as reported in `system/status`. */
export interface FailingDocument {
  /** `<collection>:<_id>` */
  document: string;
  /** Failures that counted: each one after the relay had published something else since the last. */
  attempts: number;
  reason: string;
  since: string;
}

/**
 * Decides when one document's events are poison rather than the broker being away. A failure
 * counts against a document only if the relay published something else since that document's
 * previous failure: during an outage nothing is published, so no document is ever set aside for it;
 * a document that keeps failing while the rest flows is set aside after `maxAttempts`.
 */
export class PublishFailures {
  private readonly entries = new Map<string, { attempts: number; reason: string; since: Date; lastFailure: number }>();
  private clock = 0;
  private lastSuccess = -1;

  constructor(readonly maxAttempts: number) {
    // One attempt would set aside the document a broker outage struck first, mid-pass.
    if (!Number.isInteger(maxAttempts) || maxAttempts < 2) throw new Error(`maxAttempts must be an integer of at least 2, got ${maxAttempts}`);
  }

  /** A publish went through; a document that published is no longer failing. */
  succeeded(document?: string): void {
    this.lastSuccess = ++this.clock;
    if (document !== undefined) this.entries.delete(document);
  }

  /** Records a failure; `hold` once the document has failed `maxAttempts` counted times. */
  failed(document: string, reason: string): 'retry' | 'hold' {
    const now = ++this.clock;
    const entry = this.entries.get(document);
    if (!entry) this.entries.set(document, { attempts: 1, reason, since: new Date(), lastFailure: now });
    else {
      if (this.lastSuccess > entry.lastFailure) entry.attempts++;
      entry.reason = reason;
      entry.lastFailure = now;
    }
    return this.entries.get(document)!.attempts >= this.maxAttempts ? 'hold' : 'retry';
  }

  forget(document: string): void {
    this.entries.delete(document);
  }

  isFailing(document: string): boolean {
    return this.entries.has(document);
  }

  failing(): FailingDocument[] {
    return [...this.entries].map(([document, e]) => ({ document, attempts: e.attempts, reason: e.reason, since: e.since.toISOString() }));
  }
}
