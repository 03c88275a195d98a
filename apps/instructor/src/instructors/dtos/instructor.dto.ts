import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { ASSIGNMENT_END_REASONS, AssignmentEndReason, INSTRUCTOR_SOURCES, INSTRUCTOR_STATUSES, InstructorSource, InstructorStatus } from '@dangjian/domain-instructor';
import { CursorPageQueryDto, PageLimitDto } from '@dangjian/platform';

const PATH = /^(\/[a-z0-9][a-z0-9-]{0,62})+$/;
const PATH_MESSAGE = '路径格式不正确 / path must look like /county/park';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '日期格式应为 YYYY-MM-DD / expected a date YYYY-MM-DD';
const PHONE = /^[0-9+\- ]{7,20}$/;

export class CreateInstructorDto {
  @ApiProperty({ example: '王强' })
  @IsString()
  @Length(1, 50, { message: '姓名应为 1–50 个字 / name must be 1–50 characters' })
  name!: string;

  @ApiProperty({ enum: INSTRUCTOR_SOURCES, description: '来源：机关干部、乡镇干部、专职聘用 / where they come from' })
  @IsIn(INSTRUCTOR_SOURCES, { message: `来源应为 ${INSTRUCTOR_SOURCES.join('、')} 之一 / source must be one of ${INSTRUCTOR_SOURCES.join(', ')}` })
  source!: InstructorSource;

  @ApiProperty({ description: '派出单位 / home unit', example: '县发改委' })
  @IsString()
  @Length(1, 100, { message: '派出单位应为 1–100 个字 / home unit must be 1–100 characters' })
  homeUnit!: string;

  @ApiProperty({ description: '选派的园区或乡镇 / the park or township dispatching them', example: '/demo-county/econ-dev-zone' })
  @Matches(PATH, { message: PATH_MESSAGE })
  orgPath!: string;

  @ApiPropertyOptional({ description: '联系电话（加密保存，回显打码）/ phone, sealed and shown masked', example: '13800001234' })
  @IsOptional()
  @Matches(PHONE, { message: '电话号码格式不正确 / not a phone number' })
  phone?: string;

  @ApiPropertyOptional({ description: '平台账号（用户名）/ platform username', example: 'instructor' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  account?: string;
}

export class UpdateInstructorDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 50, { message: '姓名应为 1–50 个字 / name must be 1–50 characters' }) name?: string;
  @ApiPropertyOptional({ enum: INSTRUCTOR_SOURCES })
  @IsOptional()
  @IsIn(INSTRUCTOR_SOURCES, { message: `来源应为 ${INSTRUCTOR_SOURCES.join('、')} 之一 / source must be one of ${INSTRUCTOR_SOURCES.join(', ')}` })
  source?: InstructorSource;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) homeUnit?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(PHONE, { message: '电话号码格式不正确 / not a phone number' }) phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) account?: string;
  @ApiProperty({ description: '读取时的版本号 / the version read' })
  @Type(() => Number)
  @IsNumber()
  version!: number;
}

export class TrainingDto {
  @ApiProperty({ example: '2026-04-12' }) @Matches(DATE, { message: DATE_MESSAGE }) on!: string;
  @ApiProperty({ example: '全县党建指导员培训班' }) @IsString() @Length(1, 100, { message: '培训名称应为 1–100 个字 / title must be 1–100 characters' }) title!: string;
  @ApiProperty({ example: 8 })
  @Type(() => Number)
  @IsNumber({}, { message: '学时应为数字 / hours must be a number' })
  @Min(0.5, { message: '学时至少 0.5 / at least half an hour' })
  @Max(200, { message: '学时至多 200 / at most 200 hours' })
  hours!: number;
}

export class ListInstructorsDto extends CursorPageQueryDto {
  @ApiProperty({ description: '辖区路径 / path of a jurisdiction', example: '/demo-county/econ-dev-zone' })
  @Matches(PATH, { message: PATH_MESSAGE })
  path!: string;

  @ApiPropertyOptional({ enum: INSTRUCTOR_STATUSES })
  @IsOptional()
  @IsIn(INSTRUCTOR_STATUSES, { message: `状态应为 ${INSTRUCTOR_STATUSES.join('、')} 之一 / status must be one of ${INSTRUCTOR_STATUSES.join(', ')}` })
  status?: InstructorStatus;

  @ApiPropertyOptional({ description: '姓名包含 / name contains' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;
}

export class AssignDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: '企业 id 格式不正确 / enterpriseId must be a UUID' })
  enterpriseId!: string;

  @ApiPropertyOptional({ description: '开始联系日期（默认今天）/ first day, today unless given', example: '2026-03-01' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  from?: string;
}

export class EndAssignmentDto {
  @ApiPropertyOptional({ description: '结束日期（默认今天）/ first day no longer assigned, today unless given' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  until?: string;

  @ApiProperty({ enum: ASSIGNMENT_END_REASONS })
  @IsIn(ASSIGNMENT_END_REASONS, { message: `结束原因应为 ${ASSIGNMENT_END_REASONS.join('、')} 之一 / reason must be one of ${ASSIGNMENT_END_REASONS.join(', ')}` })
  reason!: AssignmentEndReason;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) note?: string;
}

export class RecallDto {
  @ApiProperty({ description: '召回原因 / why', example: '年度考核不合格' })
  @IsString()
  @Length(2, 200, { message: '召回原因应为 2–200 个字 / reason must be 2–200 characters' })
  reason!: string;

  @ApiPropertyOptional({ description: '接替的指导员（其联系企业连同历史移交）/ the replacement, who takes over the enterprises', format: 'uuid' })
  @IsOptional()
  @IsUUID(undefined, { message: '接替指导员 id 格式不正确 / replacementId must be a UUID' })
  replacementId?: string;

  @ApiPropertyOptional({ description: '召回日期（默认今天）/ on, today unless given' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  on?: string;
}

export class UnassignedQueryDto extends PageLimitDto {
  @ApiProperty({ description: '辖区路径 / path of a jurisdiction', example: '/demo-county/econ-dev-zone' })
  @Matches(PATH, { message: PATH_MESSAGE })
  path!: string;

  @ApiPropertyOptional({ description: '上一页最后一家企业的 id / the last enterprise id of the previous page', format: 'uuid' })
  @IsOptional()
  @IsUUID(undefined, { message: '游标格式不正确 / cursor must be an enterprise id' })
  cursor?: string;

  @ApiPropertyOptional({ description: '企业名称包含 / name contains' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;
}
