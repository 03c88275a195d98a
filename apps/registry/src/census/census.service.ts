import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import { Model } from 'mongoose';
import { callerScopes, inAnyScope, outOfScope, pathAncestors } from '@dangjian/auth';
import {
  CENSUS_STAGES,
  CensusStage,
  EnterpriseAdmittedV1,
  EnterpriseRemovedV1,
  RegistryErrorCode,
} from '@dangjian/contracts';
import { applyCheck } from '@dangjian/domain-registry';
import { OutboxRelay, createEvent, pushEvents } from '@dangjian/messaging';
import { insertSkippingDuplicates, storageFor, withDocumentLocks } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext } from '@dangjian/platform';
import { EnterpriseDoc } from '../enterprises/enterprise.schema';
import { ENTERPRISE_MODEL } from '../enterprises/enterprises.repository';
import { Jurisdictions } from '../enterprises/jurisdictions';
import { CheckDto } from './dtos/census.dto';
import { CampaignDoc, CensusRecordDoc } from './census.schema';

export const CAMPAIGN_MODEL = 'CensusCampaign';
export const CENSUS_RECORD_MODEL = 'CensusRecord';
const BATCH = 500;
const STAGE_LABELS: Record<CensusStage, string> = {
  'township-preliminary': '乡镇初步查',
  'liaison-on-site': '挂点干部上门查',
  'industry-filter': '产业办过滤查',
  'responsible-unit-summary': '责任单位汇总查',
  'org-dept-standard': '组织部门规范查',
};

export interface StageProgress {
  orgPath: string;
  total: number;
  /** Records waiting at each check. */
  waitingAt: Record<CensusStage, number>;
  inBase: number;
  excluded: Record<string, number>;
}

