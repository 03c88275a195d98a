import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// What organization answers, documented so that clients (the console's generated types) need not guess.
// Optional where a record may lack the field, nullable where it is stored as null; the service may add fields.

export class OrgUnitViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  path!: string;
  @ApiProperty({ type: String, nullable: true }) parentPath!: string | null;
  name!: string;
  label!: string;
  @ApiProperty({ enum: ['county', 'park', 'township', 'party-committee', 'general-branch', 'branch', 'party-group'] }) kind!: string;
  /** 类型的中文名 / kind in Chinese */
  kindLabel!: string;
  @ApiPropertyOptional({ enum: ['independent', 'joint', 'hosted'] }) form?: 'independent' | 'joint' | 'hosted';
  foundedOn?: string;
  secretary?: string;
  @ApiPropertyOptional({ enum: ['active', 'revoked', 'closed'] }) status?: 'active' | 'revoked' | 'closed';
}

export class OrgUnitPageDto {
  @ApiProperty({ type: [OrgUnitViewDto] }) items!: OrgUnitViewDto[];
  next?: string;
}

export class AttachedEnterpriseDto {
  @ApiProperty({ format: 'uuid' }) enterpriseId!: string;
  uscc!: string;
  name!: string;
  /** 纳入日期 YYYY-MM-DD / attached on */
  since!: string;
  by!: string;
}

export class DetachedEnterpriseDto extends AttachedEnterpriseDto {
  /** 解除日期 / detached on */
  until!: string;
  reason!: string;
  detachedBy!: string;
}

export class BranchEnterprisesDto {
  orgId!: string;
  orgPath!: string;
  @ApiProperty({ enum: ['independent', 'joint', 'hosted'], nullable: true, type: String }) form!: string | null;
  /** 最多覆盖企业数，null 为不限 / most enterprises it may cover, null for no limit */
  @ApiProperty({ type: Number, nullable: true }) maxEnterprises!: number | null;
  @ApiProperty({ type: [AttachedEnterpriseDto] }) enterprises!: AttachedEnterpriseDto[];
  @ApiProperty({ type: [DetachedEnterpriseDto] }) history!: DetachedEnterpriseDto[];
}

export class ChecklistItemDto {
  item!: string;
  label!: string;
  done!: boolean;
  @ApiProperty({ type: String, nullable: true }) by!: string | null;
  @ApiProperty({ type: String, nullable: true }) at!: string | null;
}

export class ChecklistsDto {
  /** 党建大礼包 / the new organization's starter kit */
  @ApiProperty({ name: 'starter-kit', type: [ChecklistItemDto] }) starterKit!: ChecklistItemDto[];
  /** 活动阵地“六有” / the activity room's six haves */
  @ApiProperty({ name: 'activity-room', type: [ChecklistItemDto] }) activityRoom!: ChecklistItemDto[];
}

export class CommitteeMemberViewDto {
  name!: string;
  role!: string;
  roleLabel?: string;
  username?: string;
}

export class CommitteeDto {
  electedOn!: string;
  @ApiProperty({ type: [CommitteeMemberViewDto] }) members!: CommitteeMemberViewDto[];
}

export class PartyOrgRecordsDto {
  orgId!: string;
  path!: string;
  @ApiProperty({ type: ChecklistsDto }) checklists!: ChecklistsDto;
  @ApiPropertyOptional({ type: CommitteeDto, nullable: true }) committee!: CommitteeDto | null;
}

export class SuggestedEnterpriseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  uscc!: string;
  name!: string;
  @ApiProperty({ type: String, nullable: true }) industryCode!: string | null;
  formalMembers!: number;
}

