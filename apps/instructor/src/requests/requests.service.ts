import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { outOfScope } from '@dangjian/auth';
import { CommonErrorCode, EnterpriseRequestChangedV1, EnterpriseRequestEscalatedV1, InstructorErrorCode } from '@dangjian/contracts';
import {
  REQUEST_CATEGORIES,
  REQUEST_CATEGORY_LABELS,
  REQUEST_STATUS_LABELS,
  RequestCategory,
  RequestStatus,
  addDays,
  escalationLevel,
  requestTransitionProblem,
  slaState,
} from '@dangjian/domain-instructor';
import { isCalendarDate, isoDate } from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { VersionConflictError } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext, callerEvent, decodeCursor, encodeCursor, invalidFields } from '@dangjian/platform';
import { EnterpriseDoc } from '../enterprises/enterprise.schema';
import { EnterprisesRepository } from '../enterprises/enterprises.repository';
import { CallerWork, CallerWorkResolver } from '../instructors/caller-work';
import { InstructorsRepository } from '../instructors/instructors.repository';
import { OrganizationClient } from '../organization-client';
import { RaiseRequestDto, TransitionRequestDto, VisitRequestDto } from './dtos/request.dto';
import { RaisedVia, RequestDoc } from './request.schema';
import { RequestViewer, RequestsRepository } from './requests.repository';

const WHAT = '企业诉求 / enterprise request';

export function requestView(doc: RequestDoc, today = isoDate()) {
  return {
    id: doc._id,
    enterpriseId: doc.enterpriseId,
    enterpriseName: doc.enterpriseName,
    orgPath: doc.orgPath,
    category: doc.category,
    categoryLabel: REQUEST_CATEGORY_LABELS[doc.category],
    title: doc.title,
    detail: doc.detail,
    department: doc.department,
    raisedVia: doc.raisedVia,
    raisedBy: doc.raisedBy,
    visitId: doc.visitId,
    instructorId: doc.instructorId,
    status: doc.status,
    statusLabel: REQUEST_STATUS_LABELS[doc.status],
    acceptedOn: doc.acceptedOn,
    dueOn: doc.dueOn,
    sla: slaState(doc, today),
    escalation: doc.escalation,
    resolution: doc.resolution,
    rejectReason: doc.rejectReason,
    closedOn: doc.closedOn,
    history: doc.history,
    version: doc.__v ?? 0,
  };
}
export type RequestView = ReturnType<typeof requestView>;

interface Counts {
  accepted: number;
  closed: number;
  inProgress: number;
  rejected: number;
  overdue: number;
}
const zero = (): Counts => ({ accepted: 0, closed: 0, inProgress: 0, rejected: 0, overdue: 0 });

