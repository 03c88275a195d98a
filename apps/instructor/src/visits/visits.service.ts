import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { outOfScope } from '@dangjian/auth';
import { InstructorErrorCode, InstructorVisitRecordedV1 } from '@dangjian/contracts';
import { ChecklistItem, assignedDuring, monthOf, monthSpan, visitProblems, visitStanding } from '@dangjian/domain-instructor';
import { isoDate } from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { AuditTrail, DomainException, RequestContext, callerEvent, decodeCursor, encodeCursor, invalidFields } from '@dangjian/platform';
import { EnterprisesRepository } from '../enterprises/enterprises.repository';
import { CallerWorkResolver } from '../instructors/caller-work';
import { AssignmentDoc } from '../instructors/instructor.schema';
import { InstructorsRepository } from '../instructors/instructors.repository';
import { OrganizationClient } from '../organization-client';
import { RequestView, RequestsService } from '../requests/requests.service';
import { RecordVisitDto } from './dtos/visit.dto';
import { VisitDoc } from './visit.schema';
import { VisitsRepository } from './visits.repository';

export function visitView(doc: VisitDoc) {
  return {
    id: doc._id,
    instructorId: doc.instructorId,
    instructorName: doc.instructorName,
    enterpriseId: doc.enterpriseId,
    enterpriseName: doc.enterpriseName,
    orgPath: doc.orgPath,
    visitedOn: doc.visitedOn,
    month: doc.month,
    checklist: doc.checklist,
    findings: doc.findings,
    followUps: doc.followUps,
    attachments: doc.attachments,
    recordedBy: doc.recordedBy,
  };
}
export type VisitView = ReturnType<typeof visitView>;

interface Tally {
  assigned: number;
  overdue: number;
}

