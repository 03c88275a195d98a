import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { createHash, randomUUID } from 'node:crypto';
import { Model, UpdateQuery } from 'mongoose';
import { outOfScope } from '@dangjian/auth';
import { CommonErrorCode, EventEnvelope, RegistryErrorCode } from '@dangjian/contracts';
import { OutboxRelay, pushEvents } from '@dangjian/messaging';
import { documentKey, guardedUpdateOne, withDocumentLock } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext } from '@dangjian/platform';
import { LedgerBatchContext, LedgerWriter, RowOutcome } from '../ledger/ledger-writer';
import { HubChange, RawHubChange, readHubChange } from './hub-change';
import { HubClient, HubClientOptions } from './hub-client';
import { HubRunDoc, HubStateDoc, QuarantineDoc, RunTrigger } from './data-hub.schema';

export const HUB_STATE_MODEL = 'DataHubState';
export const HUB_RUN_MODEL = 'DataHubRun';
export const QUARANTINE_MODEL = 'DataHubQuarantine';
export const DATA_HUB_SETTINGS = Symbol('DATA_HUB_SETTINGS');
const STATE_ID = 'data-hub';

export interface DataHubSettings {
  hub?: HubClientOptions;
  /** Hub region codes → park/township paths. */
  regions: Record<string, string>;
  cron?: string;
  leaseMs: number;
  dropDir?: string;
  dropPollSeconds: number;
}

type Counts = Pick<HubRunDoc, 'fetched' | 'created' | 'updated' | 'unchanged' | 'quarantined'>;
export type RunView = Omit<HubRunDoc, '_id' | '_events'> & { id: string };
const runView = ({ _id, _events, ...rest }: HubRunDoc): RunView => ({ id: _id, ...rest });

/**
 * Applies registration changes from the government data-sharing platform (or a file drop) to the
 * ledger. One run at a time across replicas (a lease on the state document); a run that dies leaves
 * the watermark where it was, and the next run pulls the same changes again, which change nothing twice.
 */
@Injectable()
export class DataHubService {
  private readonly logger = new Logger(DataHubService.name);
  private readonly owner = randomUUID();

  constructor(
    @InjectModel(HUB_STATE_MODEL) private readonly state: Model<HubStateDoc>,
    @InjectModel(HUB_RUN_MODEL) readonly runs: Model<HubRunDoc>,
    @InjectModel(QUARANTINE_MODEL) readonly quarantine: Model<QuarantineDoc>,
    private readonly writer: LedgerWriter,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
    @Inject(DATA_HUB_SETTINGS) readonly settings: DataHubSettings,
  ) {}

  /** Starts a pull from the hub in the background; 409 when another run holds the lease. */
  async startPull(trigger: RunTrigger): Promise<RunView> {
    const hub = this.settings.hub;
    if (!hub) {
      throw new DomainException(RegistryErrorCode.DATA_HUB_NOT_CONFIGURED, '未配置数据共享平台地址（DATA_HUB_URL）/ The data hub is not configured');
    }
    const { run, state } = await this.begin(trigger);
    const audit = trigger === 'manual' ? [this.audit.event({ action: 'data-hub.run', target: { kind: 'data-hub-run', id: run._id }, changes: { trigger: { to: trigger } } })] : [];
    if (audit.length) {
      await this.writeRun(run._id, pushEvents({}, ...audit));
      this.relay.nudge(this.runs, run._id);
    }
    void this.pull(run, state, new HubClient(hub));
    return runView(run);
  }

  /** Takes the lease and opens a run; throws 409 when a run is under way. */
  async begin(trigger: RunTrigger, fileName?: string): Promise<{ run: HubRunDoc; state: HubStateDoc }> {
    const now = new Date();
    await this.state.updateOne({ _id: STATE_ID }, { $setOnInsert: { leaseEpoch: 0, leaseUntil: new Date(0) } }, { upsert: true });
    const state = (await this.state.findOne({ _id: STATE_ID }).lean<HubStateDoc>())!;
    const runId = randomUUID();
    const taken =
      state.leaseUntil.getTime() < now.getTime() &&
      (await guardedUpdateOne(this.state, STATE_ID, { leaseEpoch: state.leaseEpoch }, {
        $set: { leaseOwner: this.owner, leaseUntil: new Date(now.getTime() + this.settings.leaseMs), runId },
        $inc: { leaseEpoch: 1 },
      }));
    if (!taken) {
      throw new DomainException(RegistryErrorCode.DATA_HUB_RUN_IN_PROGRESS, '已有同步任务正在进行，请稍后再试 / A sync run is already under way', { runId: state.runId });
    }
    const run: HubRunDoc = {
      _id: runId,
      trigger,
      fileName,
      status: 'running',
      since: trigger === 'file-drop' ? undefined : state.watermark,
      pages: 0,
      fetched: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      quarantined: 0,
      requests: 0,
      retries: 0,
      startedAt: now,
    };
    await this.runs.create(run);
    return { run, state: { ...state, leaseEpoch: state.leaseEpoch + 1 } };
  }

