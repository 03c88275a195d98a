import { Injectable } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import { AnyBulkWriteOperation } from 'mongoose';
import { inAnyScope } from '@dangjian/auth';
import { EnterpriseRegisteredV1, EnterpriseStatusChangedV1, EnterpriseUpdatedV1, EventEnvelope } from '@dangjian/contracts';
import { memberCountsProblem, nameSearchKeys, shadowKeys, statusChangeAllowed, thresholdCrossings } from '@dangjian/domain-registry';
import { OutboxRelay, createEvent, pushEvents } from '@dangjian/messaging';
import { insertSkippingDuplicates, withDocumentLocks } from '@dangjian/persistence';
import { EnterpriseDoc } from '../enterprises/enterprise.schema';
import { enterpriseAncestors } from '../enterprises/enterprise-scope';
import { NewEnterprise, enterpriseFacts, newEnterpriseDoc } from '../enterprises/enterprise-factory';
import { EnterprisesRepository } from '../enterprises/enterprises.repository';
import { ShadowKeyEntry } from '../enterprises/shadow-key-index';
import { Jurisdictions } from '../enterprises/jurisdictions';
import { LedgerRow, RowProblem, STATUS_LABELS } from './ledger-columns';

const EVENT_NAMESPACE = '0b6c4f0e-8f3a-4d8e-b7a2-4f6a1c9d2e57';
/** FerretDB 1.24 stalls on one write command of about 100 statements. */
const WRITE_CHUNK = 50;

export interface LedgerBatchContext {
  /** Import job or sync run: makes event ids repeatable, so a batch re-run after a crash sends nothing twice. */
  runId: string;
  /** Where the changes come from, written into histories (导入 / 数据共享平台). */
  sourceLabel: string;
  scopes: readonly string[];
  actor: { kind: 'user' | 'service' | 'system'; id: string; name?: string };
  by: string;
  /** Jurisdiction answers cached for the run. */
  jurisdictions: Map<string, boolean>;
}

export type RowOutcome = { kind: 'created' | 'updated' | 'unchanged'; id: string } | { kind: 'failed'; problems: RowProblem[] };

const COUNT_FIELDS = ['employees', 'partyMembers', 'probationaryMembers'] as const;
const PLAIN_FIELDS = [
  'name',
  'kind',
  'orgPath',
  'grid',
  'industryCode',
  'aboveScale',
  'address',
  'legalRep',
  'investor',
  'partyOrgStatus',
  'noOrgReason',
  'developmentNeeds',
  ...COUNT_FIELDS,
] as const;

/**
 * Applies many ledger rows at once: new codes are inserted together, known codes are compared and
 * only real changes written. An update's events ride in the record's own write, so a crash cannot
 * separate a change from its events. New records' events are returned (not written) for the caller
 * to store with its progress checkpoint in one write: a re-run recognizes its own inserts
 * (`importRunId`) and sends their events again with the same ids.
 */
@Injectable()
export class LedgerWriter {
  constructor(
    private readonly enterprises: EnterprisesRepository,
    private readonly jurisdictions: Jurisdictions,
    private readonly relay: OutboxRelay,
  ) {}

  async apply(rows: LedgerRow[], ctx: LedgerBatchContext): Promise<{ outcomes: RowOutcome[]; events: EventEnvelope[]; createdIds: string[] }> {
    const outcomes: RowOutcome[] = new Array(rows.length);
    const events: EventEnvelope[] = [];
    const now = new Date();
    const model = this.enterprises.model;

    const candidates: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      if (await this.jurisdictionOk(rows[i].orgPath, ctx)) candidates.push(i);
      else outcomes[i] = failed('所属辖区', '辖区不存在、不是园区或乡镇，或不在您的管辖范围内 / unknown jurisdiction or outside your scope');
    }