export class SuggestionViewDto {
  id!: string;
  /** 园区或乡镇 / the park or township */
  jurisdiction!: string;
  @ApiProperty({ enum: ['form-independent', 'form-at-registration', 'form-joint', 'leave-joint', 'needs-instructor', 'adjust-org'] }) kind!: string;
  label!: string;
  @ApiProperty({ type: [SuggestedEnterpriseDto] }) enterprises!: SuggestedEnterpriseDto[];
  @ApiProperty({ type: String, nullable: true }) branchId!: string | null;
  reason!: string;
  @ApiProperty({ enum: ['open', 'accepted', 'dismissed', 'obsolete'] }) status!: string;
  openedAt!: string;
  @ApiProperty({ type: String, nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) result!: Record<string, unknown> | null;
}

export class SuggestionListDto {
  @ApiProperty({ type: [SuggestionViewDto] }) items!: SuggestionViewDto[];
}

export class FiguresRowDto {
  /** 党建基数 / the base */
  base!: number;
  /** 已建党组织 / covered by a party organization */
  organization!: number;
  /** 党的工作覆盖 / covered by an organization or an instructor */
  work!: number;
  large!: number;
  largeWithoutMembers!: number;
  /** 百分比，一位小数；基数为 0 时为 null / percent, null for an empty base */
  @ApiProperty({ type: Number, nullable: true }) organizationRate!: number | null;
  @ApiProperty({ type: Number, nullable: true }) workRate!: number | null;
}

export class KindFiguresDto extends FiguresRowDto {
  @ApiProperty({ enum: ['enterprise', 'social-org', 'individual'] }) kind!: string;
  label!: string;
}

export class IndustryFiguresDto extends FiguresRowDto {
  industry!: string;
  label!: string;
}

export class ChildFiguresDto extends FiguresRowDto {
  path!: string;
  label!: string;
  kind!: string;
}

export class TargetStandingDto {
  by!: string;
  organization!: number;
  work!: number;
  organizationMet!: boolean;
  workMet!: boolean;
  due!: boolean;
}

export class CoverageViewDto {
  path!: string;
  label!: string;
  date!: string;
  @ApiProperty({ enum: ['live', 'snapshot', 'none'] }) source!: 'live' | 'snapshot' | 'none';
  @ApiProperty({ type: String, nullable: true }) figuresOf!: string | null;
  @ApiProperty({ type: FiguresRowDto }) totals!: FiguresRowDto;
  @ApiProperty({ type: [KindFiguresDto] }) byKind!: KindFiguresDto[];
  @ApiProperty({ type: [IndustryFiguresDto] }) byIndustry!: IndustryFiguresDto[];
  @ApiProperty({ type: [ChildFiguresDto] }) children!: ChildFiguresDto[];
  @ApiProperty({ type: [TargetStandingDto] }) targets!: TargetStandingDto[];
}

export class GapItemDto {
  @ApiProperty({ format: 'uuid' }) enterpriseId!: string;
  uscc!: string;
  name!: string;
  orgPath!: string;
  kind!: string;
  industry!: string;
  large!: boolean;
  hasMembers!: boolean;
}

export class GapPageDto {
  @ApiProperty({ type: [GapItemDto] }) items!: GapItemDto[];
  next?: string;
}

export class CoverageRebuildDto {
  id?: string;
  @ApiPropertyOptional({ enum: ['running', 'recounting', 'completed'] }) status?: string;
  processed?: number;
  total?: number;
  corrected?: number;
  startedAt?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) finishedAt?: string | null;
}

export class BaseFiguresDto {
  base!: number;
  organization!: number;
  @ApiProperty({ type: Number, nullable: true }) rate!: number | null;
}

export class PartyOrgFiguresDto {
  branches!: number;
  independent!: number;
  joint!: number;
  hosted!: number;
  formUnknown!: number;
  generalBranches!: number;
  partyCommittees!: number;
  partyGroups!: number;
  formedThisYear!: number;
  revokedThisYear!: number;
}

export class MemberFiguresDto {
  formal!: number;
  probationary!: number;
}

