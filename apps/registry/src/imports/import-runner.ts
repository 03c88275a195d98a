import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { randomUUID } from 'node:crypto';
import { EventEnvelope } from '@dangjian/contracts';
import { normalizeUscc } from '@dangjian/domain-identifiers';
import { OutboxRelay, pushEvents, withPackedEvents } from '@dangjian/messaging';
import { guardedUpdateOne, insertSkippingDuplicates } from '@dangjian/persistence';
import { AuditTrail, RequestContext, failpoint } from '@dangjian/platform';
import { LedgerRow, RowProblem, parseLedgerRow } from '../ledger/ledger-columns';
import { LedgerBatchContext, LedgerWriter } from '../ledger/ledger-writer';
import { sheetRecords } from '../ledger/spreadsheet-reader';
import { ImportFiles } from './import-files';
import { ImportJobDoc, ImportRowErrorDoc } from './import-job.schema';
import { ImportsService, progressEvent } from './imports.service';

export const IMPORT_SETTINGS = Symbol('IMPORT_SETTINGS');
export interface ImportSettings {
  batchRows: number;
  leaseMs: number;
}

class LeaseLost extends Error {}

/** An upload older than this that no unfinished job needs is left over from a crash. */
const ORPHAN_FILE_AGE_MS = 60 * 60_000;

/**
 * Works through queued imports one at a time per replica. Each batch of rows is written, then the
 * job's checkpoint (rows done, counts, the batch's events) is saved in one write. The worker renews
 * its lease on a heartbeat while it works, so the lease can be short: a job whose worker died is
 * taken over by another replica once the lease runs out and resumes after the last checkpoint.
 */
