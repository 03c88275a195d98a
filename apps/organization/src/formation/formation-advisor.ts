import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import { pathAncestors } from '@dangjian/auth';
import { AdvisedEnterprise, Suggestion, adviseFormation } from '@dangjian/domain-organization';
import { ORGANIZATION_CONFIG, OrganizationConfig } from '../config';
import { EnterpriseFactsRepository } from '../enterprises/enterprise-facts.repository';
import { InstructorAssignmentsRepository } from '../enterprises/instructor-assignments';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { BranchEnterprisesRepository } from '../party-orgs/branch-enterprises.repository';
import { PoliciesService } from '../policies/policies.service';
import { FormationRepository } from './formation.repository';

const SUGGESTION_NAMESPACE = '2d7a4c1e-9b3f-4e8a-a6d2-5c0f1e7b9a34';
const BATCH = 50;

/** The same advice (kind and enterprises) is always the same task. */
export function suggestionId(suggestion: Pick<Suggestion, 'kind' | 'enterpriseIds'>): string {
  return uuidv5(`${suggestion.kind}:${[...suggestion.enterpriseIds].sort().join(',')}`, SUGGESTION_NAMESPACE);
}

/**
 * Works out the advice of the parks and townships whose enterprises changed (registry's facts and
 * census decisions, attachments, instructors, policy): opens the suggestions found, and marks open
 * ones the facts no longer call for obsolete. Marked places are kept in a small collection and
 * handled once their changes settle (FORMATION_SETTLE_MS without a new one), so an import of a
 * thousand enterprises costs one pass per park, not a thousand. Repeating a pass changes nothing.
 */
@Injectable()
export class FormationAdvisor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FormationAdvisor.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly formation: FormationRepository,
    private readonly enterprises: EnterpriseFactsRepository,
    private readonly assignments: InstructorAssignmentsRepository,
    private readonly branches: BranchEnterprisesRepository,
    private readonly units: OrgUnitsRepository,
    private readonly policies: PoliciesService,
    @Inject(ORGANIZATION_CONFIG) private readonly config: OrganizationConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.config.FORMATION_POLL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /**
   * An enterprise changed: its park or township is worked out again. Advice left in a park it moved
   * out of goes when that park is next worked out, at the latest when someone accepts it.
   */
  async enterpriseChanged(enterpriseId: string): Promise<void> {
    const facts = await this.enterprises.findById(enterpriseId);
    if (facts) await this.formation.markDirty(facts.orgPath);
  }

  private tick(): void {
    if (this.stopped || this.running) return;
    this.running = this.drain()
      .catch((error: unknown) => this.logger.error(`formation advice failed: ${(error as Error).message}`))
      .finally(() => (this.running = undefined));
  }

  private async drain(): Promise<void> {
    for (;;) {
      const marks = await this.formation.dirtyBatch(BATCH, new Date(Date.now() - this.config.FORMATION_SETTLE_MS));
      if (marks.length === 0) return;
      for (const mark of marks) {
        if (this.stopped) return;
        await this.advise(mark._id);
        await this.formation.doneDirty(mark);
      }
    }
  }

  /** Works out one park's or township's advice now. */
  async advise(jurisdiction: string): Promise<void> {
    const facts = await this.enterprises.inJurisdiction(jurisdiction);
    const ids = facts.map((f) => f._id);
    const [bases, instructors, covering, policy] = await Promise.all([
      this.enterprises.basesOf(ids),
      this.assignments.activeCounts(ids),
      this.branches.coverageUnder(jurisdiction),
      this.policies.inForce(jurisdiction),
    ]);
    const forms = new Map((await this.units.byIds([...new Set(covering.values())])).map((u) => [u._id, u.form ?? null]));
    const advised: AdvisedEnterprise[] = facts.map((f) => {
      const branchId = covering.get(f._id);
      return {
        id: f._id,
        uscc: f.uscc,
        name: f.name,
        status: f.status,
        industryCode: f.industryCode,
        formalMembers: f.formalMembers,
        partyMembers: f.partyMembers ?? f.formalMembers,
        censused: bases.has(f._id),
        instructors: instructors.get(f._id) ?? 0,
        branch: branchId ? { id: branchId, form: forms.get(branchId) ?? null } : null,
      };
    });
    const byId = new Map(advised.map((e) => [e.id, e]));
    const found = adviseFormation(advised, policy.settings);
    const known = new Map((await this.formation.statusesIn(jurisdiction)).map((d) => [d._id, d.status]));
    const wanted = new Set<string>();
    for (const suggestion of found) {
      const id = suggestionId(suggestion);
      wanted.add(id);
      const status = known.get(id);
      if (status && status !== 'obsolete') continue; // open already, or decided
      await this.formation.open({
        _id: id,
        jurisdiction,
        orgAncestors: pathAncestors(jurisdiction),
        kind: suggestion.kind,
        enterpriseIds: suggestion.enterpriseIds,
        enterprises: suggestion.enterpriseIds.map((eid) => {
          const e = byId.get(eid)!;
          return { id: e.id, uscc: e.uscc, name: e.name, industryCode: e.industryCode ?? null, formalMembers: e.formalMembers };
        }),
        branchId: suggestion.branchId,
        reason: suggestion.reason,
      });
    }
    for (const [id, status] of known) if (status === 'open' && !wanted.has(id)) await this.formation.makeObsolete(id);
  }
}
