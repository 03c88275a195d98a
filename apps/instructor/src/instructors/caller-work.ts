import { Injectable } from '@nestjs/common';
import { callerScopes, outOfScope } from '@dangjian/auth';
import { RequestContext } from '@dangjian/platform';
import { EnterprisesRepository } from '../enterprises/enterprises.repository';
import { InstructorDoc } from './instructor.schema';
import { InstructorsRepository } from './instructors.repository';
import { OVERSEER_ROLES, instructorAccount } from './instructors.service';

/**
 * Whose work the caller sees: an overseer (admins, auditor, services) everything in their scopes; an
 * instructor only the enterprises assigned to them now; a liaison only their own enterprises.
 */
export type CallerWork =
  | { kind: 'overseer'; scopes: readonly string[] }
  | { kind: 'instructor'; scopes: readonly string[]; instructor: InstructorDoc; enterprises: string[] }
  | { kind: 'liaison'; scopes: readonly string[]; username: string; enterprises: string[] };

@Injectable()
export class CallerWorkResolver {
  constructor(
    private readonly instructors: InstructorsRepository,
    private readonly enterprises: EnterprisesRepository,
  ) {}

  async resolve(): Promise<CallerWork> {
    const scopes = callerScopes();
    const account = instructorAccount();
    if (account) {
      const instructor = await this.instructors.findByAccount(scopes, account);
      if (!instructor) throw outOfScope('指导员 / instructor');
      const assigned = await this.instructors.ofInstructor(instructor._id, true);
      return { kind: 'instructor', scopes, instructor, enterprises: assigned.map((a) => a.enterpriseId) };
    }
    const principal = RequestContext.principal();
    const roles: readonly string[] = principal?.roles ?? [];
    if (principal && roles.includes('enterprise-liaison') && !roles.some((r) => OVERSEER_ROLES.includes(r))) {
      const own = await this.enterprises.ofLiaison(principal.username);
      return { kind: 'liaison', scopes, username: principal.username, enterprises: own.map((e) => e._id) };
    }
    return { kind: 'overseer', scopes };
  }
}