/** Enterprise requests: raised, moved to closure or rejection with the reason, counted per jurisdiction and period. */
@Injectable()
export class RequestsService {
  constructor(
    private readonly requests: RequestsRepository,
    private readonly enterprises: EnterprisesRepository,
    private readonly instructors: InstructorsRepository,
    private readonly work: CallerWorkResolver,
    private readonly organization: OrganizationClient,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  /** A request raised by the enterprise's liaison, its instructor, or an admin of its jurisdiction. */
  async raise(dto: RaiseRequestDto): Promise<RequestView> {
    const work = await this.work.resolve();
    const enterprise = await this.enterpriseFor(work, dto.enterpriseId);
    const via: RaisedVia = work.kind === 'overseer' ? 'admin' : work.kind;
    const today = isoDate();
    const acceptedOn = dto.acceptedOn ?? today;
    if (!isCalendarDate(acceptedOn) || acceptedOn > today) throw invalidFields([{ field: 'acceptedOn', problems: ['应为今天或以前的日期 / a date no later than today'] }]);
    return this.create(enterprise, dto, via, null, acceptedOn);
  }

  /** Requests raised on a visit: the visit's enterprise, by its instructor. */
  async raiseOnVisit(enterprise: EnterpriseDoc, visitId: string, requests: VisitRequestDto[]): Promise<RequestView[]> {
    const out: RequestView[] = [];
    for (const dto of requests) out.push(await this.create(enterprise, dto, 'visit', visitId, isoDate()));
    return out;
  }

  async get(id: string): Promise<RequestView> {
    return requestView(await this.request(await this.work.resolve(), id));
  }

  async list(query: { path: string; status?: RequestStatus; category?: RequestCategory; enterpriseId?: string; cursor?: string; limit: number }): Promise<{ items: RequestView[]; next?: string }> {
    const work = await this.work.resolve();
    const docs = await this.requests.list(this.viewer(work), { ...query, before: decodeCursor(query.cursor, 2) as [string, string] | undefined, limit: query.limit + 1 });
    if (!docs) throw outOfScope('辖区 / jurisdiction');
    const page = docs.slice(0, query.limit);
    const last = page[page.length - 1];
    const today = isoDate();
    return { items: page.map((d) => requestView(d, today)), ...(docs.length > query.limit && last ? { next: encodeCursor([last.acceptedOn, last._id]) } : {}) };
  }

  /** accepted → in progress → closed (销号, with the resolution) or rejected (with the reason). */
  async transition(id: string, dto: TransitionRequestDto): Promise<RequestView> {
    const work = await this.work.resolve();
    if (work.kind === 'liaison') throw outOfScope(WHAT);
    const doc = await this.request(work, id);
    const problem = requestTransitionProblem(doc.status, dto.status, { resolution: dto.resolution, reason: dto.reason });
    if (problem) throw new DomainException(InstructorErrorCode.REQUEST_TRANSITION_REFUSED, problem.message, [{ field: problem.field, problems: [problem.message] }]);
    if (dto.version !== (doc.__v ?? 0)) throw this.stale();
    const today = isoDate();
    const by = RequestContext.principal()?.username ?? 'system';
    const set: Partial<RequestDoc> = { status: dto.status };
    if (dto.status === 'closed') Object.assign(set, { resolution: dto.resolution!.trim(), closedOn: today });
    if (dto.status === 'rejected') Object.assign(set, { rejectReason: dto.reason!.trim(), closedOn: today });
    const entry = { status: dto.status, at: new Date().toISOString(), by, note: dto.note ?? dto.resolution ?? dto.reason ?? null };
    const events = [
      callerEvent('instructor', EnterpriseRequestChangedV1, id, { ...this.payload({ ...doc, ...set } as RequestDoc), from: doc.status }),
      this.audit.event({ action: 'request.transition', target: { kind: 'enterprise-request', id, orgPath: doc.orgPath }, changes: { status: { from: doc.status, to: dto.status } } }),
    ];
    await this.requests.update(doc, { $set: set, $push: { history: entry } }, events).catch((e: unknown) => Promise.reject(e instanceof VersionConflictError ? this.stale() : e));
    this.relay.nudge(this.requests.model, id);
    return this.get(id);
  }

  /**
   * Counts like 上饶's (accepted 204 / closed 128 / in progress 76) for the requests accepted in a period,
   * in total, per category and per park or township; overdue are those still open past their due day.
   */
  async statistics(path: string, from?: string, to?: string): Promise<{ path: string; from: string; to: string; total: Counts; byCategory: (Counts & { category: RequestCategory; categoryLabel: string })[]; byPlace: (Counts & { orgPath: string })[] }> {
    const today = isoDate();
    const span = { from: from ?? `${today.slice(0, 4)}-01-01`, to: to ?? today };
    for (const [field, value] of Object.entries(span)) if (!isCalendarDate(value)) throw invalidFields([{ field, problems: ['不是有效日期 / not a calendar date'] }]);
    if (span.from > span.to) throw invalidFields([{ field: 'to', problems: ['截止日期不能早于起始日期 / to precedes from'] }]);
    const work = await this.work.resolve();
    const docs = work.kind === 'overseer' ? this.requests.ofSpan(work.scopes, path, span.from, span.to) : null;
    if (!docs) throw outOfScope('辖区 / jurisdiction');
    const total = zero();
    const byCategory = new Map<RequestCategory, Counts>(REQUEST_CATEGORIES.map((c) => [c, zero()]));
    const byPlace = new Map<string, Counts>();
    for await (const doc of docs) {
      if (!byPlace.has(doc.orgPath)) byPlace.set(doc.orgPath, zero());
      for (const counts of [total, byCategory.get(doc.category)!, byPlace.get(doc.orgPath)!]) {
        counts.accepted += 1;
        if (doc.status === 'closed') counts.closed += 1;
        else if (doc.status === 'rejected') counts.rejected += 1;
        else {
          counts.inProgress += 1;
          if (doc.dueOn < today) counts.overdue += 1;
        }
      }
    }
    return {
      path,
      ...span,
      total,
      byCategory: [...byCategory].map(([category, counts]) => ({ category, categoryLabel: REQUEST_CATEGORY_LABELS[category], ...counts })),
      byPlace: [...byPlace].sort(([a], [b]) => a.localeCompare(b)).map(([orgPath, counts]) => ({ orgPath, ...counts })),
    };
  }

  /** Open requests past their time limit get the next escalation level, each announced once. */
  async escalateOverdue(today = isoDate(), batch = 200): Promise<number> {
    let escalated = 0;
    for (let after = ''; ; ) {
      const docs = await this.requests.openDueBefore(today, batch, after);
      for (const doc of docs) {
        after = doc._id;
        const level = escalationLevel(doc, today);
        if (level <= doc.escalation) continue;
        const event = callerEvent('instructor', EnterpriseRequestEscalatedV1, doc._id, { ...this.payload(doc), level });
        try {
          await this.requests.update(doc, { $set: { escalation: level } }, [event]);
          this.relay.nudge(this.requests.model, doc._id);
          escalated += 1;
        } catch (error) {
          if (!(error instanceof VersionConflictError)) throw error; // changed meanwhile: the next scan sees it again
        }
      }
      if (docs.length < batch) return escalated;
    }
  }

  private async create(enterprise: EnterpriseDoc, dto: VisitRequestDto, via: RaisedVia, visitId: string | null, acceptedOn: string): Promise<RequestView> {
    const today = isoDate();
    const policy = await this.organization.policy(enterprise.orgPath, acceptedOn);
    const instructor = (await this.instructors.ofEnterprise([enterprise.orgPath], enterprise._id)).find((a) => a.until === null);
    const id = randomUUID();
    const by = RequestContext.principal()?.username ?? 'system';
    const doc: Omit<RequestDoc, '__v' | 'orgAncestors'> = {
      _id: id,
      enterpriseId: enterprise._id,
      enterpriseName: enterprise.name,
      orgPath: enterprise.orgPath,
      category: dto.category,
      title: dto.title.trim(),
      detail: dto.detail?.trim() ?? '',
      department: dto.department.trim(),
      raisedVia: via,
      raisedBy: by,
      visitId,
      instructorId: instructor?.instructorId ?? null,
      status: 'accepted',
      acceptedOn,
      dueOn: addDays(acceptedOn, policy.requestSlaDays[dto.category]),
      escalation: 0,
      resolution: null,
      rejectReason: null,
      closedOn: null,
      history: [{ status: 'accepted', at: new Date().toISOString(), by, note: null }],
    };
    await this.requests.create(doc, [
      callerEvent('instructor', EnterpriseRequestChangedV1, id, { ...this.payload(doc as RequestDoc), from: null }),
      this.audit.event({ action: 'request.raise', target: { kind: 'enterprise-request', id, orgPath: enterprise.orgPath }, changes: { category: { to: dto.category }, title: { to: doc.title } } }),
    ]);
    this.relay.nudge(this.requests.model, id);
    return requestView({ ...doc, orgAncestors: [], __v: 0 }, today);
  }

  /** The enterprise a caller may raise a request for: a liaison's own, an instructor's assigned, an admin's in scope. */
  private async enterpriseFor(work: CallerWork, id: string): Promise<EnterpriseDoc> {
    const mayRaise = work.kind === 'overseer' || work.enterprises.includes(id);
    const enterprise = mayRaise ? (work.kind === 'overseer' ? await this.enterprises.findById(work.scopes, id) : await this.enterprises.findAny(id)) : null;
    if (!enterprise) throw outOfScope('企业 / enterprise');
    return enterprise;
  }

  private viewer(work: CallerWork): RequestViewer {
    return work.kind === 'overseer' ? { scopes: work.scopes } : { scopes: work.scopes, enterprises: work.enterprises };
  }

  private async request(work: CallerWork, id: string): Promise<RequestDoc> {
    const doc = await this.requests.findById(this.viewer(work), id);
    if (!doc) throw outOfScope(WHAT);
    return doc;
  }

  private payload(doc: RequestDoc) {
    return { requestId: doc._id, enterpriseId: doc.enterpriseId, orgPath: doc.orgPath, category: doc.category, instructorId: doc.instructorId, status: doc.status, dueOn: doc.dueOn };
  }

  private stale(): DomainException {
    return new DomainException(CommonErrorCode.VERSION_CONFLICT, '该诉求刚被他人修改，请刷新后重试 / The request was changed meanwhile; reload and retry');
  }
}
