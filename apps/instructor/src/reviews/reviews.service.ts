import { Injectable } from '@nestjs/common';
import { callerScopes, outOfScope } from '@dangjian/auth';
import { InstructorErrorCode, InstructorReviewFinalizedV1 } from '@dangjian/contracts';
import { INSTRUCTOR_SOURCE_LABELS, INSTRUCTOR_STATUS_LABELS, REVIEW_RESULT_LABELS, ReviewFacts, assignedDuring, proposedScore, reviewResult } from '@dangjian/domain-instructor';
import { isoDate } from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { AuditTrail, DomainException, RequestContext, callerEvent, decodeCursor, encodeCursor, invalidFields } from '@dangjian/platform';
import { EnterprisesRepository } from '../enterprises/enterprises.repository';
import { CallerWorkResolver } from '../instructors/caller-work';
import { InstructorDoc } from '../instructors/instructor.schema';
import { InstructorsRepository } from '../instructors/instructors.repository';
import { InstructorsService } from '../instructors/instructors.service';
import { OrganizationClient } from '../organization-client';
import { RequestsRepository } from '../requests/requests.repository';
import { VisitsRepository } from '../visits/visits.repository';
import { FeedbackDto, FinalizeReviewDto } from './dtos/review.dto';
import { ReviewDoc } from './review.schema';
import { ReviewsRepository } from './reviews.repository';

function finalView(doc: ReviewDoc) {
  return { finalScore: doc.finalScore, result: doc.result, resultLabel: REVIEW_RESULT_LABELS[doc.result], comment: doc.comment, finalizedBy: doc.finalizedBy, finalizedOn: doc.finalizedOn, proposedTotal: doc.proposed.total };
}