/** The monthly "345" visit log, and who owes visits this month against the policy's frequency. */
@Injectable()
export class VisitsService {
  constructor(
    private readonly visits: VisitsRepository,
    private readonly instructors: InstructorsRepository,
    private readonly enterprises: EnterprisesRepository,
    private readonly work: CallerWorkResolver,
    private readonly requests: RequestsService,
    private readonly organization: OrganizationClient,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  /** An instructor logs a visit to an enterprise assigned to them that day, with requests raised on it. */
  async record(dto: RecordVisitDto): Promise<VisitView & { requests: RequestView[] }> {
    const work = await this.work.resolve();
    if (work.kind !== 'instructor') throw outOfScope('指导员 / instructor');
    const enterprise = await this.enterprises.findAny(dto.enterpriseId);
    if (!enterprise) throw outOfScope('企业 / enterprise');
    const assignments = (await this.instructors.ofInstructor(work.instructor._id)).filter((a) => a.enterpriseId === enterprise._id);
    const problems = visitProblems(dto, assignments, isoDate());
    if (problems.length) {
      throw new DomainException(
        InstructorErrorCode.VISIT_REFUSED,
        `走访记录有误：${problems.map((p) => p.message.split(' / ')[0]).join('；')} / The visit was refused: ${problems.map((p) => p.message.split(' / ')[1] ?? p.message).join('; ')}`,
        problems.map((p) => ({ field: p.field, problems: [p.message] })),
      );
    }
    const id = randomUUID();
    const doc: Omit<VisitDoc, 'orgAncestors'> = {
      _id: id,
      instructorId: work.instructor._id,
      instructorName: work.instructor.name,
      enterpriseId: enterprise._id,
      enterpriseName: enterprise.name,
      orgPath: enterprise.orgPath,
      visitedOn: dto.visitedOn,
      month: monthOf(dto.visitedOn),
      checklist: [...new Set(dto.checklist)] as ChecklistItem[],
      findings: dto.findings?.trim() ?? '',
      followUps: (dto.followUps ?? []).map((f) => ({ text: f.text.trim(), due: f.due ?? null })),
      attachments: (dto.attachments ?? []).map((a) => ({ title: a.title, ...(a.fileName ? { fileName: a.fileName } : {}), ...(a.size !== undefined ? { size: a.size } : {}) })),
      recordedBy: RequestContext.principal()?.username ?? 'system',
    };
    await this.visits.create([enterprise.orgPath], doc, [
      callerEvent('instructor', InstructorVisitRecordedV1, id, { visitId: id, instructorId: doc.instructorId, enterpriseId: doc.enterpriseId, orgPath: doc.orgPath, visitedOn: doc.visitedOn, checklist: doc.checklist }),
      this.audit.event({ action: 'visit.create', target: { kind: 'instructor-visit', id, orgPath: doc.orgPath }, changes: { enterprise: { to: enterprise.name }, visitedOn: { to: dto.visitedOn } } }),
    ]);
    this.relay.nudge(this.visits.model, id);
    const raised = dto.requests?.length ? await this.requests.raiseOnVisit(enterprise, id, dto.requests) : [];
    return { ...visitView({ ...doc, orgAncestors: [] }), requests: raised };
  }

  async get(id: string): Promise<VisitView> {
    const work = await this.work.resolve();
    const doc = await this.visits.findById(work.scopes, id);
    if (!doc || (work.kind === 'instructor' && doc.instructorId !== work.instructor._id) || work.kind === 'liaison') throw outOfScope('走访记录 / visit');
    return visitView(doc);
  }

  /** One instructor's or one enterprise's visits, newest first; an instructor reads their own log. */
  async list(query: { instructorId?: string; enterpriseId?: string; month?: string; cursor?: string; limit: number }): Promise<{ items: VisitView[]; next?: string }> {
    const work = await this.work.resolve();
    const by: { instructorId?: string; enterpriseId?: string } = {};
    if (work.kind === 'instructor') {
      if (query.instructorId && query.instructorId !== work.instructor._id) throw outOfScope('指导员 / instructor');
      by.instructorId = work.instructor._id;
    } else if (query.instructorId) by.instructorId = query.instructorId;
    if (query.enterpriseId) by.enterpriseId = query.enterpriseId;
    if (!by.instructorId && !by.enterpriseId) throw invalidFields([{ field: 'instructorId', problems: ['请指定指导员或企业 / give an instructor or an enterprise'] }]);
    const docs = await this.visits.list(work.scopes, by, { month: query.month, before: decodeCursor(query.cursor, 2) as [string, string] | undefined, limit: query.limit + 1 });
    const page = docs.slice(0, query.limit);
    const last = page[page.length - 1];
    return { items: page.map(visitView), ...(docs.length > query.limit && last ? { next: encodeCursor([last.visitedOn, last._id]) } : {}) };
  }

  /**
   * Who owes visits in a month: every assignment in force on some day of it, against the policy's visits
   * per month for the enterprise's park, per instructor and per park or township.
   */
  async overdue(path: string, month = isoDate().slice(0, 7)) {
    const work = await this.work.resolve();
    if (work.kind === 'liaison') throw outOfScope('辖区 / jurisdiction');
    const span = monthSpan(month);
    const all = await this.instructors.overlapping(work.scopes, path, span.from, span.until);
    const visits = await this.visits.ofMonth(work.scopes, path, month);
    if (!all || !visits) throw outOfScope('辖区 / jurisdiction');
    const assignments = all.filter((a) => assignedDuring(a, month) && (work.kind !== 'instructor' || a.instructorId === work.instructor._id));
    const count = new Map<string, number>();
    for (const v of visits) count.set(`${v.instructorId}:${v.enterpriseId}`, (count.get(`${v.instructorId}:${v.enterpriseId}`) ?? 0) + 1);
    const required = new Map<string, number>();
    for (const place of new Set(assignments.map((a) => a.orgPath))) required.set(place, (await this.organization.policy(place, span.from)).instructorVisitsPerMonth);
    const places = new Map<string, Tally>();
    const instructors = new Map<string, Tally & { instructorName: string; enterprises: { enterpriseId: string; enterpriseName: string; orgPath: string; visits: number; missing: number }[] }>();
    // One row per instructor and enterprise: an enterprise handed over within the month is owed by each holder.
    const seen = new Set<string>();
    const total: Tally = { assigned: 0, overdue: 0 };
    for (const a of assignments.sort(byInstructorThenEnterprise)) {
      const key = `${a.instructorId}:${a.enterpriseId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const standing = visitStanding(count.get(key) ?? 0, required.get(a.orgPath) ?? 1);
      const place = places.get(a.orgPath) ?? { assigned: 0, overdue: 0 };
      const person = instructors.get(a.instructorId) ?? { instructorName: a.instructorName, assigned: 0, overdue: 0, enterprises: [] };
      for (const tally of [place, person, total]) {
        tally.assigned += 1;
        if (!standing.done) tally.overdue += 1;
      }
      if (!standing.done) person.enterprises.push({ enterpriseId: a.enterpriseId, enterpriseName: a.enterpriseName, orgPath: a.orgPath, visits: standing.visits, missing: standing.missing });
      places.set(a.orgPath, place);
      instructors.set(a.instructorId, person);
    }
    const requiredValues = [...required.values()];
    return {
      month,
      required: requiredValues.length ? Math.max(...requiredValues) : 1,
      ...total,
      places: [...places].sort(([a], [b]) => a.localeCompare(b)).map(([orgPath, t]) => ({ orgPath, ...t })),
      instructors: [...instructors].map(([instructorId, t]) => ({ instructorId, ...t })).sort((a, b) => b.overdue - a.overdue || a.instructorName.localeCompare(b.instructorName)),
    };
  }
}

function byInstructorThenEnterprise(a: AssignmentDoc, b: AssignmentDoc): number {
  return a.instructorId.localeCompare(b.instructorId) || a.enterpriseId.localeCompare(b.enterpriseId);
}
