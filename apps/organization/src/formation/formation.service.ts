import { Injectable } from '@nestjs/common';
import { callerScopes, outOfScope } from '@dangjian/auth';
import { OrganizationErrorCode, PartyOrgForm } from '@dangjian/contracts';
import { SUGGESTION_LABELS } from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { AuditTrail, DomainException, RequestContext } from '@dangjian/platform';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { OrgUnitsService } from '../org-units/org-units.service';
import { BranchEnterprisesRepository } from '../party-orgs/branch-enterprises.repository';
import { BranchEnterprisesService } from '../party-orgs/branch-enterprises.service';
import { FormationAdvisor } from './formation-advisor';
import { FormationRepository, SuggestionListQuery } from './formation.repository';
import { SuggestionDoc } from './formation.schema';

const WHAT = '组建建议 / suggestion';

/** A suggestion as callers see it: its document without the storage fields, with the kind's label. */
export type SuggestionView = Omit<SuggestionDoc, '_id' | 'orgAncestors' | 'enterpriseIds' | '_events' | '__v'> & { id: string; label: string };

function toView(doc: SuggestionDoc): SuggestionView {
  return {
    id: doc._id,
    jurisdiction: doc.jurisdiction,
    kind: doc.kind,
    label: SUGGESTION_LABELS[doc.kind],
    enterprises: doc.enterprises,
    branchId: doc.branchId,
    reason: doc.reason,
    status: doc.status,
    openedAt: doc.openedAt,
    closedAt: doc.closedAt,
    decidedBy: doc.decidedBy,
    note: doc.note,
    result: doc.result,
  };
}

const notOpen = (doc: SuggestionDoc) =>
  new DomainException(OrganizationErrorCode.SUGGESTION_NOT_OPEN, '该建议已处理或已不再适用，请刷新 / The suggestion was handled or no longer applies; reload', { id: doc._id, status: doc.status });

/**
 * The formation advisor's suggestions as the park's tasks: listed per jurisdiction, accepted (the
 * change made in one step through the same services a clerk would use, so every rule, event and
 * audit record applies) or dismissed with a note.
 */