/**
 * The yearly instructor review: a proposed score from the year's work (visits done in their month against
 * the policy, requests closed, orgs formed in assigned enterprises, liaisons' feedback), the park's final
 * score, and the result for the home unit. A failing instructor is recalled through the instructors' recall.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly instructors: InstructorsRepository,
    private readonly instructorsService: InstructorsService,
    private readonly visits: VisitsRepository,
    private readonly requests: RequestsRepository,
    private readonly work: CallerWorkResolver,
    private readonly enterprises: EnterprisesRepository,
    private readonly organization: OrganizationClient,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async list(path: string, year: number, cursor: string | undefined, limit: number) {
    const scopes = callerScopes();
    const docs = await this.instructors.list(scopes, path, { after: decodeCursor(cursor, 2) as [string, string] | undefined, limit: limit + 1 });
    if (!docs) throw outOfScope('辖区 / jurisdiction');
    const page = docs.slice(0, limit);
    const facts = await this.facts(scopes, page, year);
    const finals = await this.reviews.ofInstructors(scopes, page.map((i) => i._id), year);
    const last = page[page.length - 1];
    return {
      year,
      items: page.map((i) => {
        const f = facts.get(i._id)!;
        const final = finals.get(i._id);
        return {
          instructorId: i._id,
          name: i.name,
          source: i.source,
          sourceLabel: INSTRUCTOR_SOURCE_LABELS[i.source],
          homeUnit: i.homeUnit,
          orgPath: i.orgPath,
          status: i.status,
          statusLabel: INSTRUCTOR_STATUS_LABELS[i.status],
          facts: { ...f, feedback: f.feedback.length, feedbackMean: f.feedback.length ? Math.round(f.feedback.reduce((a, b) => a + b, 0) / f.feedback.length) : null },
          proposed: proposedScore(f),
          review: final ? finalView(final) : null,
        };
      }),
      ...(docs.length > limit && last ? { next: encodeCursor([last.name, last._id]) } : {}),
    };
  }

  /** The park's final score for the year; once per instructor and year. */
  async finalize(dto: FinalizeReviewDto) {
    const scopes = callerScopes();
    const instructor = await this.instructorsService.instructor(dto.instructorId);
    const today = isoDate();
    if (dto.year > Number(today.slice(0, 4))) throw invalidFields([{ field: 'year', problems: ['不能考核未来的年度 / a future year cannot be reviewed'] }]);
    const proposed = proposedScore((await this.facts(scopes, [instructor], dto.year)).get(instructor._id)!);
    const result = reviewResult(dto.finalScore);
    const doc: Omit<ReviewDoc, '__v' | 'orgAncestors'> = {
      _id: `${instructor._id}:${dto.year}`,
      instructorId: instructor._id,
      instructorName: instructor.name,
      homeUnit: instructor.homeUnit,
      orgPath: instructor.orgPath,
      year: dto.year,
      proposed,
      finalScore: dto.finalScore,
      result,
      comment: dto.comment?.trim() ?? '',
      finalizedBy: RequestContext.principal()?.username ?? 'system',
      finalizedOn: today,
    };
    const saved = await this.reviews.finalize(scopes, doc, [
      callerEvent('instructor', InstructorReviewFinalizedV1, instructor._id, { instructorId: instructor._id, homeUnit: instructor.homeUnit, orgPath: instructor.orgPath, year: dto.year, finalScore: dto.finalScore, result }),
      this.audit.event({ action: 'instructor.review', target: { kind: 'instructor', id: instructor._id, orgPath: instructor.orgPath }, changes: { year: { to: dto.year }, finalScore: { to: dto.finalScore }, result: { to: result } } }),
    ]);
    if (!saved) throw new DomainException(InstructorErrorCode.REVIEW_REFUSED, `${instructor.name} ${dto.year} 年度考核已评定，不能重复评定 / The year's review was finalized already`);
    this.relay.nudge(this.reviews.model, doc._id);
    return { instructorId: instructor._id, year: dto.year, proposed, ...finalView({ ...doc, orgAncestors: [] }) };
  }

  /** A liaison rates the instructor of their enterprise for a year (counted in the proposed score). */
  async feedback(dto: FeedbackDto): Promise<{ instructorId: string; year: number; score: number }> {
    const work = await this.work.resolve();
    if (work.kind !== 'liaison') throw outOfScope('指导员 / instructor');
    const assignments = await this.instructors.ofInstructor(dto.instructorId);
    const served = assignments.find((a) => work.enterprises.includes(a.enterpriseId) && a.from <= `${dto.year}-12-31` && (a.until === null || a.until >= `${dto.year}-01-01`));
    if (!served) throw outOfScope('指导员 / instructor');
    await this.reviews.giveFeedback({ _id: `${dto.instructorId}:${dto.year}:${work.username}`, instructorId: dto.instructorId, year: dto.year, enterpriseId: served.enterpriseId, score: dto.score, comment: dto.comment?.trim() ?? '', at: new Date() });
    return { instructorId: dto.instructorId, year: dto.year, score: dto.score };
  }

  /** The instructors a liaison may rate for a year (they served the liaison's enterprises), with the liaison's score so far. */
  async rateable(year: number): Promise<{ instructorId: string; name: string; enterpriseId: string; enterpriseName: string; score: number | null }[]> {
    const work = await this.work.resolve();
    if (work.kind !== 'liaison') throw outOfScope('指导员 / instructor');
    const served = new Map<string, { instructorId: string; name: string; enterpriseId: string; enterpriseName: string }>();
    for (const enterpriseId of work.enterprises) {
      const enterprise = await this.enterprises.findAny(enterpriseId);
      if (!enterprise) continue;
      for (const a of await this.instructors.ofEnterprise([enterprise.orgPath], enterpriseId)) {
        if (a.from <= `${year}-12-31` && (a.until === null || a.until > `${year}-01-01`) && !served.has(a.instructorId)) {
          served.set(a.instructorId, { instructorId: a.instructorId, name: a.instructorName, enterpriseId, enterpriseName: a.enterpriseName });
        }
      }
    }
    const given = await this.reviews.feedbackBy(work.username, [...served.keys()], year);
    return [...served.values()].map((s) => ({ ...s, score: given.get(s.instructorId) ?? null }));
  }

  /** What the year's work was, per instructor, for the proposed score. */
  private async facts(scopes: readonly string[], instructors: InstructorDoc[], year: number): Promise<Map<string, ReviewFacts>> {
    const ids = instructors.map((i) => i._id);
    const today = isoDate();
    const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).filter((m) => m <= today.slice(0, 7));
    const [visits, requests, feedback] = await Promise.all([this.visits.ofInstructorsInYear(scopes, ids, year), this.requests.ofInstructorsInYear(scopes, ids, year), this.reviews.feedbackOf(ids, year)]);
    const visitCount = new Map<string, number>();
    for (const v of visits) visitCount.set(`${v.instructorId}:${v.enterpriseId}:${v.month}`, (visitCount.get(`${v.instructorId}:${v.enterpriseId}:${v.month}`) ?? 0) + 1);
    const required = new Map<string, number>();
    const out = new Map<string, ReviewFacts>();
    for (const instructor of instructors) {
      const assignments = await this.instructors.ofInstructor(instructor._id);
      const owed = new Map<string, number>();
      for (const a of assignments) {
        if (!required.has(a.orgPath)) required.set(a.orgPath, (await this.organization.policy(a.orgPath, `${year}-12-31` < today ? `${year}-12-31` : today)).instructorVisitsPerMonth);
        for (const m of months) if (assignedDuring(a, m)) owed.set(`${a.enterpriseId}:${m}`, required.get(a.orgPath)!);
      }
      let visitsDue = 0;
      let visitsDone = 0;
      for (const [key, due] of owed) {
        visitsDue += due;
        visitsDone += Math.min(due, visitCount.get(`${instructor._id}:${key}`) ?? 0);
      }
      const own = requests.filter((r) => r.instructorId === instructor._id);
      out.set(instructor._id, {
        visitsDue,
        visitsDone,
        requests: own.length,
        requestsClosed: own.filter((r) => r.status === 'closed').length,
        orgsFormed: assignments.filter((a) => a.endReason === 'org-formed' && a.until?.startsWith(`${year}-`)).length,
        feedback: feedback.get(instructor._id) ?? [],
      });
    }
    return out;
  }
}