@Injectable()
export class ImportRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ImportRunner.name);
  private readonly owner = randomUUID();
  private busy = false;
  private stopping = false;

  constructor(
    private readonly imports: ImportsService,
    private readonly files: ImportFiles,
    private readonly writer: LedgerWriter,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
    @Inject(IMPORT_SETTINGS) private readonly settings: ImportSettings,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweepOrphanFiles();
  }

  onApplicationShutdown(): void {
    this.stopping = true;
  }

  @Interval('import-orphan-files', 15 * 60_000)
  async sweepOrphanFiles(): Promise<void> {
    await this.imports.removeOrphanFiles(ORPHAN_FILE_AGE_MS).catch((error) => this.logger.error({ err: error }, 'sweeping orphan upload files failed'));
  }

  @Interval('import-runner', 1000)
  async tick(): Promise<void> {
    if (this.busy || this.stopping) return;
    this.busy = true;
    try {
      let job: ImportJobDoc | null;
      while ((job = await this.claim()) && !this.stopping) await this.run(job);
    } catch (error) {
      this.logger.error({ err: error }, 'import runner failed');
    } finally {
      this.busy = false;
    }
  }

  private async claim(): Promise<ImportJobDoc | null> {
    const now = new Date();
    const candidates = await this.imports.jobs
      .find({ status: { $in: ['queued', 'running'] }, leaseUntil: { $lt: now } })
      .sort({ createdAt: 1 })
      .limit(5)
      .lean<ImportJobDoc[]>();
    for (const job of candidates) {
      const update = { $set: { status: 'running', leaseOwner: this.owner, leaseUntil: this.leaseEnd(), startedAt: job.startedAt ?? now }, $inc: { leaseEpoch: 1 } };
      if (await guardedUpdateOne(this.imports.jobs, job._id, { leaseEpoch: job.leaseEpoch }, update)) {
        return { ...job, status: 'running', leaseOwner: this.owner, leaseEpoch: job.leaseEpoch + 1 };
      }
    }
    return null;
  }

  private leaseEnd(): Date {
    return new Date(Date.now() + this.settings.leaseMs);
  }

  /** Renews the lease every quarter of its length; `lost()` turns true when another worker took the job. */
  private heartbeat(job: ImportJobDoc): { stop: () => void; lost: () => boolean } {
    let lost = false;
    const timer = setInterval(() => {
      guardedUpdateOne(this.imports.jobs, job._id, { leaseEpoch: job.leaseEpoch }, { $set: { leaseUntil: this.leaseEnd() } }).then(
        (held) => (lost ||= !held),
        (error) => this.logger.warn({ err: error, jobId: job._id }, 'renewing the import lease failed; retrying'),
      );
    }, Math.max(500, this.settings.leaseMs / 4));
    return { stop: () => clearInterval(timer), lost: () => lost };
  }

  private async run(job: ImportJobDoc): Promise<void> {
    const principal = { kind: job.by.kind === 'system' ? ('service' as const) : job.by.kind, id: job.by.id, username: job.by.username, roles: [], scopes: job.scopes, token: '' };
    await RequestContext.run({ requestId: `import-${job._id}`, principal }, async () => {
      const lease = this.heartbeat(job);
      try {
        await this.process(job, lease.lost);
      } catch (error) {
        if (error instanceof LeaseLost) {
          this.logger.warn({ jobId: job._id }, 'import lease lost to another worker');
          return;
        }
        await this.recordFailure(job, error);
      } finally {
        lease.stop();
      }
    });
  }

  private async process(job: ImportJobDoc, leaseLost: () => boolean): Promise<void> {
    this.logger.log({ jobId: job._id, from: job.processedRows }, job.processedRows ? 'resuming import' : 'starting import');
    const ctx: LedgerBatchContext = {
      runId: job._id,
      sourceLabel: '导入',
      scopes: job.scopes,
      actor: { kind: job.by.kind, id: job.by.id, name: job.by.username },
      by: job.by.username,
      jurisdictions: new Map(),
    };
    const resumeAt = job.processedRows;
    const firstLine = new Map<string, number>();
    let index = 0;
    let batch: { line: number; row: LedgerRow }[] = [];
    let refused: ImportRowErrorDoc[] = [];
    // One checkpoint at a time and in order; the next batch is read and checked while one is written.
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      const [rows, problems, upTo] = [batch, refused, index];
      batch = [];
      refused = [];
      await writing;
      writing = this.checkpoint(job, upTo, rows, problems, ctx).then((next) => {
        job = next;
      });
      writing.catch(() => undefined); // awaited by the next flush or below; never left unhandled
    };

    const stream = this.files.open(job.fileId);
    try {
      for await (const record of sheetRecords(stream, job.format)) {
        if ('headers' in record) continue;
        const position = index++;
        const uscc = normalizeUscc(record.cells['统一社会信用代码'] ?? '');
        const earlier = uscc ? firstLine.get(uscc) : undefined;
        if (uscc && earlier === undefined) firstLine.set(uscc, record.line);
        if (position < resumeAt) continue; // done before a restart

        const parsed = parseLedgerRow(record.cells);
        let problems: RowProblem[] | undefined = 'problems' in parsed ? parsed.problems : undefined;
        if (!problems && earlier !== undefined) {
          problems = [{ column: '统一社会信用代码', reason: `与第 ${earlier} 行重复，本行未导入 / same code as line ${earlier}; this row was skipped` }];
        }
        if (problems) refused.push({ _id: `${job._id}:${record.line}`, jobId: job._id, line: record.line, uscc: uscc || undefined, problems });
        else if ('row' in parsed) batch.push({ line: record.line, row: parsed.row });
        if (batch.length + refused.length >= this.settings.batchRows) await flush();
        if (leaseLost()) throw new LeaseLost();
        if (this.stopping) break;
      }
    } finally {
      stream.destroy();
      await writing;
    }
    if (this.stopping) {
      // A clean stop hands the job on at once instead of leaving it to the lease's end.
      await guardedUpdateOne(this.imports.jobs, job._id, { leaseEpoch: job.leaseEpoch }, { $set: { leaseUntil: new Date(0) } });
      return;
    }
    await flush();
    await writing;
    await this.finish(job);
  }

  /** Writes a batch and, in one write to the job, the rows done, the counts and the batch's events. */
  private async checkpoint(
    job: ImportJobDoc,
    processedRows: number,
    batch: { line: number; row: LedgerRow }[],
    refused: ImportRowErrorDoc[],
    ctx: LedgerBatchContext,
  ): Promise<ImportJobDoc> {
    const started = Date.now();
    const { outcomes, events } = batch.length ? await this.writer.apply(batch.map((b) => b.row), ctx) : { outcomes: [], events: [] as EventEnvelope[] };
    failpoint('import.after-ledger-write');
    const applied = Date.now();
    const counts = { created: 0, updated: 0, unchanged: 0, failed: refused.length };
    outcomes.forEach((outcome, i) => {
      if (outcome.kind === 'failed') {
        counts.failed += 1;
        refused.push({ _id: `${job._id}:${batch[i].line}`, jobId: job._id, line: batch[i].line, uscc: batch[i].row.uscc, problems: outcome.problems });
      } else counts[outcome.kind] += 1;
    });
    // A batch re-run after a crash finds its refused rows and its events stored already.
    if (refused.length) await insertSkippingDuplicates(this.imports.rowErrors, refused);

    const next: ImportJobDoc = {
      ...job,
      processedRows,
      created: job.created + counts.created,
      updated: job.updated + counts.updated,
      unchanged: job.unchanged + counts.unchanged,
      failed: job.failed + counts.failed,
    };
    const batchId = `${job._id}:${processedRows}`;
    await insertSkippingDuplicates(this.imports.batches, [withPackedEvents({ _id: batchId, jobId: job._id, processedRows }, [...events, progressEvent(next)])]);
    this.relay.nudge(this.imports.batches, batchId);
    const update = { $set: { processedRows, leaseUntil: this.leaseEnd() }, $inc: counts };
    if (!(await guardedUpdateOne(this.imports.jobs, job._id, { leaseEpoch: job.leaseEpoch }, update))) throw new LeaseLost();
    this.logger.debug({ jobId: job._id, processedRows, rows: batch.length + refused.length, ms: Date.now() - started, writeMs: applied - started }, 'import checkpoint');
    return next;
  }

  /** A failed attempt is retried after a pause that grows with each attempt; the third failure ends the job. */
  private async recordFailure(job: ImportJobDoc, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    const attempts = (job.attempts ?? 0) + 1;
    this.logger.error({ err: error, jobId: job._id, attempts }, 'import attempt failed');
    const failed = attempts >= MAX_ATTEMPTS;
    const update = failed
      ? pushEvents<ImportJobDoc>({ $set: { attempts, error: message, status: 'failed', finishedAt: new Date() } }, progressEvent({ ...job, status: 'failed' }))
      : { $set: { attempts, error: message, leaseUntil: new Date(Date.now() + RETRY_PAUSE_MS * attempts) } };
    const recorded = await guardedUpdateOne(this.imports.jobs, job._id, { leaseEpoch: job.leaseEpoch }, update);
    this.relay.nudge(this.imports.jobs, job._id);
    if (failed && recorded) await this.files.remove(job.fileId); // nothing reads it again; it holds people's details
  }

  private async finish(job: ImportJobDoc): Promise<void> {
    const done: ImportJobDoc = { ...job, status: 'completed', finishedAt: new Date() };
    const audit = this.audit.event({
      action: 'enterprise.import',
      target: { kind: 'import-job', id: job._id, orgPath: job.scopes[0] },
      changes: { status: { from: 'running', to: 'completed' }, created: { to: job.created }, updated: { to: job.updated }, failed: { to: job.failed } },
    });
    const update = pushEvents<ImportJobDoc>({ $set: { status: 'completed', finishedAt: done.finishedAt, leaseUntil: new Date(0) } }, progressEvent(done), audit);
    if (!(await guardedUpdateOne(this.imports.jobs, job._id, { leaseEpoch: job.leaseEpoch }, update))) throw new LeaseLost();
    this.relay.nudge(this.imports.jobs, job._id);
    await this.files.remove(job.fileId);
    this.logger.log({ jobId: job._id, rows: job.processedRows, created: job.created, updated: job.updated, failed: job.failed }, 'import completed');
  }
}

const MAX_ATTEMPTS = 3;
const RETRY_PAUSE_MS = 2000;
