import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { pathAncestors } from '@dangjian/auth';
import { CoverageChangedV1, CoverageState } from '@dangjian/contracts';
import { coverageState, gapKeys } from '@dangjian/domain-organization';
import { OutboxRelay, createEvent } from '@dangjian/messaging';
import { EnterpriseFactsRepository } from '../enterprises/enterprise-facts.repository';
import { EnterpriseFactsDoc } from '../enterprises/enterprise-facts.schema';
import { BranchEnterprisesRepository } from '../party-orgs/branch-enterprises.repository';
import { PoliciesService } from '../policies/policies.service';
import { CoverageRepository } from './coverage.repository';
import { InstructorAssignmentsRepository } from '../enterprises/instructor-assignments';

/**
 * Recomputes one enterprise's standing from organization's own copies (registry's facts and census
 * decision, its branch, its instructors, the policy's employee line) and stores it when it changed,
 * with an `organization.coverage.changed.v1` event. Reads the present state, so calling it again, or
 * for events that arrive out of order, gives the same result.
 */
@Injectable()
export class CoverageRefresher {
  constructor(
    private readonly coverage: CoverageRepository,
    private readonly enterprises: EnterpriseFactsRepository,
    private readonly branches: BranchEnterprisesRepository,
    private readonly assignments: InstructorAssignmentsRepository,
    private readonly policies: PoliciesService,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * True when the standing changed. The applier is told after the write (a mark made before could be
   * taken and cleared before the write lands); should the process die in between, the event comes
   * again and finds the entry written but not yet counted, and marks it then.
   */
  async refresh(enterpriseId: string): Promise<boolean> {
    const facts = await this.enterprises.findById(enterpriseId);
    if (!facts) return false; // heard of before its registration: its registration will refresh it
    for (;;) {
      const [read, state] = await Promise.all([this.coverage.entry(enterpriseId), this.stateOf(facts)]);
      if (read && isDeepStrictEqual(read.state, state) && read.name === facts.name) {
        if (!isDeepStrictEqual(read.applied, read.state)) await this.coverage.markPending(enterpriseId);
        return false;
      }
      const event = this.changedEvent(facts, read?.state ?? null, state);
      const saved = await this.coverage.saveState(read, { _id: enterpriseId, uscc: facts.uscc, name: facts.name, orgPath: facts.orgPath, state, gapKeys: gapKeys(state) }, [event]);
      if (!saved) continue; // changed meanwhile: compare with the new one
      await this.coverage.markPending(enterpriseId);
      this.relay.nudge(this.coverage.entries, enterpriseId);
      return !read || !isDeepStrictEqual(read.state, state);
    }
  }

  /**
   * A rebuild's step: recomputes a batch of entries with one read of each source for the whole batch,
   * and writes those that were wrong as counted at once (the rebuild recounts every counter at its end).
   * Returns how many it corrected.
   */
  async rebuildBatch(ids: string[]): Promise<number> {
    const [facts, bases, covered, instructors, entries] = await Promise.all([
      this.enterprises.findByIds(ids),
      this.enterprises.basesOf(ids),
      this.branches.coveredAmong(ids),
      this.assignments.activeCounts(ids),
      this.coverage.entriesOf(ids),
    ]);
    const lines = new Map<string, number>();
    for (const path of new Set(facts.map((f) => f.orgPath))) lines.set(path, (await this.policies.inForce(path)).settings.employeeRuleThreshold);
    let corrected = 0;
    for (const f of facts) {
      const read = entries.get(f._id) ?? null;
      const state = stateFrom(f, bases.get(f._id)?.admitted ?? false, covered.has(f._id), instructors.get(f._id) ?? 0, lines.get(f.orgPath)!);
      if (read && isDeepStrictEqual(read.state, state) && isDeepStrictEqual(read.applied, state) && read.name === f.name) continue;
      corrected++;
      const changed = !read || !isDeepStrictEqual(read.state, state);
      const events = changed ? [this.changedEvent(f, read?.state ?? null, state)] : [];
      const next = { _id: f._id, uscc: f.uscc, name: f.name, orgPath: f.orgPath, state, gapKeys: gapKeys(state) };
      if (await this.coverage.saveState(read, next, events, true)) {
        if (events.length) this.relay.nudge(this.coverage.entries, f._id);
      } else {
        await this.refresh(f._id); // changed meanwhile: the ordinary way
      }
    }
    return corrected;
  }

  private changedEvent(facts: EnterpriseFactsDoc, before: CoverageState | null, after: CoverageState) {
    return createEvent('organization', CoverageChangedV1, {
      subject: facts._id,
      actor: { kind: 'system', id: 'organization-coverage', name: '覆盖率统计 / coverage' },
      data: { enterpriseId: facts._id, uscc: facts.uscc, name: facts.name, before, after },
    });
  }

  private async stateOf(facts: EnterpriseFactsDoc): Promise<CoverageState> {
    const [base, branch, instructors] = await Promise.all([
      this.enterprises.baseOf(facts._id),
      this.branches.coveringBranch(facts._id),
      this.assignments.countActive(facts._id),
    ]);
    const policy = await this.policies.inForce(facts.orgPath);
    return stateFrom(facts, base?.admitted ?? false, branch !== null, instructors, policy.settings.employeeRuleThreshold);
  }
}

function stateFrom(facts: EnterpriseFactsDoc, admitted: boolean, attached: boolean, instructors: number, employeeLine: number): CoverageState {
  return coverageState({
    jurisdictions: pathAncestors(facts.orgPath),
    kind: facts.kind,
    status: facts.status,
    industryCode: facts.industryCode,
    employees: facts.employees,
    partyMembers: facts.partyMembers ?? facts.formalMembers,
    admitted,
    attached,
    instructors,
    employeeLine,
  });
}
