import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { callerScopes, outOfScope } from '@dangjian/auth';
import { CommonErrorCode, EventEnvelope, InstructorAssignmentEndedV1, InstructorAssignmentStartedV1, InstructorErrorCode } from '@dangjian/contracts';
import { maskPhone } from '@dangjian/domain-identifiers';
import {
  ASSIGNMENT_END_REASON_LABELS,
  AssignmentEndReason,
  INSTRUCTOR_SOURCE_LABELS,
  INSTRUCTOR_STATUS_LABELS,
  assignmentProblem,
} from '@dangjian/domain-instructor';
import { isCalendarDate, isoDate } from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { FieldCipher, VersionConflictError } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext, callerEvent, decodeCursor, encodeCursor, invalidFields } from '@dangjian/platform';
import { EnterpriseDoc } from '../enterprises/enterprise.schema';
import { EnterprisesRepository } from '../enterprises/enterprises.repository';
import { OrganizationClient } from '../organization-client';
import { AssignDto, CreateInstructorDto, EndAssignmentDto, RecallDto, TrainingDto, UpdateInstructorDto } from './dtos/instructor.dto';
import { AssignmentDoc, InstructorDoc } from './instructor.schema';
import { InstructorsRepository } from './instructors.repository';

const WHO = '指导员 / instructor';
const ASSIGNMENT = '联系企业记录 / assignment';
/** Roles that see every instructor of their scope; an instructor with none of them sees only their own work. */
export const OVERSEER_ROLES: readonly string[] = ['county-admin', 'park-admin', 'township-admin', 'auditor', 'platform-service'];

/** The caller's platform account when they act as an instructor only (their own record and enterprises), else null. */
export function instructorAccount(): string | null {
  const principal = RequestContext.principal();
  const roles: readonly string[] = principal?.roles ?? [];
  return principal && roles.includes('instructor') && !roles.some((r) => OVERSEER_ROLES.includes(r)) ? principal.username : null;
}

export function instructorView(doc: InstructorDoc) {
  return {
    id: doc._id,
    name: doc.name,
    source: doc.source,
    sourceLabel: INSTRUCTOR_SOURCE_LABELS[doc.source],
    homeUnit: doc.homeUnit,
    orgPath: doc.orgPath,
    phoneMasked: doc.phoneMasked,
    account: doc.account,
    status: doc.status,
    statusLabel: INSTRUCTOR_STATUS_LABELS[doc.status],
    training: doc.training,
    trainingHours: doc.training.reduce((sum, t) => sum + t.hours, 0),
    recall: doc.recall,
    version: doc.__v ?? 0,
  };
}
export type InstructorView = ReturnType<typeof instructorView>;

export function assignmentView(doc: AssignmentDoc) {
  return {
    id: doc._id,
    instructorId: doc.instructorId,
    instructorName: doc.instructorName,
    enterpriseId: doc.enterpriseId,
    enterpriseName: doc.enterpriseName,
    orgPath: doc.orgPath,
    from: doc.from,
    until: doc.until,
    inForce: doc.until === null,
    endReason: doc.endReason,
    endReasonLabel: doc.endReason ? ASSIGNMENT_END_REASON_LABELS[doc.endReason] : null,
    endNote: doc.endNote,
    handedOverFrom: doc.handedOverFrom,
  };
}
export type AssignmentView = ReturnType<typeof assignmentView>;

const conflict = (error: unknown) =>
  error instanceof VersionConflictError ? new DomainException(CommonErrorCode.VERSION_CONFLICT, '该记录刚被他人修改，请刷新后重试 / The record was changed meanwhile; reload and retry') : error;

