import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CoverageState } from '@dangjian/contracts';
import { FIGURE_KEYS, counterDelta, isoDate } from '@dangjian/domain-organization';
import { EnterpriseFactsRepository } from '../enterprises/enterprise-facts.repository';
import { ORGANIZATION_CONFIG, OrganizationConfig } from '../config';
import { CoverageRefresher } from './coverage-refresher';
import { CoverageRepository } from './coverage.repository';
import { CoverageCounterDoc, CoverageRebuild } from './coverage.schema';

const BATCH = 200;

/**
 * Keeps the jurisdiction counters equal to the sum of what every enterprise's entry counts for.
 * One replica at a time (a lease) moves entries' counted state to their present state, one
 * enterprise at a time, each move marked on the counters it touches; so a read of a jurisdiction's
 * coverage is one document, and a crash or a second replica counts nothing twice. The same loop
 * keeps the counters of a finished day as its snapshot, and runs the full rebuild in batches that
 * resume where they stopped.
 */
@Injectable()
export class CoverageApplier implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CoverageApplier.name);
  private readonly owner = `organization-${randomUUID()}`;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  /** The rebuild's walk through the enterprises, kept between rounds; started again from the checkpoint after a restart. */
  private walk?: { rebuildId: string; cursor: string; ids: AsyncGenerator<string> };

  constructor(
    private readonly coverage: CoverageRepository,
    private readonly refresher: CoverageRefresher,
    private readonly enterprises: EnterpriseFactsRepository,
    @Inject(ORGANIZATION_CONFIG) private readonly config: OrganizationConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.poke(), this.config.COVERAGE_POLL_MS);
    this.poke();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    await this.coverage.releaseLease(this.owner).catch(() => undefined);
  }

  /** Asks for a round soon (after a change, or on the timer); rounds never overlap. */
  poke(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.round()
      .catch((error: unknown) => this.logger.error(`coverage round failed: ${(error as Error).message}`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
  }

  /** One round, awaited: for tests and the rebuild endpoint's first step. */
  async settle(): Promise<void> {
    while (this.running) await this.running;
    this.poke();
    await this.running;
  }

  private async round(): Promise<void> {
    if (!(await this.coverage.lease(this.owner, this.config.COVERAGE_LEASE_MS))) return;
    const { moving } = await this.coverage.state();
    if (moving) {
      await this.apply(moving); // interrupted: finish it before any other move
      await this.coverage.setState(this.owner, { moving: null });
    }
    await this.keepDay();
    await this.drain();
    const { rebuild } = await this.coverage.state();
    if (rebuild?.status === 'running') await this.rebuildBatch(rebuild);
    else if (rebuild?.status === 'recounting') await this.recount(rebuild);
  }

  /** When the date moved on, the counters as they stand are the last day's figures. */
  private async keepDay(): Promise<void> {
    const today = isoDate();
    const { day } = await this.coverage.state();
    if (day === today) return;
    if (day) await this.coverage.snapshot(day);
    await this.coverage.setState(this.owner, { day: today });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const marks = await this.coverage.pendingBatch(BATCH);
      if (marks.length === 0) return;
      if (!(await this.coverage.lease(this.owner, this.config.COVERAGE_LEASE_MS))) return; // a long drain keeps its lease
      for (const mark of marks) {
        if (this.stopped) return;
        await this.apply(mark._id);
        await this.coverage.donePending(mark);
      }
    }
  }

  /** Brings one enterprise's counted state to its present state. */
  private async apply(enterpriseId: string): Promise<void> {
    let entry = await this.coverage.entry(enterpriseId);
    if (!entry) return;
    if (entry.applying) {
      await this.move(enterpriseId, entry.applying.key, entry.applied, entry.applying.state);
      entry = (await this.coverage.entry(enterpriseId))!;
    }
    if (isDeepStrictEqual(entry.applied, entry.state)) return;
    const key = `${enterpriseId}:${entry.version}`;
    await this.coverage.startMove(enterpriseId, { key, state: entry.state });
    await this.move(enterpriseId, key, entry.applied, entry.state);
  }

  private async move(enterpriseId: string, key: string, from: CoverageState | null, to: CoverageState): Promise<void> {
    await this.coverage.setState(this.owner, { moving: enterpriseId });
    await this.coverage.applyMove(key, counterDelta(from, to));
    await this.coverage.finishMove(enterpriseId, key, to);
    await this.coverage.setState(this.owner, { moving: null });
  }

  /** Recomputes a batch of entries from their sources; the corrected ones reach the counters as moves. */
  private async rebuildBatch(rebuild: CoverageRebuild): Promise<void> {
    if (this.walk?.rebuildId !== rebuild.id || this.walk.cursor !== rebuild.cursor) this.walk = { rebuildId: rebuild.id, cursor: rebuild.cursor, ids: this.enterprises.idsAfter(rebuild.cursor) };
    const ids: string[] = [];
    while (ids.length < this.config.COVERAGE_REBUILD_BATCH) {
      const next = await this.walk.ids.next().catch((error: unknown) => {
        this.walk = undefined; // a cursor that failed (timed out, server restarted) starts again from the checkpoint
        throw error;
      });
      if (next.done) break;
      ids.push(next.value);
    }
    if (ids.length === 0) {
      await this.coverage.setState(this.owner, { rebuild: { ...rebuild, status: 'recounting' } });
      this.poke();
      return;
    }
    const corrected = await this.refresher.rebuildBatch(ids);
    const cursor = ids[ids.length - 1];
    await this.coverage.setState(this.owner, { rebuild: { ...rebuild, cursor, processed: rebuild.processed + ids.length, corrected: rebuild.corrected + corrected } });
    if (this.walk) this.walk.cursor = cursor;
    this.poke();
  }

  /**
   * Sums every entry's counted state afresh and replaces the counters with it: whatever drifted
   * (a counter edited by hand, a lost write) is repaired. Runs after the pending moves, as the only
   * writer of the counters.
   */
  private async recount(rebuild: CoverageRebuild): Promise<void> {
    await this.drain();
    const sums = new Map<string, CoverageCounterDoc['dims']>();
    for await (const entry of this.coverage.appliedStates()) {
      for (const [path, inc] of counterDelta(null, entry.applied)) {
        const dims = sums.get(path) ?? {};
        for (const [field, value] of Object.entries(inc)) {
          const [, dimension, figure] = field.split('.') as [string, string, (typeof FIGURE_KEYS)[number]];
          const figures = (dims[dimension] ??= {});
          figures[figure] = (figures[figure] ?? 0) + value;
        }
        sums.set(path, dims);
      }
    }
    await this.coverage.replaceCounters(sums);
    await this.coverage.setState(this.owner, { rebuild: { ...rebuild, status: 'completed', finishedAt: new Date() } });
    this.logger.log(`coverage rebuild ${rebuild.id} completed: ${rebuild.processed} enterprises, ${rebuild.corrected} corrected`);
  }
}
