import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ASSIGNMENT_END_REASONS, CHECKLIST_ITEMS, INSTRUCTOR_SOURCES, INSTRUCTOR_STATUSES, LEADER_KINDS, ORG_CLASSES, REQUEST_CATEGORIES, REQUEST_STATUSES, REVIEW_RESULTS, SLA_STATES } from '@dangjian/domain-instructor';

// What the instructor service answers, documented so that clients (the console's generated types) need not guess.

export class TrainingRecordDto {
  on!: string;
  title!: string;
  hours!: number;
}

export class RecallRecordDto {
  on!: string;
  reason!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) replacedBy!: string | null;
}

export class InstructorViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  name!: string;
  @ApiProperty({ enum: INSTRUCTOR_SOURCES }) source!: string;
  sourceLabel!: string;
  homeUnit!: string;
  orgPath!: string;
  /** 打码的联系电话 / masked phone */
  @ApiProperty({ type: String, nullable: true }) phoneMasked!: string | null;
  @ApiProperty({ type: String, nullable: true }) account!: string | null;
  @ApiProperty({ enum: INSTRUCTOR_STATUSES }) status!: string;
  statusLabel!: string;
  @ApiProperty({ type: [TrainingRecordDto] }) training!: TrainingRecordDto[];
  trainingHours!: number;
  @ApiProperty({ type: RecallRecordDto, nullable: true }) recall!: RecallRecordDto | null;
  version!: number;
}

export class InstructorPageDto {
  @ApiProperty({ type: [InstructorViewDto] }) items!: InstructorViewDto[];
  next?: string;
}

export class AssignmentViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) instructorId!: string;
  instructorName!: string;
  @ApiProperty({ format: 'uuid' }) enterpriseId!: string;
  enterpriseName!: string;
  orgPath!: string;
  from!: string;
  @ApiProperty({ type: String, nullable: true }) until!: string | null;
  inForce!: boolean;
  @ApiProperty({ enum: ASSIGNMENT_END_REASONS, nullable: true }) endReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) endReasonLabel!: string | null;
  @ApiProperty({ type: String, nullable: true }) endNote!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) handedOverFrom!: string | null;
}

export class RecallResultDto {
  @ApiProperty({ type: InstructorViewDto }) instructor!: InstructorViewDto;
  @ApiProperty({ type: [AssignmentViewDto] }) ended!: AssignmentViewDto[];
  @ApiProperty({ type: [AssignmentViewDto] }) handedOver!: AssignmentViewDto[];
}

export class UnassignedEnterpriseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  name!: string;
  uscc!: string;
  orgPath!: string;
  kind!: string;
}

export class UnassignedPageDto {
  @ApiProperty({ type: [UnassignedEnterpriseDto] }) items!: UnassignedEnterpriseDto[];
  next?: string;
}

export class AttachmentMetaDto {
  title!: string;
  fileName?: string;
  size?: number;
}

export class FollowUpDto {
  text!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) due?: string | null;
}

export class VisitViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) instructorId!: string;
  instructorName!: string;
  @ApiProperty({ format: 'uuid' }) enterpriseId!: string;
  enterpriseName!: string;
  orgPath!: string;
  visitedOn!: string;
  month!: string;
  @ApiProperty({ enum: CHECKLIST_ITEMS, isArray: true }) checklist!: string[];
  findings!: string;
  @ApiProperty({ type: [FollowUpDto] }) followUps!: FollowUpDto[];
  @ApiProperty({ type: [AttachmentMetaDto] }) attachments!: AttachmentMetaDto[];
  recordedBy!: string;
}

export class VisitPageDto {
  @ApiProperty({ type: [VisitViewDto] }) items!: VisitViewDto[];
  next?: string;
}

export class OverdueEnterpriseDto {
  @ApiProperty({ format: 'uuid' }) enterpriseId!: string;
  enterpriseName!: string;
  orgPath!: string;
  visits!: number;
  missing!: number;
}

export class InstructorOverdueDto {
  @ApiProperty({ format: 'uuid' }) instructorId!: string;
  instructorName!: string;
  assigned!: number;
  overdue!: number;
  @ApiProperty({ type: [OverdueEnterpriseDto] }) enterprises!: OverdueEnterpriseDto[];
}

export class PlaceOverdueDto {
  orgPath!: string;
  assigned!: number;
  overdue!: number;
}

export class VisitOverdueDto {
  month!: string;
  /** 每家企业每月应走访次数（政策）/ visits due per enterprise (policy) */
  required!: number;
  assigned!: number;
  overdue!: number;
  @ApiProperty({ type: [PlaceOverdueDto] }) places!: PlaceOverdueDto[];
  @ApiProperty({ type: [InstructorOverdueDto] }) instructors!: InstructorOverdueDto[];
}

export class RequestHistoryDto {
  @ApiProperty({ enum: REQUEST_STATUSES }) status!: string;
  at!: string;
  by!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class RequestViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) enterpriseId!: string;
  enterpriseName!: string;
  orgPath!: string;
  @ApiProperty({ enum: REQUEST_CATEGORIES }) category!: string;
  categoryLabel!: string;
  title!: string;
  detail!: string;
  department!: string;
  @ApiProperty({ enum: ['visit', 'liaison', 'instructor', 'admin'] }) raisedVia!: string;
  raisedBy!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) visitId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) instructorId!: string | null;
  @ApiProperty({ enum: REQUEST_STATUSES }) status!: string;
  statusLabel!: string;
  acceptedOn!: string;
  dueOn!: string;
  @ApiProperty({ enum: SLA_STATES }) sla!: string;
  escalation!: number;
  @ApiProperty({ type: String, nullable: true }) resolution!: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) closedOn!: string | null;
  @ApiProperty({ type: [RequestHistoryDto] }) history!: RequestHistoryDto[];
  version!: number;
}