    // Ids derive from the codes. Records already in the ledger are read first, by `_id` (which both
    // servers answer from their index): a batch insert that meets one falls back to row-by-row
    // inserts on FerretDB. New codes go in together; one another writer inserted meanwhile comes
    // back as a duplicate-key error and is read then.
    const fresh = candidates.map((i) => ({ i, doc: newEnterpriseDoc(asNewEnterprise(rows[i]), ctx.by, now, `${ctx.sourceLabel}登记 / registered by ${ctx.sourceLabel}`) }));
    const stored = await this.readStored(fresh.map((f) => f.doc._id));
    const inserting = fresh.filter((f) => !stored.has(f.doc._id));
    const listing = await this.enterprises.shadowKeys.add(inserting.map((f) => ({ id: f.doc._id, keys: f.doc.shadowKeys })));
    const raced: string[] = [];
    for (let k = 0; k < inserting.length; k += 500) {
      const chunk = inserting.slice(k, k + 500);
      const failedAt = await insertSkippingDuplicates(model, chunk.map((f) => ({ ...f.doc, __v: 0, importRunId: ctx.runId })));
      chunk.forEach((f, j) => (failedAt.has(j) ? raced.push(f.doc._id) : (outcomes[f.i] = { kind: 'created', id: f.doc._id })));
    }
    for (const [id, doc] of await this.readStored(raced)) stored.set(id, doc);
    const createdIds: string[] = [];
    const rekeyed: ShadowKeyEntry[] = [];
    for (const f of inserting) {
      if (outcomes[f.i]?.kind !== 'created') continue;
      createdIds.push(f.doc._id);
      rekeyed.push({ id: f.doc._id, keys: f.doc.shadowKeys });
      events.push(this.event(EnterpriseRegisteredV1, f.doc._id, enterpriseFacts(f.doc as EnterpriseDoc), ctx, 'registered'));
    }

