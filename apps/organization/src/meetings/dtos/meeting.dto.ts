import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { MEETING_KINDS, MeetingKind } from '@dangjian/domain-organization';
import { CursorPageQueryDto, WidePageLimitDto, YearQueryDto } from '@dangjian/platform';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const PATH = /^(\/[a-z0-9][a-z0-9-]{0,62})+$/;
const KIND_MESSAGE = `会议类型应为 ${MEETING_KINDS.join('、')} 之一 / kind must be one of ${MEETING_KINDS.join(', ')}`;

export class AttendanceDto {
  @ApiProperty({ format: 'uuid', description: '党员 / member' })
  @IsUUID('all', { message: '党员编号格式不正确 / memberId must be a member id' })
  memberId!: string;

  @ApiProperty({ description: '是否到会 / present' })
  @IsBoolean({ message: 'present 应为 true 或 false / present must be true or false' })
  present!: boolean;

  @ApiPropertyOptional({ description: '缺席原因 / reason for an absence', example: '出差' })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: '缺席原因 1–100 字 / reason: 1-100 characters' })
  reason?: string;
}

export class AttachmentMetaDto {
  @ApiProperty({ description: '附件名称 / title', example: '签到表' })
  @IsString()
  @Length(1, 100, { message: '附件名称 1–100 字 / title: 1-100 characters' })
  title!: string;

  @ApiPropertyOptional({ description: '文件名 / file name', example: 'sign-in.jpg' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  fileName?: string;

  @ApiPropertyOptional({ description: '大小（字节）/ size in bytes' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  size?: number;
}

export class RecordMeetingDto {
  @ApiProperty({ enum: MEETING_KINDS, description: '会议类型 / kind' })
  @IsIn(MEETING_KINDS, { message: KIND_MESSAGE })
  kind!: MeetingKind;

  @ApiProperty({ description: '会议日期 / held on', example: '2026-11-20' })
  @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD / expected a date YYYY-MM-DD' })
  heldOn!: string;

  @ApiProperty({ description: '主题 / topic', example: '学习贯彻党的二十届四中全会精神' })
  @IsString()
  @Length(1, 200, { message: '主题 1–200 字 / topic: 1-200 characters' })
  topic!: string;

  @ApiPropertyOptional({ description: '地点 / place' })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: '地点 1–100 字 / place: 1-100 characters' })
  place?: string;

  @ApiPropertyOptional({ description: '主持人 / host' })
  @IsOptional()
  @IsString()
  @Length(1, 40, { message: '主持人 1–40 字 / host: 1-40 characters' })
  host?: string;

  @ApiProperty({ type: [AttendanceDto], description: '出席情况 / attendance' })
  @IsArray({ message: '请登记出席情况 / attendance is required' })
  @ArrayMaxSize(500, { message: '至多 500 人 / at most 500 people' })
  @ValidateNested({ each: true })
  @Type(() => AttendanceDto)
  attendance!: AttendanceDto[];

  @ApiPropertyOptional({ description: '会议记录 / minutes' })
  @IsOptional()
  @IsString()
  @Length(1, 20_000, { message: '会议记录至多 20000 字 / minutes: at most 20000 characters' })
  minutes?: string;

  @ApiPropertyOptional({ type: [AttachmentMetaDto], description: '附件信息 / attachments’ metadata' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: '附件至多 20 个 / at most 20 attachments' })
  @ValidateNested({ each: true })
  @Type(() => AttachmentMetaDto)
  attachments?: AttachmentMetaDto[];
}

export class ListMeetingsDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ description: '年度（不填为全部年度）/ year, every year unless given', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年度应为整数 / year must be an integer' })
  @Min(1921, { message: '年度不早于 1921 / year from 1921' })
  @Max(2100, { message: '年度不晚于 2100 / year up to 2100' })
  year?: number;

  @ApiPropertyOptional({ enum: MEETING_KINDS })
  @IsOptional()
  @IsIn(MEETING_KINDS, { message: KIND_MESSAGE })
  kind?: MeetingKind;
}

export class OverdueQueryDto extends IntersectionType(YearQueryDto, WidePageLimitDto) {
  @ApiProperty({ description: '辖区路径 / path of a jurisdiction', example: '/demo-county/econ-dev-zone' })
  @Matches(PATH, { message: '路径格式不正确 / path must look like /county/park' })
  path!: string;

  @ApiPropertyOptional({ description: '上一页的 next / the previous page’s next' })
  @IsOptional()
  @Matches(PATH, { message: '分页游标无效 / invalid cursor' })
  cursor?: string;
}

export class SetActivityDayDto {
  @ApiProperty({ description: '每月几号 / day of the month', minimum: 1, maximum: 28, example: 15 })
  @Type(() => Number)
  @IsInt({ message: '日期应为 1–28 的整数 / dayOfMonth: an integer from 1 to 28' })
  @Min(1, { message: '日期应为 1–28 的整数 / dayOfMonth: an integer from 1 to 28' })
  @Max(28, { message: '日期应为 1–28 的整数（每月都有）/ dayOfMonth: 1-28, a day every month has' })
  dayOfMonth!: number;

  @ApiProperty({ description: '活动地点 / place', example: '园区党群服务中心' })
  @IsString()
  @Length(1, 100, { message: '地点 1–100 字 / place: 1-100 characters' })
  place!: string;
}

export class CheckActivityDayDto {
  @ApiProperty({ description: '月份 / month', example: '2026-11' })
  @Matches(MONTH, { message: '月份格式应为 YYYY-MM / expected a month YYYY-MM' })
  month!: string;

  @ApiProperty({ description: '是否按时开展 / held as scheduled' })
  @IsBoolean({ message: 'held 应为 true 或 false / held must be true or false' })
  held!: boolean;

  @ApiPropertyOptional({ description: '检查说明 / note' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: '说明 1–200 字 / note: 1-200 characters' })
  note?: string;
}

export class ActivityDaysQueryDto {
  @ApiProperty({ description: '辖区路径 / path of a jurisdiction', example: '/demo-county/econ-dev-zone' })
  @Matches(PATH, { message: '路径格式不正确 / path must look like /county/park' })
  path!: string;

  @ApiPropertyOptional({ description: '月份（默认本月）/ month, this one unless given', example: '2026-11' })
  @IsOptional()
  @Matches(MONTH, { message: '月份格式应为 YYYY-MM / expected a month YYYY-MM' })
  month?: string;
}