export class StatisticsRowDto {
  path!: string;
  label!: string;
  @ApiProperty({ type: BaseFiguresDto }) enterprises!: BaseFiguresDto;
  @ApiProperty({ type: BaseFiguresDto }) socialOrgs!: BaseFiguresDto;
  @ApiProperty({ type: Number, nullable: true }) workRate!: number | null;
  @ApiProperty({ type: PartyOrgFiguresDto }) orgs!: PartyOrgFiguresDto;
  @ApiProperty({ type: MemberFiguresDto }) members!: MemberFiguresDto;
}

export class StatisticsTableDto {
  path!: string;
  label!: string;
  date!: string;
  @ApiProperty({ enum: ['live', 'snapshot', 'none'] }) source!: string;
  @ApiProperty({ type: [StatisticsRowDto] }) rows!: StatisticsRowDto[];
  @ApiProperty({ type: StatisticsRowDto }) total!: StatisticsRowDto;
}

export class EffectivePolicyDto {
  orgPath!: string;
  date!: string;
  /** 各项设置 / each setting in force */
  @ApiProperty({ type: 'object', additionalProperties: true }) settings!: Record<string, unknown>;
  /** 各项来自哪一级的哪个版本（kind: default 或 jurisdiction）/ where each value comes from */
  @ApiProperty({ type: 'object', additionalProperties: true }) sources!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) labels!: Record<string, string>;
}

export class PolicyVersionViewDto {
  id!: string;
  effectiveFrom!: string;
  @ApiProperty({ type: String, nullable: true }) effectiveUntil!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) settings!: Record<string, unknown>;
  note?: string;
  createdBy!: string;
  createdAt!: string;
}

export class PolicyVersionsDto {
  orgPath!: string;
  @ApiProperty({ type: [PolicyVersionViewDto] }) versions!: PolicyVersionViewDto[];
}

export class StepDocumentViewDto {
  title!: string;
  number?: string;
  date?: string;
}

export class MemberStepViewDto {
  @ApiProperty({ enum: ['applicant', 'activist', 'target', 'probationary', 'formal'] }) stage!: string;
  /** 日期 / the day */
  on!: string;
  @ApiProperty({ type: [StepDocumentViewDto] }) documents!: StepDocumentViewDto[];
  by!: string;
}

export class MemberViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) orgId!: string;
  orgPath!: string;
  name!: string;
  /** 身份证号（脱敏）/ citizen ID, masked */
  @ApiProperty({ example: '1101**********002X' }) citizenId!: string;
  /** 手机号（脱敏）/ phone, masked */
  @ApiProperty({ type: String, nullable: true, example: '138****5678' }) phone!: string | null;
  @ApiProperty({ enum: ['male', 'female'] }) gender!: string;
  birthDate!: string;
  @ApiProperty({ type: String, nullable: true }) education!: string | null;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) enterpriseId!: string | null;
  @ApiProperty({ enum: ['applicant', 'activist', 'target', 'probationary', 'formal'] }) stage!: string;
  /** 阶段的中文名 / stage in Chinese */
  stageLabel!: string;
  @ApiProperty({ enum: ['member', 'candidate'] }) category!: string;
  @ApiProperty({ enum: ['active', 'transferred-out', 'removed'] }) status!: string;
  /** 入党日期（成为预备党员之日）/ the day the person became probationary */
  @ApiProperty({ type: String, nullable: true }) joinedOn!: string | null;
  /** 转正日期 / the day the person became formal */
  @ApiProperty({ type: String, nullable: true }) formalOn!: string | null;
  /** 预备期满之日 / the first day a probationary member may become formal */
  @ApiProperty({ type: String, nullable: true }) probationEndsOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) account!: string | null;
  @ApiProperty({ type: [MemberStepViewDto] }) steps!: MemberStepViewDto[];
}

export class MemberPageDto {
  @ApiProperty({ type: [MemberViewDto] }) items!: MemberViewDto[];
  next?: string;
}

