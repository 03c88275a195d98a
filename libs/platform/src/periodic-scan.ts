import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

/**
 * A job that looks over the service's records every `intervalMs` (0: never), one run at a time, and
 * after the first `intervalMs` of a start. Each run must be safe to repeat: what it announces it marks.
 */
export abstract class PeriodicScan implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  protected abstract readonly logger: Logger;

  protected abstract intervalMs(): number;

  /** One pass; returns what it did, for logs and tests. */
  abstract runOnce(): Promise<number>;

  onApplicationBootstrap(): void {
    const ms = this.intervalMs();
    if (ms > 0) this.timer = setInterval(() => void this.tick(), ms);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.runOnce()
      .then((count) => count && this.logger.log(`${count} announced`))
      .catch((error: unknown) => this.logger.error({ err: error }, 'scan failed'))
      .finally(() => (this.running = undefined));
    await this.running;
  }
}
