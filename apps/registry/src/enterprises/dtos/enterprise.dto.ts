import { ApiProperty, ApiPropertyOptional, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CENSUS_STAGES, ENTERPRISE_KINDS, ENTERPRISE_STATUSES, EnterpriseKind, EnterpriseStatus } from '@dangjian/contracts';

export const CENSUS_LIST_STAGES = [...CENSUS_STAGES, 'in-base', 'excluded'] as const;
export type CensusListStage = (typeof CENSUS_LIST_STAGES)[number];
import { PARTY_ORG_STATUSES, PartyOrgStatus } from '../enterprise.schema';

const ORG_PATH = /^(\/[a-z0-9][a-z0-9-]{0,62})+$/;
const NOT_NEGATIVE = { message: '人数不能为负数 / counts cannot be negative' };

export class MassOrgsDto {
  @ApiProperty({ description: '工会 / trade union', example: true }) @IsBoolean() union!: boolean;
  @ApiProperty({ description: '共青团 / youth league', example: false }) @IsBoolean() youthLeague!: boolean;
  @ApiProperty({ description: '妇联 / women’s federation', example: false }) @IsBoolean() womensFederation!: boolean;
}

export class CreateEnterpriseDto {
  @ApiProperty({ description: '统一社会信用代码 / unified social credit code', example: '91340621MA2N0X0X1F' })
  @IsString()
  uscc!: string;

  @ApiProperty({ description: '名称 / name', example: '濉溪县浩丰实业有限公司' })
  @IsString()
  @Length(2, 100, { message: '名称长度应为 2–100 个字 / name must be 2-100 characters' })
  name!: string;

  @ApiPropertyOptional({ enum: ENTERPRISE_KINDS, description: '不填则按信用代码推断 / proposed from the credit code when absent' })
  @IsOptional()
  @IsIn(ENTERPRISE_KINDS, { message: '类型应为 enterprise/social-org/individual / kind must be enterprise, social-org or individual' })
  kind?: EnterpriseKind;

  @ApiProperty({ description: '所属园区或乡镇路径 / park or township path', example: '/demo-county/econ-dev-zone' })
  @Matches(ORG_PATH, { message: '辖区路径格式不正确 / orgPath must look like /county/park' })
  orgPath!: string;

  @IsOptional() @IsString() @Length(1, 60) grid?: string;

  @ApiPropertyOptional({ description: 'GB/T 4754 行业代码 / industry code', example: 'C3411' })
  @IsOptional()
  @Matches(/^[A-T](\d{2}(\d{1,2})?)?$/, { message: '行业代码应符合 GB/T 4754，如 C3411 / industryCode must be a GB/T 4754 code such as C3411' })
  industryCode?: string;

  @IsOptional() @IsBoolean() aboveScale?: boolean;
  @IsOptional() @IsString() @Length(1, 200) address?: string;
  @IsOptional() @IsString() @Length(1, 40) legalRep?: string;
  @IsOptional() @IsString() @Length(1, 200) investor?: string;

  @ApiPropertyOptional({ enum: ENTERPRISE_STATUSES })
  @IsOptional()
  @IsIn(ENTERPRISE_STATUSES)
  status?: EnterpriseStatus;

  @ApiPropertyOptional({ description: '职工人数 / employees' })
  @IsOptional() @IsInt() @Min(0, NOT_NEGATIVE) @Max(1_000_000) employees?: number;
  @ApiPropertyOptional({ description: '党员总数（含预备党员）/ party members incl. probationary' })
  @IsOptional() @IsInt() @Min(0, NOT_NEGATIVE) @Max(100_000) partyMembers?: number;
  @ApiPropertyOptional({ description: '预备党员 / probationary members' })
  @IsOptional() @IsInt() @Min(0, NOT_NEGATIVE) @Max(100_000) probationaryMembers?: number;

  @IsOptional() @IsIn(PARTY_ORG_STATUSES) partyOrgStatus?: PartyOrgStatus;
  @ApiPropertyOptional({ description: '未建立党组织原因 / reason if no party organization' })
  @IsOptional() @IsString() @Length(1, 500) noOrgReason?: string;
  @IsOptional() @IsString() @Length(1, 1000) developmentNeeds?: string;
  @IsOptional() @ValidateNested() @Type(() => MassOrgsDto) massOrgs?: MassOrgsDto;