export class MemberListDto {
  @ApiProperty({ type: [MemberViewDto] }) items!: MemberViewDto[];
}

export class MemberIdentityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  name!: string;
  /** 完整身份证号（本次查看已记入审计）/ the full citizen ID; this view is in the audit trail */
  citizenId!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
}

export class DevelopmentCountsDto {
  /** 入党申请人 / applications */
  applicants!: number;
  /** 列为积极分子 / new activists */
  activists!: number;
  /** 列为发展对象 / new development targets */
  targets!: number;
  /** 发展党员（成为预备党员）/ new (probationary) members */
  probationary!: number;
  /** 转正 / became formal */
  formal!: number;
}

export class DevelopmentStatisticsRowDto extends DevelopmentCountsDto {
  path!: string;
  label!: string;
}

export class DevelopmentStatisticsDto {
  path!: string;
  year!: number;
  @ApiProperty({ type: [DevelopmentStatisticsRowDto] }) rows!: DevelopmentStatisticsRowDto[];
  @ApiProperty({ type: DevelopmentCountsDto }) total!: DevelopmentCountsDto;
}

export class MeetingAttendanceViewDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  name!: string;
  present!: boolean;
  reason?: string;
}

export class AttachmentMetaViewDto {
  title!: string;
  fileName?: string;
  size?: number;
}

export class MeetingViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) orgId!: string;
  orgPath!: string;
  @ApiProperty({ enum: ['general-meeting', 'committee-meeting', 'group-meeting', 'party-lecture', 'theme-day', 'life-meeting', 'member-review'] }) kind!: string;
  kindLabel!: string;
  heldOn!: string;
  topic!: string;
  @ApiProperty({ type: String, nullable: true }) place!: string | null;
  @ApiProperty({ type: String, nullable: true }) host!: string | null;
  @ApiProperty({ type: [MeetingAttendanceViewDto] }) attendance!: MeetingAttendanceViewDto[];
  presentCount!: number;
  absentCount!: number;
  @ApiProperty({ type: String, nullable: true }) minutes!: string | null;
  @ApiProperty({ type: [AttachmentMetaViewDto] }) attachments!: AttachmentMetaViewDto[];
  recordedBy!: string;
}

export class MeetingPageDto {
  @ApiProperty({ type: [MeetingViewDto] }) items!: MeetingViewDto[];
  next?: string;
}

export class PeriodDto {
  from!: string;
  to!: string;
}

export class KindStandingDto {
  @ApiProperty({ enum: ['general-meeting', 'committee-meeting', 'group-meeting', 'party-lecture', 'theme-day', 'life-meeting', 'member-review'] }) kind!: string;
  kindLabel!: string;
  /** 每年应开次数 / due per year */
  perYear!: number;
  @ApiProperty({ type: String, nullable: true }) lastHeld!: string | null;
  /** 未开会的周期 / periods without a meeting */
  @ApiProperty({ type: [PeriodDto] }) missed!: PeriodDto[];
  /** 逾期起始日 / overdue since */
  @ApiProperty({ type: String, nullable: true }) overdueSince!: string | null;
}

export class MeetingComplianceDto {
  @ApiProperty({ format: 'uuid' }) orgId!: string;
  orgPath!: string;
  year!: number;
  @ApiProperty({ type: [KindStandingDto] }) kinds!: KindStandingDto[];
}

export class OverdueOrgDto {
  @ApiProperty({ format: 'uuid' }) orgId!: string;
  orgPath!: string;
  label!: string;
  @ApiProperty({ type: [KindStandingDto] }) overdue!: KindStandingDto[];
}

export class OverduePageDto {
  @ApiProperty({ type: [OverdueOrgDto] }) items!: OverdueOrgDto[];
  next?: string;
}