@Injectable()
export class CensusService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CensusService.name);

  constructor(
    @InjectModel(CAMPAIGN_MODEL) private readonly campaigns: Model<CampaignDoc>,
    @InjectModel(CENSUS_RECORD_MODEL) readonly records: Model<CensusRecordDoc>,
    @InjectModel(ENTERPRISE_MODEL) private readonly enterprises: Model<EnterpriseDoc>,
    private readonly jurisdictions: Jurisdictions,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  /** A campaign interrupted while copying the ledger resumes where it stopped. */
  async onApplicationBootstrap(): Promise<void> {
    for (const campaign of await this.campaigns.find({ status: 'preparing' }).lean()) {
      this.logger.log({ campaignId: campaign._id }, 'resuming census snapshot');
      void this.snapshot(campaign).catch((error) => this.logger.error({ err: error }, 'census snapshot failed'));
    }
  }

  async start(year: number, orgPath: string): Promise<CampaignDoc> {
    if (!inAnyScope(orgPath, callerScopes())) throw this.unknownJurisdiction(orgPath);
    if (orgPath.split('/').length > 2) {
      const unit = await this.jurisdictions.find(orgPath);
      if (!unit) throw this.unknownJurisdiction(orgPath);
    }
    const campaign: CampaignDoc = { _id: randomUUID(), year, orgPath, orgAncestors: pathAncestors(orgPath), status: 'preparing', records: 0 };
    try {
      await this.campaigns.create(campaign);
    } catch (error) {
      if ((error as { code?: number }).code === 11000) {
        throw new DomainException(RegistryErrorCode.CENSUS_CAMPAIGN_EXISTS, `${orgPath} 的 ${year} 年度普查已存在 / A census for this year and jurisdiction exists`);
      }
      throw error;
    }
    return this.snapshot(campaign);
  }

  /**
   * Copies the current ledger (not deregistered) into census records, in batches, resumably. One
   * cursor by `_id`: FerretDB scans the ledger once, where a query per batch would scan it each time.
   */
  private async snapshot(campaign: CampaignDoc): Promise<CampaignDoc> {
    let after = campaign.preparedUpTo;
    const cursor = this.enterprises
      .find({ orgAncestors: campaign.orgPath, status: { $ne: 'deregistered' }, ...(after ? { _id: { $gt: after } } : {}) })
      .sort({ _id: 1 })
      .lean()
      .cursor({ batchSize: BATCH });
    let batch: EnterpriseDoc[] = [];
    const copy = async () => {
      if (batch.length === 0) return;
      const docs = batch.map((e) => ({
        _id: `${campaign._id}:${e._id}`,
        campaignId: campaign._id,
        year: campaign.year,
        enterpriseId: e._id,
        uscc: e.uscc,
        name: e.name,
        kind: e.kind,
        orgPath: e.orgPath,
        orgAncestors: e.orgAncestors,
        passed: 0,
        outcome: 'pending' as const,
        checks: [],
      }));
      // Already copied before a crash: the ids are deterministic, duplicates are skipped.
      await insertSkippingDuplicates(this.records, docs);
      after = batch[batch.length - 1]._id;
      batch = [];
      await this.campaigns.updateOne({ _id: campaign._id }, { $set: { preparedUpTo: after } });
    };
    for await (const enterprise of cursor as AsyncIterable<EnterpriseDoc>) {
      batch.push(enterprise);
      if (batch.length >= BATCH) await copy();
    }
    await copy();
    const records = await this.records.countDocuments({ campaignId: campaign._id });
    await this.campaigns.updateOne({ _id: campaign._id }, { $set: { status: 'open', records } });
    return { ...campaign, status: 'open', records, preparedUpTo: after };
  }

  /**
   * Campaigns the caller takes part in: those inside its scope, and those covering it (a county-wide
   * census is a park's census too; the park sees and checks only its own records in it).
   */
  private visibleFilter(): Record<string, unknown> {
    const scopes = [...callerScopes()];
    const covering = [...new Set(scopes.flatMap((s) => pathAncestors(s)))];
    return { $or: [{ orgAncestors: { $in: scopes } }, { orgPath: { $in: covering } }] };
  }

  async list(): Promise<CampaignDoc[]> {
    return this.campaigns.find(this.visibleFilter()).sort({ year: -1, orgPath: 1 }).limit(200).lean();
  }

  async campaign(id: string): Promise<CampaignDoc> {
    const campaign = await this.campaigns.findOne({ _id: id, ...this.visibleFilter() }).lean();
    if (!campaign) throw outOfScope('普查 / census campaign');
    return campaign;
  }

  async check(campaignId: string, enterpriseId: string, input: CheckDto): Promise<CensusRecordDoc> {
    const { skipped } = await this.bulkCheck(campaignId, [enterpriseId], input);
    if (skipped.length) {
      const [problem] = skipped;
      if (problem.code === 'NOT_FOUND') throw outOfScope('普查记录 / census record');
      throw new DomainException(problem.code as RegistryErrorCode, problem.message, { expected: problem.expected ?? null });
    }
    return (await this.records.findById(`${campaignId}:${enterpriseId}`).lean())!;
  }

  /**
   * The same check for many records in one round trip: each record is checked against its own next
   * check, and updated only if still in the state it was read in; the rest are reported, not failed.
   * Each applied check carries its own events (admitted/removed, audit) in the record's outbox.
   */
  async bulkCheck(campaignId: string, enterpriseIds: string[], input: CheckDto) {
    const campaign = await this.campaign(campaignId);
    if (campaign.status !== 'open') {
      throw new DomainException(RegistryErrorCode.CENSUS_CAMPAIGN_CLOSED, '该普查尚未开始或已结束 / The campaign is not open');
    }
    if (input.verdict === 'exclude' && !input.reason) {
      throw new DomainException(RegistryErrorCode.CENSUS_EXCLUSION_REASON_REQUIRED, '剔除时须注明原因：空壳、僵尸、影子或其他 / Give the reason for excluding: shell, zombie, shadow or other');
    }
    const ids = [...new Set(enterpriseIds)].map((e) => `${campaignId}:${e}`);
    const skipped: { enterpriseId: string; code: string; message: string; expected?: string }[] = [];
    let applied = 0;
    const appliedIds: string[] = [];
    await withDocumentLocks(this.records, ids, async () => {
      const scopes = callerScopes();
      const found = await this.records.find({ _id: { $in: ids } }).lean<CensusRecordDoc[]>();
      const byId = new Map(found.filter((r): r is CensusRecordDoc => r !== null && inAnyScope(r.orgPath, scopes)).map((r) => [r._id, r]));
      const principal = RequestContext.principal();
      const by = principal?.username ?? 'system';
      const actor = principal ? { kind: principal.kind, id: principal.id, name: by } : { kind: 'system' as const, id: 'registry' };
      const at = new Date();
      const updates = [];
      for (const id of ids) {
        const enterpriseId = id.slice(campaignId.length + 1);
        const record = byId.get(id);
        if (!record) {
          skipped.push({ enterpriseId, code: 'NOT_FOUND', message: '未找到该普查记录 / Census record not found' });
          continue;
        }
        const result = applyCheck({ passed: record.passed, outcome: record.outcome }, input.stage, input.verdict);
        if (!result.ok) {
          const message =
            result.problem === 'finished'
              ? `该企业的普查已完成（${record.outcome === 'in-base' ? '已纳入党建基数' : '已剔除'}）/ This record's census is finished`
              : `应先完成“${STAGE_LABELS[result.expected!]}” / The next check is ${result.expected}`;
          skipped.push({ enterpriseId, code: RegistryErrorCode.CENSUS_STAGE_OUT_OF_ORDER, message, expected: result.expected });
          continue;
        }
        const $set: Record<string, unknown> = { passed: result.next.passed, outcome: result.next.outcome };
        const events = [];
        const membership = { enterpriseId, uscc: record.uscc, kind: record.kind, orgPath: record.orgPath, campaignId, year: record.year };
        if (result.next.outcome === 'excluded') {
          $set.exclusion = { reason: input.reason!, stage: input.stage, note: input.comment, by, at };
          events.push(createEvent('registry', EnterpriseRemovedV1, { subject: enterpriseId, actor, requestId: RequestContext.requestId(), data: { ...membership, reason: input.reason!, stage: input.stage, note: input.comment } }));
        } else if (result.next.outcome === 'in-base') {
          events.push(createEvent('registry', EnterpriseAdmittedV1, { subject: enterpriseId, actor, requestId: RequestContext.requestId(), data: membership }));
        }
        events.push(
          this.audit.event({
            action: 'census-check.create',
            target: { kind: 'census-record', id, orgPath: record.orgPath },
            changes: { [input.stage]: { to: input.verdict }, ...(input.reason ? { reason: { to: input.reason } } : {}) },
          }),
        );
        appliedIds.push(id);
        updates.push({
          id,
          guard: { passed: record.passed, outcome: record.outcome },
          update: pushEvents<CensusRecordDoc>({ $set, $push: { checks: { stage: input.stage, verdict: input.verdict, by, at, comment: input.comment } } }, ...events),
        });
      }
      applied = await (await storageFor(this.records.db)).guardedUpdatesLocked(this.records, updates);
    });
    for (const op of appliedIds) this.relay.nudge(this.records, op);
    return { applied, skipped };
  }

  async listRecords(campaignId: string, query: { stage?: CensusStage; outcome?: string; after?: string; limit: number }) {
    await this.campaign(campaignId);
    const filter: Record<string, unknown> = { campaignId, orgAncestors: { $in: [...callerScopes()] } };
    if (query.stage) Object.assign(filter, { passed: CENSUS_STAGES.indexOf(query.stage), outcome: 'pending' });
    if (query.outcome) filter.outcome = query.outcome;
    if (query.after) filter._id = { $gt: query.after };
    const items = await this.records.find(filter).sort({ _id: 1 }).limit(query.limit).lean();
    const last = items[items.length - 1];
    return { items, next: items.length === query.limit && last ? last._id : undefined };
  }

  /** Progress per check per jurisdiction, and the base by kind; computed in the database. */
  async progress(campaignId: string): Promise<{ campaign: CampaignDoc; byJurisdiction: StageProgress[]; base: Record<string, number> }> {
    const campaign = await this.campaign(campaignId);
    const groups = await this.records.aggregate<{ _id: { orgPath: string; passed: number; outcome: string; reason?: string; kind: string }; n: number }>([
      { $match: { campaignId, orgAncestors: { $in: [...callerScopes()] } } },
      { $group: { _id: { orgPath: '$orgPath', passed: '$passed', outcome: '$outcome', reason: '$exclusion.reason', kind: '$kind' }, n: { $sum: 1 } } },
    ]);
    const byPath = new Map<string, StageProgress>();
    const base: Record<string, number> = { enterprise: 0, 'social-org': 0, individual: 0 };
    for (const { _id, n } of groups) {
      const row =
        byPath.get(_id.orgPath) ??
        ({ orgPath: _id.orgPath, total: 0, waitingAt: Object.fromEntries(CENSUS_STAGES.map((s) => [s, 0])), inBase: 0, excluded: {} } as StageProgress);
      byPath.set(_id.orgPath, row);
      row.total += n;
      if (_id.outcome === 'pending') row.waitingAt[CENSUS_STAGES[_id.passed]] += n;
      else if (_id.outcome === 'in-base') {
        row.inBase += n;
        base[_id.kind] = (base[_id.kind] ?? 0) + n;
      } else row.excluded[_id.reason ?? 'other'] = (row.excluded[_id.reason ?? 'other'] ?? 0) + n;
    }
    return { campaign, byJurisdiction: [...byPath.values()].sort((a, b) => a.orgPath.localeCompare(b.orgPath)), base };
  }

  private unknownJurisdiction(path: string): DomainException {
    return new DomainException(RegistryErrorCode.UNKNOWN_JURISDICTION, `辖区“${path}”不存在或不在您的管辖范围内 / Unknown jurisdiction`, { orgPath: path });
  }
}
