import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CHECKLIST_ITEMS } from '@dangjian/domain-instructor';
import { CursorPageQueryDto } from '@dangjian/platform';
import { VisitRequestDto } from '../../requests/dtos/request.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '日期格式应为 YYYY-MM-DD / expected a date YYYY-MM-DD';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = '月份格式应为 YYYY-MM / expected a month YYYY-MM';
const PATH = /^(\/[a-z0-9][a-z0-9-]{0,62})+$/;

export class FollowUpInputDto {
  @ApiProperty({ example: '协助办理安全生产许可证延续' })
  @IsString()
  @Length(1, 200, { message: '跟进事项应为 1–200 个字 / a follow-up must be 1–200 characters' })
  text!: string;

  @ApiPropertyOptional({ example: '2026-06-30' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  due?: string;
}

export class VisitAttachmentDto {
  @ApiProperty({ example: '走访照片' }) @IsString() @Length(1, 100, { message: '附件名称应为 1–100 个字 / title must be 1–100 characters' }) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) fileName?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(1_000_000_000) size?: number;
}

export class RecordVisitDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: '企业 id 格式不正确 / enterpriseId must be a UUID' })
  enterpriseId!: string;

  @ApiProperty({ example: '2026-05-12' })
  @Matches(DATE, { message: DATE_MESSAGE })
  visitedOn!: string;

  @ApiProperty({ enum: CHECKLIST_ITEMS, isArray: true, description: '“三个第一、四个清楚、五员”勾选项 / the 345 items ticked' })
  @IsArray({ message: '清单应为数组 / checklist must be a list' })
  @ArrayMaxSize(CHECKLIST_ITEMS.length)
  @IsString({ each: true })
  checklist!: string[];

  @ApiPropertyOptional({ description: '走访发现 / findings' })
  @IsOptional()
  @IsString()
  @Length(0, 4000, { message: '走访发现至多 4000 字 / findings at most 4000 characters' })
  findings?: string;

  @ApiPropertyOptional({ type: [FollowUpInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: '跟进事项至多 20 项 / at most 20 follow-ups' })
  @ValidateNested({ each: true })
  @Type(() => FollowUpInputDto)
  followUps?: FollowUpInputDto[];

  @ApiPropertyOptional({ type: [VisitAttachmentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: '附件至多 20 个 / at most 20 attachments' })
  @ValidateNested({ each: true })
  @Type(() => VisitAttachmentDto)
  attachments?: VisitAttachmentDto[];

  @ApiPropertyOptional({ type: [VisitRequestDto], description: '走访中受理的企业诉求 / requests raised on the visit' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10, { message: '一次走访至多受理 10 条诉求 / at most 10 requests per visit' })
  @ValidateNested({ each: true })
  @Type(() => VisitRequestDto)
  requests?: VisitRequestDto[];
}

export class ListVisitsDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: '指导员（指导员本人默认自己）/ the instructor, oneself for an instructor' })
  @IsOptional()
  @IsUUID(undefined, { message: '指导员 id 格式不正确 / instructorId must be a UUID' })
  instructorId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID(undefined, { message: '企业 id 格式不正确 / enterpriseId must be a UUID' })
  enterpriseId?: string;

  @ApiPropertyOptional({ example: '2026-05' })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month?: string;
}

export class VisitOverdueQueryDto {
  @ApiProperty({ description: '辖区路径 / path of a jurisdiction', example: '/demo-county/econ-dev-zone' })
  @Matches(PATH, { message: '路径格式不正确 / path must look like /county/park' })
  path!: string;

  @ApiPropertyOptional({ description: '月份（默认本月）/ month, this one unless given', example: '2026-05' })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month?: string;
}
