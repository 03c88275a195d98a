import { Injectable } from '@nestjs/common';
import { UpdateQuery } from 'mongoose';
import { outOfScope } from '@dangjian/auth';
import {
  CommonErrorCode,
  EnterpriseMergedV1,
  EnterpriseRegisteredV1,
  EnterpriseStatusChangedV1,
  EnterpriseUpdatedV1,
  RegistryErrorCode,
} from '@dangjian/contracts';
import { USCC_PROBLEM_MESSAGES, normalizeUscc, proposeKindFromUscc, usccProblem } from '@dangjian/domain-identifiers';
import {
  memberCountsProblem,
  nameSearchKeys,
  shadowKeys,
  statusChangeAllowed,
  thresholdCrossings,
} from '@dangjian/domain-registry';
import { OutboxRelay } from '@dangjian/messaging';
import { AuditTrail, DomainException, RequestContext, callerEvent } from '@dangjian/platform';
import { ChangeStatusDto, CreateEnterpriseDto, MergeDto, UpdateEnterpriseDto } from './dtos/enterprise.dto';
import { EnterpriseDoc } from './enterprise.schema';
import { enterpriseAncestors } from './enterprise-scope';
import { EnterpriseView, enterpriseFacts, newEnterpriseDoc, toView } from './enterprise-factory';
import { EnterpriseListQuery, EnterprisesRepository, ledgerViewer } from './enterprises.repository';
import { LedgerSummary, ledgerSummary } from './ledger-summary';
import { Jurisdictions } from './jurisdictions';

const WHAT = '市场主体 / enterprise';

@Injectable()
export class EnterprisesService {
  constructor(
    private readonly enterprises: EnterprisesRepository,
    private readonly jurisdictions: Jurisdictions,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async get(id: string): Promise<EnterpriseView> {
    return toView(await this.load(id));
  }

  async list(query: EnterpriseListQuery): Promise<{ items: EnterpriseView[]; next?: string }> {
    const docs = await this.enterprises.list(ledgerViewer(), query);
    const last = docs[docs.length - 1];
    const field = query.sort === 'name' ? 'name' : query.sort;
    const next =
      docs.length === query.limit && last
        ? Buffer.from(JSON.stringify([field === 'updatedAt' ? last.updatedAt?.toISOString() : last[field], last._id])).toString('base64url')
        : undefined;
    return { items: docs.map(toView), next };
  }

  async summarize(query: Omit<EnterpriseListQuery, 'sort' | 'after' | 'limit'>): Promise<LedgerSummary> {
    const counts = await this.enterprises.summarize(ledgerViewer(), query);
    return ledgerSummary(counts);
  }

  async create(input: CreateEnterpriseDto): Promise<EnterpriseView> {
    const uscc = this.validUscc(input.uscc);
    const counts = this.validCounts({ partyMembers: input.partyMembers ?? 0, probationaryMembers: input.probationaryMembers ?? 0 });
    await this.validJurisdiction(input.orgPath);
    // One code, one record: the unique index on uscc refuses a second one (no scan before the insert).

    const by = RequestContext.principal()?.username ?? 'system';
    const doc = newEnterpriseDoc({ ...input, uscc, kind: input.kind ?? proposeKindFromUscc(uscc) ?? 'enterprise', ...counts }, by, new Date());
    const id = doc._id;
    doc.shadowSuspects = await this.enterprises.idsWithShadowKeys(doc.shadowKeys);
    const suspects = doc.shadowSuspects;
    const registered = callerEvent('registry', EnterpriseRegisteredV1, id, enterpriseFacts(doc as EnterpriseDoc));
    const audit = this.audit.event({
      action: 'enterprise.create',
      target: { kind: 'enterprise', id, orgPath: doc.orgPath },
      changes: { uscc: { to: uscc }, name: { to: doc.name }, orgPath: { to: doc.orgPath } },
    });
    try {
      await this.enterprises.create(doc, [registered, audit]);
    } catch (error) {
      if ((error as { code?: number }).code === 11000) throw this.duplicate(uscc);
      throw error;
    }
    await this.enterprises.addShadowSuspect(suspects, id);
    this.relay.nudge(this.enterprises.model, id);
    return toView({ ...doc, __v: 0 } as EnterpriseDoc);
  }

  async update(id: string, input: UpdateEnterpriseDto): Promise<EnterpriseView> {
    const current = await this.load(id);
    const { version, ...fields } = input;
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
      (k) => fields[k] !== undefined && JSON.stringify(fields[k]) !== JSON.stringify(current[k as keyof EnterpriseDoc]),
    );
    if (changed.length === 0) return toView(current);
    const next = { ...current, ...fields } as EnterpriseDoc;
    this.validCounts(next);
    if (changed.includes('orgPath')) await this.validJurisdiction(next.orgPath);

    const $set: Record<string, unknown> = {};
    const changes: Record<string, { from?: unknown; to?: unknown }> = {};
    for (const key of changed) {
      $set[key] = fields[key];
      changes[key] = { from: current[key as keyof EnterpriseDoc], to: fields[key] };
    }
    if (changed.includes('orgPath')) $set.orgAncestors = enterpriseAncestors(next.orgPath, current.partyOrg);
    if (changed.includes('name')) $set.searchKeys = nameSearchKeys(next.name);
    const update: UpdateQuery<EnterpriseDoc> = { $set };
    const countsChanged = ['employees', 'partyMembers', 'probationaryMembers'].some((k) => changed.includes(k as never));
    if (countsChanged) {
      update.$push = {
        countsHistory: {
          at: new Date(),
          by: RequestContext.principal()?.username ?? 'system',
          employees: next.employees,
          partyMembers: next.partyMembers,
          probationaryMembers: next.probationaryMembers,
        },
      };
    }
    let suspects: string[] = [];
    if (['name', 'address', 'legalRep'].some((k) => changed.includes(k as never))) {
      const keys = shadowKeys(next);
      suspects = await this.enterprises.idsWithShadowKeys(keys, id);
      $set.shadowKeys = keys;
      $set.shadowSuspects = [...new Set([...current.shadowSuspects, ...suspects])];
    }
    const updated = callerEvent('registry', EnterpriseUpdatedV1, id, { ...enterpriseFacts(next), changed, crossed: thresholdCrossings(current, next) });
    const audit = this.audit.event({ action: 'enterprise.update', target: { kind: 'enterprise', id, orgPath: next.orgPath }, changes });
    if ((await this.enterprises.updateAt(id, version, update, [updated, audit])) === 'stale') throw this.stale();
    await this.enterprises.addShadowSuspect(suspects, id);
    this.relay.nudge(this.enterprises.model, id);
    return this.get(id);
  }

