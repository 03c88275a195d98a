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
      const event = createEvent('organization', CoverageChangedV1, {
        subject: enterpriseId,
        actor: { kind: 'system', id: 'organization-coverage', name: '覆盖率统计 / coverage' },
        data: { enterpriseId, uscc: facts.uscc, name: facts.name, before: read?.state ?? null, after: state },
      });
      const saved = await this.coverage.saveState(read, { _id: enterpriseId, uscc: facts.uscc, name: facts.name, orgPath: facts.orgPath, state, gapKeys: gapKeys(state) }, event);
      if (!saved) continue; // changed meanwhile: compare with the new one
      await this.coverage.markPending(enterpriseId);
      this.relay.nudge(this.coverage.entries, enterpriseId);
      return !read || !isDeepStrictEqual(read.state, state);
    }
  }

  private async stateOf(facts: EnterpriseFactsDoc): Promise<CoverageState> {
    const [base, branch, instructors] = await Promise.all([
      this.enterprises.baseOf(facts._id),
      this.branches.coveringBranch(facts._id),
      this.assignments.countActive(facts._id),
    ]);
    const policy = await this.policies.inForce(facts.orgPath);
    return coverageState({
      jurisdictions: pathAncestors(facts.orgPath),
      kind: facts.kind,
      status: facts.status,
      industryCode: facts.industryCode,
      employees: facts.employees,
      partyMembers: facts.partyMembers ?? facts.formalMembers,
      admitted: base?.admitted ?? false,
      attached: branch !== null,
      instructors,
      employeeLine: policy.settings.employeeRuleThreshold,
    });
  }
}