export class ActivityDayCheckDto {
  held!: boolean;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class ActivityDayViewDto {
  @ApiProperty({ format: 'uuid' }) orgId!: string;
  orgPath!: string;
  label!: string;
  @ApiProperty({ type: Number, nullable: true }) dayOfMonth!: number | null;
  @ApiProperty({ type: String, nullable: true }) place!: string | null;
  month!: string;
  @ApiProperty({ type: String, nullable: true }) dueOn!: string | null;
  @ApiProperty({ enum: ['held', 'not-held', 'unchecked', 'unscheduled'] }) status!: string;
  @ApiProperty({ type: ActivityDayCheckDto, nullable: true }) check!: ActivityDayCheckDto | null;
}

export class ActivityDayListDto {
  month!: string;
  @ApiProperty({ type: [ActivityDayViewDto] }) items!: ActivityDayViewDto[];
}

export class DuesAccountViewDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  memberName!: string;
  @ApiProperty({ enum: ['employed', 'retired', 'farmer', 'student', 'unemployed', 'low-income'] }) category!: string;
  categoryLabel!: string;
  /** 税后月收入（分）/ after-tax monthly income, fen */
  incomeFen!: number;
  @ApiProperty({ type: Number, nullable: true }) farmerFen!: number | null;
  /** 月缴党费（分）/ monthly dues, fen */
  monthlyFen!: number;
  setForYear!: number;
  /** 起缴月份 / first month owed */
  dueFrom!: string;
}

export class PaidMonthDto {
  month!: string;
  amountFen!: number;
  receiptNo!: string;
}

export class ArrearsStandingDto {
  unpaidMonths!: number;
  @ApiProperty({ type: String, nullable: true }) since!: string | null;
  @ApiProperty({ enum: ['ok', 'warning', 'lapse'] }) level!: string;
}

export class AccountsBookRowDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  name!: string;
  @ApiProperty({ enum: ['applicant', 'activist', 'target', 'probationary', 'formal'] }) stage!: string;
  @ApiProperty({ type: DuesAccountViewDto, nullable: true }) account!: DuesAccountViewDto | null;
  @ApiProperty({ type: [PaidMonthDto] }) paid!: PaidMonthDto[];
  paidFen!: number;
  @ApiProperty({ type: ArrearsStandingDto, nullable: true }) arrears!: ArrearsStandingDto | null;
}

export class AccountsBookDto {
  @ApiProperty({ format: 'uuid' }) orgId!: string;
  orgPath!: string;
  label!: string;
  year!: number;
  @ApiProperty({ type: String, nullable: true }) closedUpTo!: string | null;
  @ApiProperty({ type: [AccountsBookRowDto] }) rows!: AccountsBookRowDto[];
}

export class LedgerEntryDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  memberName!: string;
  month!: string;
  amountFen!: number;
  receiptNo!: string;
  paidOn!: string;
  by!: string;
}

export class LedgerMonthDto {
  month!: string;
  payments!: number;
  amountFen!: number;
}

export class DuesLedgerDto {
  @ApiProperty({ format: 'uuid' }) orgId!: string;
  orgPath!: string;
  label!: string;
  year!: number;
  @ApiProperty({ type: [LedgerEntryDto] }) entries!: LedgerEntryDto[];
  @ApiProperty({ type: [LedgerMonthDto] }) byMonth!: LedgerMonthDto[];
  totalFen!: number;
}

export class DuesReceiptDto {
  @ApiProperty() id!: string;
  /** 收据号 / receipt number */
  receiptNo!: string;
  @ApiProperty({ format: 'uuid' }) orgId!: string;
  orgPath!: string;
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  memberName!: string;
  @ApiProperty({ type: [String] }) months!: string[];
  amountFen!: number;
  issuedOn!: string;
  by!: string;
  @ApiProperty({ enum: ['issued', 'void'] }) status!: string;
  voidReason?: string;
}