  async changeStatus(id: string, input: ChangeStatusDto & { version?: number }): Promise<EnterpriseView> {
    const current = await this.load(id);
    if (!statusChangeAllowed(current.status, input.status)) {
      throw new DomainException(
        RegistryErrorCode.INVALID_STATUS_CHANGE,
        `不能从“${current.status}”变更为“${input.status}”（注销后不可恢复）/ Cannot change status from ${current.status} to ${input.status}`,
      );
    }
    const next = { ...current, status: input.status };
    const change = {
      from: current.status,
      to: input.status,
      effectiveOn: input.effectiveOn,
      reason: input.reason,
      at: new Date(),
      by: RequestContext.principal()?.username ?? 'system',
    };
    const event = callerEvent('registry', EnterpriseStatusChangedV1, id, { ...enterpriseFacts(next), from: current.status, reason: input.reason, effectiveOn: input.effectiveOn });
    const audit = this.audit.event({
      action: 'enterprise.update',
      target: { kind: 'enterprise', id, orgPath: current.orgPath },
      changes: { status: { from: current.status, to: input.status } },
    });
    const result = await this.enterprises.updateAt(id, input.version ?? current.__v ?? 0, { $set: { status: input.status }, $push: { statusHistory: change } }, [event, audit]);
    if (result === 'stale') throw this.stale();
    this.relay.nudge(this.enterprises.model, id);
    return this.get(id);
  }