export class RequestPageDto {
  @ApiProperty({ type: [RequestViewDto] }) items!: RequestViewDto[];
  next?: string;
}

export class RequestCountsDto {
  /** 受理总数 / accepted in the period */
  accepted!: number;
  /** 已销号 / closed */
  closed!: number;
  /** 办理中（含待办）/ still open */
  inProgress!: number;
  rejected!: number;
  /** 超时未办结 / open past their time limit */
  overdue!: number;
}

export class RequestCategoryCountsDto extends RequestCountsDto {
  @ApiProperty({ enum: REQUEST_CATEGORIES }) category!: string;
  categoryLabel!: string;
}

export class RequestPlaceCountsDto extends RequestCountsDto {
  orgPath!: string;
}

export class RequestStatisticsDto {
  path!: string;
  from!: string;
  to!: string;
  @ApiProperty({ type: RequestCountsDto }) total!: RequestCountsDto;
  @ApiProperty({ type: [RequestCategoryCountsDto] }) byCategory!: RequestCategoryCountsDto[];
  @ApiProperty({ type: [RequestPlaceCountsDto] }) byPlace!: RequestPlaceCountsDto[];
}

export class ReviewFactsViewDto {
  visitsDue!: number;
  visitsDone!: number;
  requests!: number;
  requestsClosed!: number;
  orgsFormed!: number;
  /** 企业评价份数 / liaisons who rated */
  feedback!: number;
  @ApiProperty({ type: Number, nullable: true }) feedbackMean!: number | null;
}

export class ProposedScoreDto {
  visits!: number;
  requests!: number;
  orgsFormed!: number;
  feedback!: number;
  total!: number;
}

export class FinalReviewDto {
  finalScore!: number;
  @ApiProperty({ enum: REVIEW_RESULTS }) result!: string;
  resultLabel!: string;
  comment!: string;
  finalizedBy!: string;
  finalizedOn!: string;
  proposedTotal!: number;
}

export class ReviewRowDto {
  @ApiProperty({ format: 'uuid' }) instructorId!: string;
  name!: string;
  @ApiProperty({ enum: INSTRUCTOR_SOURCES }) source!: string;
  sourceLabel!: string;
  homeUnit!: string;
  orgPath!: string;
  @ApiProperty({ enum: INSTRUCTOR_STATUSES }) status!: string;
  statusLabel!: string;
  @ApiProperty({ type: ReviewFactsViewDto }) facts!: ReviewFactsViewDto;
  @ApiProperty({ type: ProposedScoreDto }) proposed!: ProposedScoreDto;
  @ApiProperty({ type: FinalReviewDto, nullable: true }) review!: FinalReviewDto | null;
}

export class ReviewPageDto {
  year!: number;
  @ApiProperty({ type: [ReviewRowDto] }) items!: ReviewRowDto[];
  next?: string;
}

export class FinalizedReviewDto extends FinalReviewDto {
  @ApiProperty({ format: 'uuid' }) instructorId!: string;
  year!: number;
  @ApiProperty({ type: ProposedScoreDto }) proposed!: ProposedScoreDto;
}

export class FeedbackResultDto {
  @ApiProperty({ format: 'uuid' }) instructorId!: string;
  year!: number;
  score!: number;
}

export class LeaderLinkViewDto {
  @ApiProperty({ enum: ['enterprise', 'org'] }) kind!: string;
  target!: string;
  name!: string;
  orgPath!: string;
  @ApiProperty({ enum: ORG_CLASSES, nullable: true }) orgClass!: string | null;
  @ApiProperty({ type: String, nullable: true }) lastContact!: string | null;
}

export class LeaderContactViewDto {
  on!: string;
  target!: string;
  note!: string;
  by!: string;
}

export class LeaderViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  name!: string;
  title!: string;
  @ApiProperty({ enum: LEADER_KINDS }) kind!: string;
  kindLabel!: string;
  orgPath!: string;
  @ApiProperty({ type: [LeaderLinkViewDto] }) links!: LeaderLinkViewDto[];
  @ApiProperty({ type: [LeaderContactViewDto] }) contacts!: LeaderContactViewDto[];
  /** 是否符合联系规则 / whether the rule holds */
  keepsRule!: boolean;
  problems!: string[];
  version!: number;
}

export class LeaderListDto {
  @ApiProperty({ type: [LeaderViewDto] }) items!: LeaderViewDto[];
  total!: number;
  keepingRule!: number;
}

export class RateableInstructorDto {
  @ApiProperty({ format: 'uuid' }) instructorId!: string;
  name!: string;
  @ApiProperty({ format: 'uuid' }) enterpriseId!: string;
  enterpriseName!: string;
  /** 本人已给的评分 / the liaison's score so far */
  @ApiProperty({ type: Number, nullable: true }) score!: number | null;
}
