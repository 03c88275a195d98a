import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CursorPageQueryDto } from '@dangjian/platform';
import { DEVELOPMENT_STAGES, DevelopmentStage, EDUCATION_LEVELS, EducationLevel } from '@dangjian/domain-organization';
import { MEMBER_CATEGORIES, MEMBER_STATUSES, MemberCategory, MemberStatus } from '../member.schema';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '日期格式应为 YYYY-MM-DD / expected a date YYYY-MM-DD';
const PATH = /^(\/[a-z0-9][a-z0-9-]{0,62})+$/;
const PHONE = /^\+?[0-9][0-9 -]{4,19}$/;
const oneOf = (label: string, field: string, values: readonly string[]) => `${label}应为 ${values.join('、')} 之一 / ${field} must be one of ${values.join(', ')}`;

export class StepDocumentDto {
  @ApiProperty({ description: '材料名称 / document', example: '入党申请书' })
  @IsString()
  @Length(1, 100, { message: '材料名称 1–100 字 / title: 1-100 characters' })
  title!: string;

  @ApiPropertyOptional({ description: '文号 / number', example: '海丰支〔2026〕3号' })
  @IsOptional()
  @IsString()
  @Length(1, 60, { message: '文号 1–60 字 / number: 1-60 characters' })
  number?: string;

  @ApiPropertyOptional({ description: '日期 / date', example: '2026-03-01' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  date?: string;
}

class MemberFieldsDto {
  @ApiPropertyOptional({ description: '手机号 / phone', example: '13812345678' })
  @IsOptional()
  @Matches(PHONE, { message: '手机号格式不正确 / phone: digits, 5-20 characters' })
  phone?: string;

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS, description: '学历 / education' })
  @IsOptional()
  @IsIn(EDUCATION_LEVELS, { message: oneOf('学历', 'education', EDUCATION_LEVELS) })
  education?: EducationLevel;

  @ApiPropertyOptional({ description: '在企业中的职务 / position in the enterprise', example: '车间主任' })
  @IsOptional()
  @IsString()
  @Length(1, 60, { message: '职务 1–60 字 / position: 1-60 characters' })
  position?: string;

  @ApiPropertyOptional({ description: '所在企业（台账编号）/ the ledger enterprise the person works in', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '企业编号格式不正确 / enterpriseId must be a ledger id' })
  enterpriseId?: string;

  @ApiPropertyOptional({ description: '平台用户名（本人登录后可查看自己的信息）/ platform username of the person', example: 'member' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9._-]{0,63}$/, { message: '用户名格式不正确 / account: a platform username' })
  account?: string;
}

export class CreateMemberDto extends MemberFieldsDto {
  @ApiProperty({ description: '所在党支部 / the branch', format: 'uuid' })
  @IsUUID('all', { message: '党支部编号格式不正确 / orgId must be an org id' })
  orgId!: string;

  @ApiProperty({ description: '姓名 / name', example: '王建国' })
  @IsString()
  @Length(1, 40, { message: '姓名 1–40 字 / name: 1-40 characters' })
  name!: string;

  @ApiProperty({ description: '公民身份号码（18 位）/ citizen ID number (18 characters)', example: '11010519491231002X' })
  @IsString({ message: '请填写身份证号 / citizenId is required' })
  @Length(1, 40, { message: '身份证号应为 18 位 / citizenId: 18 characters' })
  citizenId!: string;

  @ApiProperty({ enum: DEVELOPMENT_STAGES, description: '当前阶段 / stage now' })
  @IsIn(DEVELOPMENT_STAGES, { message: oneOf('阶段', 'stage', DEVELOPMENT_STAGES) })
  stage!: DevelopmentStage;

  @ApiProperty({ description: '进入当前阶段的日期（预备党员为支部大会通过之日）/ the day the current stage began (probation: the vote)', example: '2025-07-01' })
  @Matches(DATE, { message: DATE_MESSAGE })
  since!: string;