/** Instructors, their training, their assignments to enterprises (with history), recall and hand-over. */
@Injectable()
export class InstructorsService {
  constructor(
    private readonly instructors: InstructorsRepository,
    private readonly enterprises: EnterprisesRepository,
    private readonly organization: OrganizationClient,
    private readonly cipher: FieldCipher,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async create(dto: CreateInstructorDto): Promise<InstructorView> {
    const scopes = callerScopes();
    const jurisdiction = await this.organization.jurisdiction(dto.orgPath);
    if (!jurisdiction) throw outOfScope('辖区 / jurisdiction');
    if (!['county', 'park', 'township'].includes(jurisdiction.kind)) {
      throw invalidFields([{ field: 'orgPath', problems: ['指导员由县、园区或乡镇选派 / instructors are dispatched by a county, park or township'] }]);
    }
    const id = randomUUID();
    const doc: Omit<InstructorDoc, '__v' | 'orgAncestors'> = {
      _id: id,
      name: dto.name.trim(),
      source: dto.source,
      homeUnit: dto.homeUnit.trim(),
      orgPath: dto.orgPath,
      ...this.sealedPhone(dto.phone),
      account: dto.account ?? null,
      status: 'active',
      training: [],
      recall: null,
    };
    await this.instructors.create(scopes, doc, [this.audit.event({ action: 'instructor.create', target: { kind: 'instructor', id, orgPath: dto.orgPath }, changes: { name: { to: doc.name }, source: { to: dto.source } } })]);
    this.relay.nudge(this.instructors.model, id);
    return instructorView({ ...doc, orgAncestors: [], __v: 0 });
  }

  async list(path: string, query: { status?: InstructorDoc['status']; q?: string; cursor?: string; limit: number }): Promise<{ items: InstructorView[]; next?: string }> {
    const self = instructorAccount();
    if (self) {
      const own = await this.instructors.findByAccount(callerScopes(), self);
      return { items: own && !query.cursor ? [instructorView(own)] : [] };
    }
    const docs = await this.instructors.list(callerScopes(), path, { status: query.status, q: query.q, after: decodeCursor(query.cursor, 2) as [string, string] | undefined, limit: query.limit + 1 });
    if (!docs) throw outOfScope('辖区 / jurisdiction');
    const page = docs.slice(0, query.limit);
    const last = page[page.length - 1];
    return { items: page.map(instructorView), ...(docs.length > query.limit && last ? { next: encodeCursor([last.name, last._id]) } : {}) };
  }

  async get(id: string): Promise<InstructorView> {
    return instructorView(await this.instructor(id));
  }

  /** The caller's own instructor record (role instructor). */
  async mine(): Promise<InstructorView> {
    const account = RequestContext.principal()?.username ?? '';
    const doc = await this.instructors.findByAccount(callerScopes(), account);
    if (!doc) throw outOfScope(WHO);
    return instructorView(doc);
  }

  async update(id: string, dto: UpdateInstructorDto): Promise<InstructorView> {
    const doc = await this.instructor(id);
    const set: Partial<InstructorDoc> = {};
    const changes: Record<string, { from?: unknown; to?: unknown }> = {};
    for (const key of ['name', 'source', 'homeUnit', 'account'] as const) {
      if (dto[key] !== undefined && dto[key] !== doc[key]) {
        (set as Record<string, unknown>)[key] = dto[key];
        changes[key] = { from: doc[key], to: dto[key] };
      }
    }
    if (dto.phone !== undefined) {
      Object.assign(set, this.sealedPhone(dto.phone));
      changes.phone = { to: set.phoneMasked };
    }
    if (dto.version !== (doc.__v ?? 0)) throw conflict(new VersionConflictError(id, dto.version));
    await this.instructors
      .update(callerScopes(), doc, { $set: set }, [this.audit.event({ action: 'instructor.update', target: { kind: 'instructor', id, orgPath: doc.orgPath }, changes })])
      .catch((e: unknown) => Promise.reject(conflict(e)));
    this.relay.nudge(this.instructors.model, id);
    return this.get(id);
  }

  async addTraining(id: string, dto: TrainingDto): Promise<InstructorView> {
    const doc = await this.instructor(id);
    if (!isCalendarDate(dto.on) || dto.on > isoDate()) throw invalidFields([{ field: 'on', problems: ['应为今天或以前的日期 / a date no later than today'] }]);
    const record = { on: dto.on, title: dto.title.trim(), hours: dto.hours };
    await this.instructors
      .update(callerScopes(), doc, { $push: { training: record } }, [this.audit.event({ action: 'instructor.training', target: { kind: 'instructor', id, orgPath: doc.orgPath }, changes: { training: { to: record } } })])
      .catch((e: unknown) => Promise.reject(conflict(e)));
    return this.get(id);
  }

  /** An instructor's assignments, in force first; an instructor reads only their own. */
  async assignmentsOf(id: string): Promise<AssignmentView[]> {
    await this.instructor(id);
    return (await this.instructors.ofInstructor(id)).map(assignmentView);
  }

  /** An enterprise's instructors over time. */
  async enterpriseHistory(enterpriseId: string): Promise<AssignmentView[]> {
    const scopes = callerScopes();
    const self = instructorAccount();
    const history = await this.instructors.ofEnterprise(scopes, enterpriseId);
    if (self) {
      const own = await this.instructors.findByAccount(scopes, self);
      if (!own || !history.some((a) => a.instructorId === own._id)) throw outOfScope('企业 / enterprise');
    }
    if (!history.length && !(await this.enterprises.findById(scopes, enterpriseId))) throw outOfScope('企业 / enterprise');
    return history.map(assignmentView);
  }

  async assign(instructorId: string, dto: AssignDto, handedOverFrom: string | null = null): Promise<AssignmentView> {
    const scopes = callerScopes();
    const instructor = await this.instructor(instructorId);
    const enterprise = await this.enterprises.findById(scopes, dto.enterpriseId);
    if (!enterprise) {
      // An enterprise of another jurisdiction the caller cannot see is refused as outside the instructor's, not hidden as absent.
      const anywhere = await this.enterprises.findAny(dto.enterpriseId);
      if (!anywhere) throw outOfScope('企业 / enterprise');
      throw this.refused('enterpriseId', '企业不在该指导员的工作范围内 / the enterprise is outside the instructor\'s jurisdiction');
    }
    const from = dto.from ?? isoDate();
    if (!isCalendarDate(from)) throw invalidFields([{ field: 'from', problems: ['不是有效日期 / not a calendar date'] }]);
    const upfront = assignmentProblem(instructor, enterprise, null);
    if (upfront) throw instructor.status !== 'active' ? this.notServing() : this.refused('enterpriseId', upfront);
    const id = randomUUID();
    const holder = await this.instructors.claimEnterprise(enterprise._id, id);
    if (holder === 'busy') throw new DomainException(CommonErrorCode.CONFLICT, '正在为该企业选派指导员，请稍后再试 / An assignment of this enterprise is being made; retry shortly');
    if (holder) throw this.refused('enterpriseId', `${assignmentProblem(instructor, enterprise, holder)}（现任：${holder.instructorName}）`);
    const doc = this.newAssignment(id, instructor, enterprise, from, handedOverFrom);
    await this.instructors.createAssignment(scopes, doc, [
      callerEvent('instructor', InstructorAssignmentStartedV1, id, { assignmentId: id, instructorId, enterpriseId: enterprise._id, orgPath: enterprise.orgPath, from }),
      this.audit.event({ action: 'instructor.assign', target: { kind: 'instructor-assignment', id, orgPath: enterprise.orgPath }, changes: { instructor: { to: instructor.name }, enterprise: { to: enterprise.name }, from: { to: from } } }),
    ]);
    this.relay.nudge(this.instructors.assignments, id);
    return assignmentView({ ...doc, orgAncestors: [] });
  }

  async endAssignment(assignmentId: string, dto: EndAssignmentDto): Promise<AssignmentView> {
    const scopes = callerScopes();
    const doc = await this.instructors.findAssignment(scopes, assignmentId);
    if (!doc) throw outOfScope(ASSIGNMENT);
    return this.end(doc, dto.until ?? isoDate(), dto.reason, dto.note ?? null);
  }

  /**
   * Recalls an instructor (召回调整): every assignment in force ends, and a replacement, if named, takes
   * each over from the same day with the history linked.
   */
  async recall(id: string, dto: RecallDto): Promise<{ instructor: InstructorView; ended: AssignmentView[]; handedOver: AssignmentView[] }> {
    const scopes = callerScopes();
    const doc = await this.instructor(id);
    if (doc.status !== 'active') throw this.notServing();
    const on = dto.on ?? isoDate();
    if (!isCalendarDate(on)) throw invalidFields([{ field: 'on', problems: ['不是有效日期 / not a calendar date'] }]);
    const replacement = dto.replacementId ? await this.instructor(dto.replacementId) : null;
    if (replacement && (replacement.status !== 'active' || replacement._id === id)) {
      throw invalidFields([{ field: 'replacementId', problems: ['接替人应为另一名在岗指导员 / the replacement must be another serving instructor'] }]);
    }
    // The enterprises move first: a recall cut short is finished by recalling again (the instructor is still serving).
    const ended: AssignmentView[] = [];
    const handedOver: AssignmentView[] = [];
    for (const assignment of await this.instructors.ofInstructor(id, true)) {
      ended.push(await this.end(assignment, on, replacement ? 'replacement' : 'recall', dto.reason));
      if (replacement) handedOver.push(await this.assign(replacement._id, { enterpriseId: assignment.enterpriseId, from: on }, assignment._id));
    }
    await this.instructors
      .update(scopes, await this.instructor(id), { $set: { status: 'recalled', recall: { on, reason: dto.reason, replacedBy: replacement?._id ?? null } } }, [
        this.audit.event({ action: 'instructor.recall', target: { kind: 'instructor', id, orgPath: doc.orgPath }, changes: { status: { from: doc.status, to: 'recalled' }, reason: { to: dto.reason }, replacement: { to: replacement?.name ?? null }, enterprises: { to: ended.length } } }),
      ])
      .catch((e: unknown) => Promise.reject(conflict(e)));
    return { instructor: await this.get(id), ended, handedOver };
  }

  /**
   * Enterprises at or under a path with no party members and no instructor: the gaps of work coverage
   * that an assignment closes, in id order.
   */
  async unassigned(path: string, cursor: string | undefined, limit: number, q?: string): Promise<{ items: { id: string; name: string; uscc: string; orgPath: string; kind: string }[]; next?: string }> {
    const scopes = callerScopes();
    const view = (e: EnterpriseDoc) => ({ id: e._id, name: e.name, uscc: e.uscc, orgPath: e.orgPath, kind: e.kind });
    const items: EnterpriseDoc[] = [];
    const batchSize = Math.max(limit * 2, 100);
    for (let after = cursor ?? ''; ; ) {
      const batch = await this.enterprises.withoutMembers(scopes, path, after, batchSize, q);
      if (!batch) throw outOfScope('辖区 / jurisdiction');
      const held = await this.instructors.heldEnterprises(batch.map((e) => e._id));
      for (const e of batch) {
        if (!held.has(e._id)) items.push(e);
        if (items.length === limit) return { items: items.map(view), next: e._id };
        after = e._id;
      }
      if (batch.length < batchSize) return { items: items.map(view) };
    }
  }

  /** An instructor in the caller's scopes; an instructor-only caller reaches only their own record. */
  async instructor(id: string): Promise<InstructorDoc> {
    const doc = await this.instructors.findById(callerScopes(), id);
    const self = instructorAccount();
    if (!doc || (self && doc.account !== self)) throw outOfScope(WHO);
    return doc;
  }

  private async end(doc: AssignmentDoc, until: string, reason: AssignmentEndReason, note: string | null): Promise<AssignmentView> {
    if (doc.until !== null) throw new DomainException(CommonErrorCode.CONFLICT, '该联系记录已结束 / The assignment has ended already', { until: doc.until });
    if (!isCalendarDate(until) || until < doc.from) throw invalidFields([{ field: 'until', problems: [`结束日期应不早于开始日期 ${doc.from} / the end cannot precede the start`] }]);
    const events: EventEnvelope[] = [
      callerEvent('instructor', InstructorAssignmentEndedV1, doc._id, { assignmentId: doc._id, instructorId: doc.instructorId, enterpriseId: doc.enterpriseId, orgPath: doc.orgPath, until, reason }),
      this.audit.event({ action: 'instructor.unassign', target: { kind: 'instructor-assignment', id: doc._id, orgPath: doc.orgPath }, changes: { until: { to: until }, reason: { to: reason } } }),
    ];
    await this.instructors.endAssignment(callerScopes(), doc, { until, endReason: reason, endNote: note }, events).catch((e: unknown) => Promise.reject(conflict(e)));
    await this.instructors.releaseEnterprise(doc.enterpriseId, doc._id);
    this.relay.nudge(this.instructors.assignments, doc._id);
    return assignmentView({ ...doc, until, endReason: reason, endNote: note });
  }

  private newAssignment(id: string, instructor: InstructorDoc, enterprise: EnterpriseDoc, from: string, handedOverFrom: string | null): Omit<AssignmentDoc, '__v' | 'orgAncestors'> {
    return {
      _id: id,
      instructorId: instructor._id,
      instructorName: instructor.name,
      enterpriseId: enterprise._id,
      enterpriseName: enterprise.name,
      orgPath: enterprise.orgPath,
      from,
      until: null,
      endReason: null,
      endNote: null,
      handedOverFrom,
    };
  }

  private sealedPhone(phone: string | undefined): Pick<InstructorDoc, 'phone' | 'phoneMasked'> {
    const digits = phone?.replace(/[^0-9]/g, '');
    return digits ? { phone: this.cipher.seal(digits), phoneMasked: maskPhone(digits) } : { phone: null, phoneMasked: null };
  }

  private refused(field: string, message: string): DomainException {
    return new DomainException(InstructorErrorCode.ASSIGNMENT_REFUSED, message, [{ field, problems: [message] }]);
  }

  private notServing(): DomainException {
    return new DomainException(InstructorErrorCode.INSTRUCTOR_NOT_SERVING, '该指导员已召回或离任 / The instructor is no longer serving');
  }
}