  private async pull(run: HubRunDoc, state: HubStateDoc, client: HubClient): Promise<void> {
    let newest = state.watermark;
    try {
      for (let page = 1; ; page++) {
        const { records, hasMore } = await client.page(run.since, page);
        const counts = await this.applyChanges(run._id, `p${page}`, records, 'data-hub');
        for (const r of records) {
          const at = typeof r.changedAt === 'string' && !Number.isNaN(Date.parse(r.changedAt)) ? new Date(r.changedAt).toISOString() : undefined;
          if (at && (!newest || at > newest)) newest = at;
        }
        await this.progress(run, state, { ...counts.counts, requests: client.requests, retries: client.retries, pages: page }, counts.events);
        if (!hasMore || records.length === 0) break;
      }
      await this.end(run, state, { status: 'completed', watermark: newest });
    } catch (error) {
      this.logger.error({ err: error, runId: run._id }, 'data hub run failed');
      await this.end(run, state, { status: 'failed', error: (error as Error).message, requests: client.requests, retries: client.retries });
    }
  }

  /**
   * Reads and applies one page (or file batch) of changes, in order: a code that changes twice in
   * the page is applied twice, one wave after the other. Returns the counts and the events to store.
   */
  async applyChanges(runId: string, batchKey: string, records: RawHubChange[], source: QuarantineDoc['source']) {
    const counts: Counts = { fetched: records.length, created: 0, updated: 0, unchanged: 0, quarantined: 0 };
    const events: EventEnvelope[] = [];
    const waves: { change: HubChange; raw: RawHubChange }[][] = [];
    for (const raw of records) {
      const read = readHubChange(raw, this.settings.regions);
      if ('reasons' in read) {
        counts.quarantined += await this.hold(source, runId, raw, read.reasons);
        continue;
      }
      const wave = waves.find((w) => !w.some((c) => c.change.row.uscc === read.change.row.uscc));
      if (wave) wave.push({ change: read.change, raw });
      else waves.push([{ change: read.change, raw }]);
    }
    for (const [i, wave] of waves.entries()) {
      const result = await this.writer.apply(
        wave.map((c) => c.change.row),
        this.context(`${runId}:${batchKey}:${i}`, source),
      );
      events.push(...result.events);
      for (const [j, outcome] of result.outcomes.entries()) {
        if (outcome.kind === 'failed') counts.quarantined += await this.hold(source, runId, wave[j].raw, outcome.problems.map((p) => `${p.column}：${p.reason}`));
        else counts[outcome.kind] += 1;
      }
    }
    return { counts, events };
  }

  private context(runId: string, source: QuarantineDoc['source']): LedgerBatchContext {
    const label = source === 'file-drop' ? '文件交换' : '数据共享平台';
    return {
      runId,
      sourceLabel: label,
      scopes: [...new Set(Object.values(this.settings.regions))],
      actor: { kind: 'system', id: `registry-${source}`, name: label },
      by: source,
      jurisdictions: new Map(),
    };
  }

  /** Quarantines a change; the same change quarantined again (a re-run) stays one entry. Returns 1 if new. */
  private async hold(source: QuarantineDoc['source'], runId: string, raw: RawHubChange, reasons: string[]): Promise<number> {
    const key = typeof raw.changeId === 'string' && raw.changeId ? raw.changeId : createHash('sha256').update(JSON.stringify(raw)).digest('hex').slice(0, 24);
    try {
      await this.quarantine.create({ _id: `${source}:${key}`, source, runId, raw: raw as Record<string, unknown>, reasons, status: 'open' });
      return 1;
    } catch (error) {
      if ((error as { code?: number }).code === 11000) return 0;
      throw error;
    }
  }

  async progress(run: HubRunDoc, state: HubStateDoc, counts: Partial<HubRunDoc>, events: EventEnvelope[]): Promise<void> {
    const inc = Object.fromEntries((['fetched', 'created', 'updated', 'unchanged', 'quarantined'] as const).map((k) => [k, counts[k] ?? 0]));
    const set = Object.fromEntries(Object.entries(counts).filter(([k]) => !(k in inc)));
    await this.writeRun(run._id, pushEvents<HubRunDoc>({ $inc: inc, $set: set }, ...events));
    this.relay.nudge(this.runs, run._id);
    const renewed = await guardedUpdateOne(this.state, STATE_ID, { leaseEpoch: state.leaseEpoch }, { $set: { leaseUntil: new Date(Date.now() + this.settings.leaseMs) } });
    if (!renewed) throw new Error('同步租约已被其他实例接管 / the run lease was taken over');
  }