  @ApiPropertyOptional({ description: '入党日期（正式党员：成为预备党员之日）/ formal members: the day they became probationary', example: '2019-07-01' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  joinedOn?: string;
}

export class UpdateMemberDto extends MemberFieldsDto {
  @ApiPropertyOptional({ description: '姓名 / name' })
  @IsOptional()
  @IsString()
  @Length(1, 40, { message: '姓名 1–40 字 / name: 1-40 characters' })
  name?: string;

  @ApiPropertyOptional({ description: '更正身份证号 / corrected citizen ID number' })
  @IsOptional()
  @IsString()
  @Length(1, 40, { message: '身份证号应为 18 位 / citizenId: 18 characters' })
  citizenId?: string;
}

export class DevelopmentStepDto {
  @ApiProperty({ enum: DEVELOPMENT_STAGES, description: '下一阶段 / the next stage' })
  @IsIn(DEVELOPMENT_STAGES, { message: oneOf('阶段', 'stage', DEVELOPMENT_STAGES) })
  stage!: DevelopmentStage;

  @ApiProperty({ description: '日期 / the day', example: '2026-07-01' })
  @Matches(DATE, { message: DATE_MESSAGE })
  on!: string;

  @ApiPropertyOptional({ type: [StepDocumentDto], description: '依据材料 / documents' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: '材料至多 20 份 / at most 20 documents' })
  @ValidateNested({ each: true })
  @Type(() => StepDocumentDto)
  documents?: StepDocumentDto[];
}

export class LookupMemberDto {
  @ApiProperty({ description: '公民身份号码 / citizen ID number', example: '11010519491231002X' })
  @IsString({ message: '请填写身份证号 / citizenId is required' })
  @Length(1, 40, { message: '身份证号应为 18 位 / citizenId: 18 characters' })
  citizenId!: string;

  @ApiPropertyOptional({ description: '同时查找已转出、已移出的历史记录 / also the records of earlier orgs (transferred out, left)', default: false })
  @IsOptional()
  @IsBoolean({ message: 'history 应为 true 或 false / history must be true or false' })
  history?: boolean;
}

export class ListMembersDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ description: '组织路径（默认本人辖区）/ path of a unit, the caller’s own unless given', example: '/demo-county/econ-dev-zone' })
  @IsOptional()
  @Matches(PATH, { message: '路径格式不正确 / path must look like /county/park' })
  path?: string;

  @ApiPropertyOptional({ enum: MEMBER_CATEGORIES, description: 'member 花名册（预备、正式党员），candidate 发展对象队伍 / roster or pipeline' })
  @IsOptional()
  @IsIn(MEMBER_CATEGORIES, { message: oneOf('类别', 'category', MEMBER_CATEGORIES) })
  category?: MemberCategory;

  @ApiPropertyOptional({ enum: DEVELOPMENT_STAGES, description: '阶段 / stage' })
  @IsOptional()
  @IsIn(DEVELOPMENT_STAGES, { message: oneOf('阶段', 'stage', DEVELOPMENT_STAGES) })
  stage?: DevelopmentStage;

  @ApiPropertyOptional({ enum: MEMBER_STATUSES, description: '状态（默认 active 在册）/ status, active unless given' })
  @IsOptional()
  @IsIn(MEMBER_STATUSES, { message: oneOf('状态', 'status', MEMBER_STATUSES) })
  status?: MemberStatus;

  @ApiPropertyOptional({ description: '姓名开头 / name starts with' })
  @IsOptional()
  @IsString()
  @Length(1, 40, { message: '姓名 1–40 字 / name: 1-40 characters' })
  name?: string;
}

export class DevelopmentStatisticsQueryDto {
  @ApiProperty({ description: '县、园区或乡镇的路径 / path of a county, park or township', example: '/demo-county' })
  @Matches(PATH, { message: '路径格式不正确 / path must look like /county/park' })
  path!: string;

  @ApiProperty({ description: '年度 / year', example: 2026 })
  @Type(() => Number)
  @IsInt({ message: '年度应为整数 / year must be an integer' })
  @Min(1921, { message: '年度不早于 1921 / year from 1921' })
  @Max(2100, { message: '年度不晚于 2100 / year up to 2100' })
  year!: number;
}


export class RemoveMemberDto {
  @ApiProperty({ description: '原因 / reason', example: '病故' })
  @IsString({ message: '请填写原因 / reason is required' })
  @Length(2, 200, { message: '原因应为 2–200 个字 / reason: 2-200 characters' })
  reason!: string;

  @ApiPropertyOptional({ description: '日期（默认今天）/ the day, today unless given', example: '2026-11-20' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  on?: string;
}