    const existingIdx = fresh.filter((f) => outcomes[f.i] === undefined).map((f) => f.i);
    if (existingIdx.length) {
      const byCode = new Map([...stored.values()].map((d) => [d.uscc, d]));
      const ops: AnyBulkWriteOperation<EnterpriseDoc>[] = [];
      for (const i of existingIdx) {
        const current = byCode.get(rows[i].uscc);
        if (!current) {
          outcomes[i] = failed('统一社会信用代码', '写入失败，请重试 / could not be written, retry');
          continue;
        }
        if (!inAnyScope(current.orgPath, ctx.scopes)) {
          outcomes[i] = failed('统一社会信用代码', '该信用代码已在您管辖范围以外登记 / already registered outside your jurisdiction');
          continue;
        }
        // Inserted by this very run before a crash: the same row read again, its registration event sent again (same id).
        if (current.importRunId === ctx.runId) {
          outcomes[i] = { kind: 'created', id: current._id };
          createdIds.push(current._id);
          rekeyed.push({ id: current._id, keys: current.shadowKeys ?? [] });
          events.push(this.event(EnterpriseRegisteredV1, current._id, enterpriseFacts(current), ctx, 'registered'));
          continue;
        }
        const change = this.changeOf(current, rows[i], ctx, now);
        if ('problem' in change) {
          outcomes[i] = failed(change.column, change.problem);
          continue;
        }
        if (!change.update) {
          // Changed by this very run before a crash: its events are in the record's outbox already.
          outcomes[i] = { kind: current.changeRunId === ctx.runId ? 'updated' : 'unchanged', id: current._id };
          continue;
        }
        const keys = (change.update.$set as Partial<EnterpriseDoc>).shadowKeys;
        if (keys) rekeyed.push({ id: current._id, keys });
        (change.update.$set as Partial<EnterpriseDoc>).changeRunId = ctx.runId;
        ops.push({ updateOne: { filter: { _id: current._id }, update: pushEvents(change.update, ...change.events) } });
        outcomes[i] = { kind: 'updated', id: current._id };
      }
      const created = new Set(createdIds);
      const changedKeys = await this.enterprises.shadowKeys.add(rekeyed.filter((r) => !created.has(r.id)));
      for (const [key, ids] of changedKeys) listing.set(key, ids);
      for (let k = 0; k < ops.length; k += WRITE_CHUNK) {
        const chunk = ops.slice(k, k + WRITE_CHUNK);
        const ids = chunk.map((op) => ('updateOne' in op ? op.updateOne.filter._id : undefined));
        await withDocumentLocks(model, ids, () => model.bulkWrite(chunk, { ordered: false }));
        for (const id of ids) this.relay.nudge(model, id);
      }
    }
    await this.enterprises.flagShadows(rekeyed, listing);
    return { outcomes, events, createdIds };
  }

  private async readStored(ids: string[]): Promise<Map<string, EnterpriseDoc & { importRunId?: string }>> {
    if (!ids.length) return new Map();
    const docs = await this.enterprises.model.find({ _id: { $in: ids } }).select('+importRunId +changeRunId +shadowKeys').lean<(EnterpriseDoc & { importRunId?: string })[]>();
    return new Map(docs.map((d) => [d._id, d]));
  }

  /** What a row changes on an existing record: the update and its events, nothing, or why it cannot. */
  private changeOf(
    current: EnterpriseDoc,
    row: LedgerRow,
    ctx: LedgerBatchContext,
    now: Date,
  ): { update?: Record<string, unknown>; events: EventEnvelope[] } | { column: string; problem: string } {
    const $set: Record<string, unknown> = {};
    const changed: string[] = [];
    for (const field of PLAIN_FIELDS) {
      const value = row[field];
      if (value !== undefined && value !== current[field]) {
        $set[field] = value;
        changed.push(field);
      }
    }
    const massOrgs = {
      union: row.union ?? current.massOrgs?.union ?? false,
      youthLeague: row.youthLeague ?? current.massOrgs?.youthLeague ?? false,
      womensFederation: row.womensFederation ?? current.massOrgs?.womensFederation ?? false,
    };
    const massOrgsBefore = {
      union: current.massOrgs?.union ?? false,
      youthLeague: current.massOrgs?.youthLeague ?? false,
      womensFederation: current.massOrgs?.womensFederation ?? false,
    };
    if (JSON.stringify(massOrgs) !== JSON.stringify(massOrgsBefore)) {
      $set.massOrgs = massOrgs;
      changed.push('massOrgs');
    }
    const statusChanged = row.status !== undefined && row.status !== current.status;
    if (!changed.length && !statusChanged) return { events: [] };

    const next = { ...current, ...$set } as EnterpriseDoc;
    if (memberCountsProblem(next) === 'probationary-above-total') {
      return { column: '预备党员人数', problem: '预备党员人数不能超过党员人数 / probationary members cannot exceed party members' };
    }
    const update: Record<string, unknown> = { $set, $inc: { __v: 1 } };
    const push: Record<string, unknown> = {};
    if (changed.includes('orgPath')) $set.orgAncestors = enterpriseAncestors(next.orgPath, current.partyOrg);
    if (changed.includes('name')) $set.searchKeys = nameSearchKeys(next.name);
    if (['name', 'address', 'legalRep'].some((f) => changed.includes(f))) $set.shadowKeys = shadowKeys(next);
    if (COUNT_FIELDS.some((f) => changed.includes(f))) {
      push.countsHistory = { at: now, by: ctx.by, employees: next.employees, partyMembers: next.partyMembers, probationaryMembers: next.probationaryMembers };
    }
    const events: EventEnvelope[] = [];
    if (changed.length) {
      events.push(this.event(EnterpriseUpdatedV1, current._id, { ...enterpriseFacts(next), changed, crossed: thresholdCrossings(current, next) }, ctx, 'updated'));
    }
    if (statusChanged && row.status) {
      if (!statusChangeAllowed(current.status, row.status)) {
        return { column: '经营状态', problem: `不能从“${STATUS_LABELS[current.status]}”变更为“${STATUS_LABELS[row.status]}” / status change not allowed` };
      }
      $set.status = row.status;
      next.status = row.status;
      const reason = `${ctx.sourceLabel}变更 / changed by ${ctx.sourceLabel}`;
      const effectiveOn = now.toISOString().slice(0, 10);
      push.statusHistory = { from: current.status, to: row.status, effectiveOn, reason, at: now, by: ctx.by };
      events.push(this.event(EnterpriseStatusChangedV1, current._id, { ...enterpriseFacts(next), from: current.status, reason, effectiveOn }, ctx, 'status'));
    }
    if (Object.keys(push).length) update.$push = push;
    return { update, events };
  }

  private async jurisdictionOk(path: string, ctx: LedgerBatchContext): Promise<boolean> {
    if (!inAnyScope(path, ctx.scopes)) return false;
    let ok = ctx.jurisdictions.get(path);
    if (ok === undefined) {
      const unit = await this.jurisdictions.find(path);
      ok = !!unit && ['park', 'township'].includes(unit.kind);
      ctx.jurisdictions.set(path, ok);
    }
    return ok;
  }

  private event<T>(definition: { type: string; version: number; schema: import('zod').ZodType<T> }, subject: string, data: T, ctx: LedgerBatchContext, what: string) {
    return createEvent('registry', definition, { id: uuidv5(`${ctx.runId}:${subject}:${what}`, EVENT_NAMESPACE), subject, data, actor: ctx.actor });
  }
}

function asNewEnterprise(row: LedgerRow): NewEnterprise {
  const { union, youthLeague, womensFederation, ...fields } = row;
  return { ...fields, massOrgs: { union: union ?? false, youthLeague: youthLeague ?? false, womensFederation: womensFederation ?? false } };
}

function failed(column: string, reason: string): RowOutcome {
  return { kind: 'failed', problems: [{ column, reason }] };
}