  @ApiPropertyOptional({ description: '企业联络员（用户名）/ usernames of the enterprise liaisons', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  liaisons?: string[];
}

/** Any ledger field but the credit code; `version` is the one the client read (409 when stale). */
export class UpdateEnterpriseDto extends PartialType(
  PickType(CreateEnterpriseDto, [
    'name',
    'kind',
    'orgPath',
    'grid',
    'industryCode',
    'aboveScale',
    'address',
    'legalRep',
    'investor',
    'employees',
    'partyMembers',
    'probationaryMembers',
    'partyOrgStatus',
    'noOrgReason',
    'developmentNeeds',
    'massOrgs',
    'liaisons',
  ] as const),
) {
  @ApiProperty({ description: '读取时的版本号 / version read', example: 0 })
  @IsInt()
  @Min(0)
  version!: number;
}

export class ChangeStatusDto {
  @ApiProperty({ enum: ENTERPRISE_STATUSES })
  @IsIn(ENTERPRISE_STATUSES)
  status!: EnterpriseStatus;

  @ApiProperty({ description: '生效日期 / effective date', example: '2026-11-01' })
  @IsDateString({ strict: true }, { message: '生效日期格式应为 YYYY-MM-DD / effectiveOn must be a date' })
  effectiveOn!: string;

  @ApiProperty({ description: '原因 / reason', example: '列入经营异常名录 / listed as abnormal' })
  @IsString()
  @Length(2, 500, { message: '请填写原因（2–500 字）/ give a reason (2-500 characters)' })
  reason!: string;
}

export class ListEnterprisesDto {
  @ApiPropertyOptional({ description: '辖区子树 / jurisdiction subtree' })
  @IsOptional() @Matches(ORG_PATH) orgPath?: string;
  @IsOptional() @IsIn(ENTERPRISE_KINDS) kind?: EnterpriseKind;
  @ApiPropertyOptional({ description: 'GB/T 4754 代码前缀 / industry code prefix' })
  @IsOptional() @Matches(/^[A-T]\d{0,4}$/) industry?: string;
  @IsOptional() @IsIn(ENTERPRISE_STATUSES) status?: EnterpriseStatus;
  @IsOptional() @IsIn(['true', 'false']) hasMembers?: 'true' | 'false';
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) employeesMin?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) employeesMax?: number;
  @ApiPropertyOptional({ description: '名称或信用代码 / name or credit code' })
  @IsOptional() @IsString() @Length(1, 60) q?: string;
  @ApiPropertyOptional({ enum: CENSUS_LIST_STAGES, description: '普查进度：待哪一查，或已纳入基数/已剔除 / census stage waited at, or in-base / excluded' })
  @IsOptional()
  @IsIn(CENSUS_LIST_STAGES, { message: `普查阶段应为 ${CENSUS_LIST_STAGES.join(', ')} / unknown census stage` })
  censusStage?: CensusListStage;
  @ApiPropertyOptional({ description: '普查年度（与 censusStage 一起，默认今年）/ census year, default this year' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) censusYear?: number;
  @IsOptional() @IsIn(['name', 'employees', 'updatedAt']) sort?: 'name' | 'employees' | 'updatedAt';
  @IsOptional() @IsString() cursor?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

/** The ledger's figures by kind, status and industry section, within the caller's scope and these filters. */
export class SummarizeEnterprisesDto extends OmitType(ListEnterprisesDto, ['sort', 'cursor', 'limit'] as const) {}

export class ExportEnterprisesDto extends OmitType(ListEnterprisesDto, ['sort', 'cursor', 'limit'] as const) {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'] })
  @IsOptional()
  @IsIn(['xlsx', 'csv'], { message: '格式应为 xlsx 或 csv / format must be xlsx or csv' })
  format?: 'xlsx' | 'csv';
}

export class MergeDto {
  @ApiProperty({ description: '被合并的影子记录 id / id of the shadow record merged into this one', format: 'uuid', example: '3f0c6b1e-8d5a-5c2e-9b7a-2f4d6e8a1c3b' })
  @IsUUID('all', { message: '请提供被合并记录的 id / duplicateId must be a record id' })
  duplicateId!: string;

  @ApiProperty({ description: '合并原因 / reason', example: '同一企业在两处登记 / one enterprise registered twice' })
  @IsString()
  @Length(2, 500, { message: '请填写合并原因（2–500 字）/ give a reason (2-500 characters)' })
  reason!: string;
}