@Injectable()
export class FormationService {
  constructor(
    private readonly formation: FormationRepository,
    private readonly advisor: FormationAdvisor,
    private readonly units: OrgUnitsRepository,
    private readonly orgUnits: OrgUnitsService,
    private readonly branchEnterprises: BranchEnterprisesService,
    private readonly branches: BranchEnterprisesRepository,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async list(path: string, query: SuggestionListQuery): Promise<{ items: SuggestionView[]; next?: string }> {
    if (!(await this.units.findByPath(callerScopes(), path))) throw outOfScope('辖区 / jurisdiction');
    const docs = (await this.formation.list(callerScopes(), path, { ...query, limit: query.limit + 1 })) ?? [];
    const items = docs.slice(0, query.limit).map(toView);
    return docs.length > query.limit ? { items, next: items[items.length - 1].id } : { items };
  }

  async get(id: string): Promise<SuggestionView> {
    return toView(await this.find(id));
  }

  /** Makes the suggested change, once the advice is confirmed to hold on today's facts. */
  async accept(id: string, note?: string): Promise<SuggestionView> {
    let doc = await this.find(id);
    if (doc.status === 'open') {
      await this.advisor.advise(doc.jurisdiction); // facts may have moved since it was found
      doc = await this.find(id);
    }
    if (doc.status !== 'open') throw notOpen(doc);
    const result = await this.apply(doc);
    return this.close(doc, 'accepted', note ?? null, result, { status: { from: 'open', to: 'accepted' }, result: { to: result } });
  }

  async dismiss(id: string, note: string): Promise<SuggestionView> {
    const doc = await this.find(id);
    if (doc.status !== 'open') throw notOpen(doc);
    return this.close(doc, 'dismissed', note, null, { status: { from: 'open', to: 'dismissed' }, note: { to: note } });
  }

  private async close(doc: SuggestionDoc, status: 'accepted' | 'dismissed', note: string | null, result: Record<string, unknown> | null, changes: Record<string, { from?: unknown; to?: unknown }>): Promise<SuggestionView> {
    const decidedBy = RequestContext.principal()?.username ?? 'system';
    const audit = this.audit.event({ action: 'formation.update', target: { kind: 'formation-suggestion', id: doc._id, orgPath: doc.jurisdiction }, changes });
    if (!(await this.formation.decide(doc._id, { status, decidedBy, note, result }, [audit]))) throw notOpen(await this.find(doc._id));
    this.relay.nudge(this.formation.model, doc._id);
    return toView({ ...doc, status, decidedBy, note, result, closedAt: new Date() });
  }

  private async find(id: string): Promise<SuggestionDoc> {
    const doc = await this.formation.get(callerScopes(), id);
    if (!doc) throw outOfScope(WHAT);
    return doc;
  }

  /** Each step checks what is already done, so accepting again after a failure half-way goes on from there. */
  private async apply(doc: SuggestionDoc): Promise<Record<string, unknown>> {
    const [first] = doc.enterprises;
    switch (doc.kind) {
      case 'form-independent':
      case 'form-at-registration': {
        const branch = await this.formBranch(doc.jurisdiction, `branch-${first.uscc.toLowerCase()}`, `${first.name}党支部`, 'independent');
        await this.attach(branch, first.id);
        return { formed: branch, attached: [first.id] };
      }
      case 'leave-joint': {
        const branch = await this.formBranch(doc.jurisdiction, `branch-${first.uscc.toLowerCase()}`, `${first.name}党支部`, 'independent');
        if (doc.branchId && (await this.branches.coveringBranch(first.id)) === doc.branchId) {
          await this.branchEnterprises.detach(doc.branchId, first.id, `脱联：正式党员达 ${first.formalMembers} 名，单独组建 / left to form its own branch`);
        }
        await this.attach(branch, first.id);
        return { formed: branch, attached: [first.id], detachedFrom: doc.branchId };
      }
      case 'form-joint': {
        const label = `${first.name}等${doc.enterprises.length}家企业联合党支部`;
        const branch = await this.formBranch(doc.jurisdiction, `joint-${doc._id.slice(0, 8)}`, label, 'joint');
        for (const e of doc.enterprises) await this.attach(branch, e.id);
        return { formed: branch, attached: doc.enterprises.map((e) => e.id) };
      }
      case 'needs-instructor':
        // The instructor service assigns; accepting records that the park took it on.
        return { handedTo: 'instructor' };
      case 'adjust-org': {
        const branchId = doc.branchId!;
        if ((await this.branches.coveringBranch(first.id)) === branchId) await this.branchEnterprises.detach(branchId, first.id, doc.reason);
        const left = await this.branches.coverageUnder(doc.jurisdiction);
        const stillCovers = [...left.values()].includes(branchId);
        const [unit] = await this.units.byIds([branchId]);
        const revoke = unit && unit.status !== 'revoked' && !stillCovers && unit.form === 'independent';
        if (revoke) await this.branchEnterprises.revoke(branchId, doc.reason);
        return { detached: [first.id], from: branchId, revoked: revoke ? branchId : null };
      }
    }
  }

  /** The branch at a derived path: formed now, or the one a previous attempt formed. */
  private async formBranch(jurisdiction: string, name: string, label: string, form: PartyOrgForm): Promise<string> {
    const existing = await this.units.findByPath(callerScopes(), `${jurisdiction}/${name}`);
    if (existing) return existing._id;
    return (await this.orgUnits.create({ parentPath: jurisdiction, name, label, kind: 'branch', form })).id;
  }

  private async attach(branchId: string, enterpriseId: string): Promise<void> {
    if ((await this.branches.coveringBranch(enterpriseId)) === branchId) return;
    await this.branchEnterprises.attach(branchId, enterpriseId);
  }
}