  /**
   * Merges a shadow record into this one (影子企业合并): the duplicate is deregistered and points at
   * the survivor, and the survivor keeps a copy of the duplicate's histories beside its own. The
   * duplicate is written first; a merge interrupted between the two writes completes when repeated.
   */
  async merge(survivorId: string, input: MergeDto): Promise<EnterpriseView> {
    if (survivorId === input.duplicateId) throw this.mergeRefused('不能与自身合并 / cannot merge a record into itself');
    const [survivor, duplicate] = [await this.load(survivorId), await this.load(input.duplicateId)];
    if (survivor.mergedInto) throw this.mergeRefused('保留的记录已被合并到其他记录 / the surviving record was itself merged away');
    if (duplicate.mergedInto && duplicate.mergedInto !== survivorId) throw this.mergeRefused('该记录已合并到其他记录 / already merged into another record');
    if (survivor.mergedRecords?.some((m) => m.id === duplicate._id)) throw this.mergeRefused('该记录已合并 / already merged');

    const by = RequestContext.principal()?.username ?? 'system';
    const now = new Date();
    const reason = input.reason.trim();
    if (!duplicate.mergedInto) {
      const $set: Record<string, unknown> = { mergedInto: survivorId, shadowSuspects: duplicate.shadowSuspects.filter((id) => id !== survivorId) };
      const update: UpdateQuery<EnterpriseDoc> = { $set };
      const events = [];
      if (duplicate.status !== 'deregistered') {
        const statusReason = `影子企业，合并至 ${survivor.uscc}：${reason} / shadow record merged into ${survivor.uscc}`;
        const effectiveOn = now.toISOString().slice(0, 10);
        $set.status = 'deregistered';
        update.$push = { statusHistory: { from: duplicate.status, to: 'deregistered', effectiveOn, reason: statusReason, at: now, by } };
        events.push(
          callerEvent('registry', EnterpriseStatusChangedV1, duplicate._id, {
            ...enterpriseFacts({ ...duplicate, status: 'deregistered' }),
            from: duplicate.status,
            reason: statusReason,
            effectiveOn,
          }),
        );
      }
      if ((await this.enterprises.updateAt(duplicate._id, duplicate.__v ?? 0, update, events)) === 'stale') throw this.stale();
      this.relay.nudge(this.enterprises.model, duplicate._id);
    }

    const merged = {
      id: duplicate._id,
      uscc: duplicate.uscc,
      name: duplicate.name,
      orgPath: duplicate.orgPath,
      address: duplicate.address,
      legalRep: duplicate.legalRep,
      countsHistory: duplicate.countsHistory,
      statusHistory: duplicate.statusHistory,
      mergedAt: now,
      by,
      reason,
    };
    const event = callerEvent('registry', EnterpriseMergedV1, survivorId, { survivorId, survivorUscc: survivor.uscc, mergedId: duplicate._id, mergedUscc: duplicate.uscc, reason });
    const audit = this.audit.event({
      action: 'enterprise.merge',
      target: { kind: 'enterprise', id: survivorId, orgPath: survivor.orgPath },
      changes: { mergedRecords: { to: { id: duplicate._id, uscc: duplicate.uscc, name: duplicate.name } } },
    });
    const update: UpdateQuery<EnterpriseDoc> = {
      $set: { shadowSuspects: survivor.shadowSuspects.filter((id) => id !== duplicate._id) },
      $push: { mergedRecords: merged },
    };
    if ((await this.enterprises.updateAt(survivorId, survivor.__v ?? 0, update, [event, audit])) === 'stale') throw this.stale();
    this.relay.nudge(this.enterprises.model, survivorId);
    return this.get(survivorId);
  }

  private mergeRefused(why: string): DomainException {
    const [zh, en] = why.split(' / ');
    return new DomainException(RegistryErrorCode.MERGE_NOT_ALLOWED, `无法合并：${zh} / Cannot merge: ${en}`);
  }

  private async load(id: string): Promise<EnterpriseDoc> {
    const doc = await this.enterprises.findById(ledgerViewer(), id);
    if (!doc) throw outOfScope(WHAT);
    return doc;
  }

  private validUscc(raw: string): string {
    const uscc = normalizeUscc(raw);
    const problem = usccProblem(uscc);
    if (problem) {
      throw new DomainException(
        RegistryErrorCode.INVALID_CREDIT_CODE,
        `统一社会信用代码“${raw}”无效：${USCC_PROBLEM_MESSAGES[problem].zh} / Invalid credit code: ${USCC_PROBLEM_MESSAGES[problem].en}`,
        { uscc: raw, problem },
      );
    }
    return uscc;
  }

  private validCounts<T extends { partyMembers: number; probationaryMembers: number }>(counts: T): T {
    const problem = memberCountsProblem(counts);
    if (problem === 'probationary-above-total') {
      throw new DomainException(
        RegistryErrorCode.INVALID_MEMBER_COUNTS,
        `预备党员人数（${counts.probationaryMembers}）不能超过党员总数（${counts.partyMembers}）/ Probationary members cannot exceed party members`,
      );
    }
    if (problem === 'negative') {
      throw new DomainException(RegistryErrorCode.INVALID_MEMBER_COUNTS, '人数不能为负数 / Counts cannot be negative');
    }
    return counts;
  }

  private async validJurisdiction(path: string): Promise<void> {
    const unit = await this.jurisdictions.find(path);
    if (!unit || !['park', 'township'].includes(unit.kind)) {
      throw new DomainException(
        RegistryErrorCode.UNKNOWN_JURISDICTION,
        `辖区“${path}”不存在、不是园区或乡镇，或不在您的管辖范围内 / Unknown jurisdiction (must be a park or township within your scope)`,
        { orgPath: path },
      );
    }
  }

  private duplicate(uscc: string): DomainException {
    return new DomainException(RegistryErrorCode.DUPLICATE_CREDIT_CODE, `统一社会信用代码 ${uscc} 已登记 / Credit code already registered`, { uscc });
  }

  private stale(): DomainException {
    return new DomainException(CommonErrorCode.VERSION_CONFLICT, '该记录已被他人修改，请刷新后重试 / Changed by someone else, reload and retry');
  }
}