  async end(run: HubRunDoc, state: HubStateDoc, outcome: Partial<HubRunDoc> & { status: 'completed' | 'failed' }): Promise<void> {
    await this.writeRun(run._id, { $set: { ...outcome, finishedAt: new Date() } });
    const release: Record<string, unknown> = { leaseUntil: new Date(0) };
    if (outcome.status === 'completed' && outcome.watermark) release.watermark = outcome.watermark;
    await guardedUpdateOne(this.state, STATE_ID, { leaseEpoch: state.leaseEpoch }, { $set: release });
    this.relay.nudge(this.runs, run._id);
    this.logger.log({ runId: run._id, status: outcome.status, trigger: run.trigger }, 'data hub run ended');
  }

  /** Runs carry an outbox: every write to one goes through its document lock (see withDocumentLock). */
  private writeRun(id: string, update: UpdateQuery<HubRunDoc>) {
    return withDocumentLock(documentKey(this.runs, id), () => this.runs.updateOne({ _id: id }, update));
  }

  async listRuns(limit: number): Promise<RunView[]> {
    return (await this.runs.find().sort({ startedAt: -1 }).limit(limit).lean<HubRunDoc[]>()).map(runView);
  }

  async getRun(id: string): Promise<RunView> {
    const run = await this.runs.findOne({ _id: id }).lean<HubRunDoc>();
    if (!run) throw outOfScope('同步任务 / sync run');
    return runView(run);
  }

  async watermark(): Promise<string | undefined> {
    return (await this.state.findOne({ _id: STATE_ID }).lean<HubStateDoc>())?.watermark;
  }

  async listQuarantine(status: QuarantineDoc['status'] | undefined, limit: number): Promise<QuarantineDoc[]> {
    return this.quarantine.find(status ? { status } : {}).sort({ createdAt: -1 }).limit(limit).lean<QuarantineDoc[]>();
  }

  /** A person either applies the change (with corrections) or dismisses it with a note. */
  async resolve(id: string, action: 'apply' | 'dismiss', correction: RawHubChange, note?: string): Promise<QuarantineDoc> {
    const entry = await this.quarantine.findOne({ _id: id }).lean<QuarantineDoc>();
    if (!entry) throw outOfScope('隔离记录 / quarantined change');
    if (entry.status !== 'open') throw new DomainException(RegistryErrorCode.QUARANTINE_ALREADY_RESOLVED, '该记录已处理 / already resolved');
    const by = RequestContext.principal()?.username ?? 'system';
    let outcome: RowOutcome | undefined;
    if (action === 'apply') {
      const raw = { ...entry.raw, ...correction };
      const read = readHubChange(raw, this.settings.regions);
      if ('reasons' in read) {
        throw new DomainException(CommonErrorCode.VALIDATION_FAILED, `修正后仍有问题：${read.reasons.map((r) => r.split(' / ')[0]).join('；')} / Still invalid`, { reasons: read.reasons });
      }
      const result = await this.writer.apply([read.change.row], this.context(`quarantine:${id}`, entry.source));
      outcome = result.outcomes[0];
      if (outcome.kind === 'failed') {
        throw new DomainException(CommonErrorCode.VALIDATION_FAILED, `无法写入台账：${outcome.problems.map((p) => `${p.column}：${p.reason.split(' / ')[0]}`).join('；')} / Cannot apply`, {
          problems: outcome.problems,
        });
      }
      await this.writeRun(entry.runId, pushEvents({}, ...result.events));
      this.relay.nudge(this.runs, entry.runId);
    }
    const status = action === 'apply' ? 'resolved' : 'dismissed';
    const audit = this.audit.event({ action: `data-hub.${action}`, target: { kind: 'quarantined-change', id }, changes: { status: { from: 'open', to: status }, ...(note ? { note: { to: note } } : {}) } });
    await this.writeRun(entry.runId, pushEvents({}, audit));
    this.relay.nudge(this.runs, entry.runId);
    if (!(await guardedUpdateOne(this.quarantine, id, { status: 'open' }, { $set: { status, resolvedBy: by, resolvedAt: new Date(), note } }))) {
      throw new DomainException(RegistryErrorCode.QUARANTINE_ALREADY_RESOLVED, '该记录已处理 / already resolved');
    }
    return { ...entry, status, resolvedBy: by, note };
  }
}