export class DuesReceiptsDto {
  @ApiProperty({ format: 'uuid' }) orgId!: string;
  orgPath!: string;
  label!: string;
  year!: number;
  @ApiProperty({ type: [DuesReceiptDto] }) items!: DuesReceiptDto[];
}

export class PublicationRowDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  name!: string;
  @ApiProperty({ type: Number, nullable: true }) monthlyFen!: number | null;
  paid!: boolean;
  @ApiProperty({ type: Number, nullable: true }) amountFen!: number | null;
  @ApiProperty({ type: String, nullable: true }) receiptNo!: string | null;
}

export class DuesPublicationDto {
  @ApiProperty({ format: 'uuid' }) orgId!: string;
  orgPath!: string;
  label!: string;
  month!: string;
  @ApiProperty({ type: [PublicationRowDto] }) rows!: PublicationRowDto[];
  paidCount!: number;
  collectedFen!: number;
}

export class DuesFiguresDto {
  collectedFen!: number;
  payers!: number;
  payments!: number;
}

export class DuesTotalsRowDto extends DuesFiguresDto {
  path!: string;
  label!: string;
}

export class DuesTotalsDto {
  path!: string;
  label!: string;
  year!: number;
  @ApiProperty({ type: [DuesTotalsRowDto] }) rows!: DuesTotalsRowDto[];
  @ApiProperty({ type: DuesFiguresDto }) total!: DuesFiguresDto;
}

export class DuesClosedDto {
  @ApiProperty({ format: 'uuid' }) orgId!: string;
  closedUpTo!: string;
}

export class TransferSideDto {
  @ApiProperty({ format: 'uuid' }) orgId!: string;
  orgPath!: string;
  label!: string;
}

export class TransferHistoryDto {
  @ApiProperty({ enum: ['send', 'receive', 'reject', 'withdraw', 'record'] }) action!: string;
  by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class TransferViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  memberName!: string;
  @ApiProperty({ enum: ['within-county', 'outward', 'inward'] }) kind!: string;
  @ApiProperty({ type: TransferSideDto, nullable: true }) from!: TransferSideDto | null;
  @ApiProperty({ type: TransferSideDto, nullable: true }) to!: TransferSideDto | null;
  @ApiProperty({ type: String, nullable: true }) externalOrg!: string | null;
  @ApiProperty({ type: String, nullable: true }) letterNo!: string | null;
  @ApiProperty({ enum: ['pending', 'completed', 'rejected', 'withdrawn'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [TransferHistoryDto] }) history!: TransferHistoryDto[];
}

export class TransferPageDto {
  @ApiProperty({ type: [TransferViewDto] }) items!: TransferViewDto[];
  next?: string;
}

export class TransferListDto {
  @ApiProperty({ type: [TransferViewDto] }) items!: TransferViewDto[];
}

export class InwardTransferViewDto {
  @ApiProperty({ type: MemberViewDto }) member!: MemberViewDto;
  @ApiProperty({ type: TransferViewDto }) transfer!: TransferViewDto;
}

export class PointsEntryDto {
  points!: number;
  reason!: string;
  on!: string;
  sourceId!: string;
}

export class MemberPointsDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  year!: number;
  balance!: number;
  @ApiProperty({ type: [PointsEntryDto] }) entries!: PointsEntryDto[];
}

export class OrgPointsItemDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  name!: string;
  points!: number;
}

export class OrgPointsDto {
  @ApiProperty({ format: 'uuid' }) orgId!: string;
  year!: number;
  @ApiProperty({ type: [OrgPointsItemDto] }) items!: OrgPointsItemDto[];
}

export class RosterRowRefusalDto {
  /** 行号 / line in the workbook */
  line!: number;
  column!: string;
  reason!: string;
}

export class RosterImportResultDto {
  /** 数据行数 / data rows read */
  total!: number;
  created!: number;
  @ApiProperty({ type: [RosterRowRefusalDto] }) refused!: RosterRowRefusalDto[];
}
