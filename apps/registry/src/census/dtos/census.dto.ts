import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { CENSUS_STAGES, CensusStage, ENTERPRISE_KINDS, EXCLUSION_REASONS, EnterpriseKind, ExclusionReason } from '@dangjian/contracts';

export class StartCampaignDto {
  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ description: '普查范围（县、园区或乡镇）/ jurisdiction', example: '/demo-county' })
  @Matches(/^(\/[a-z0-9][a-z0-9-]{0,62})+$/, { message: '辖区路径格式不正确 / orgPath must look like /county/park' })
  orgPath!: string;
}

export class CheckDto {
  @ApiProperty({ enum: CENSUS_STAGES, description: '本次核查环节（须按顺序）/ the check, in order' })
  @IsIn(CENSUS_STAGES, { message: `核查环节应为 ${CENSUS_STAGES.join('、')} 之一 / stage must be one of the five checks` })
  stage!: CensusStage;

  @ApiProperty({ enum: ['pass', 'exclude'] })
  @IsIn(['pass', 'exclude'], { message: '结论应为 pass（通过）或 exclude（剔除）/ verdict must be pass or exclude' })
  verdict!: 'pass' | 'exclude';

  @ApiPropertyOptional({ enum: EXCLUSION_REASONS, description: '剔除原因：空壳、僵尸、影子、其他 / why excluded' })
  @IsOptional()
  @IsIn(EXCLUSION_REASONS)
  reason?: ExclusionReason;

  @IsOptional() @IsString() @Length(1, 500) comment?: string;
}

export class BulkCheckDto extends CheckDto {
  @ApiProperty({ description: '企业编号（最多 1000 个）/ enterprise ids, up to 1000', type: [String], format: 'uuid', example: ['3f0c6b1e-8d5a-5c2e-9b7a-2f4d6e8a1c3b'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  enterpriseIds!: string[];
}

export class CampaignViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  year!: number;
  orgPath!: string;
  @ApiProperty({ enum: ['preparing', 'open', 'closed'] }) status!: 'preparing' | 'open' | 'closed';
  /** 普查对象数 / records in the census */
  records!: number;
}

export class CampaignListDto {
  @ApiProperty({ type: [CampaignViewDto] }) items!: CampaignViewDto[];
}

export class StageProgressDto {
  orgPath!: string;
  total!: number;
  /** 各环节待查数 / records waiting at each check */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) waitingAt!: Record<string, number>;
  inBase!: number;
  /** 按剔除原因 / excluded, by reason */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) excluded!: Record<string, number>;
}

export class CampaignProgressDto {
  @ApiProperty({ type: CampaignViewDto }) campaign!: CampaignViewDto;
  @ApiProperty({ type: [StageProgressDto] }) byJurisdiction!: StageProgressDto[];
  /** 已纳入基数，按类型 / in the base, by kind */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) base!: Record<string, number>;
}

export class CheckEntryDto {
  @ApiProperty({ enum: CENSUS_STAGES }) stage!: CensusStage;
  @ApiProperty({ enum: ['pass', 'exclude'] }) verdict!: 'pass' | 'exclude';
  by!: string;
  at!: string;
  comment?: string;
}

export class ExclusionDto {
  @ApiProperty({ enum: EXCLUSION_REASONS }) reason!: ExclusionReason;
  @ApiProperty({ enum: CENSUS_STAGES }) stage!: CensusStage;
  note?: string;
  by!: string;
  at!: string;
}

export class CensusRecordViewDto {
  campaignId!: string;
  year!: number;
  @ApiProperty({ format: 'uuid' }) enterpriseId!: string;
  uscc!: string;
  name!: string;
  @ApiProperty({ enum: ENTERPRISE_KINDS }) kind!: EnterpriseKind;
  orgPath!: string;
  /** 已通过的环节数 / checks passed so far */
  passed!: number;
  @ApiProperty({ enum: ['pending', 'in-base', 'excluded'] }) outcome!: 'pending' | 'in-base' | 'excluded';
  @ApiProperty({ type: [CheckEntryDto] }) checks!: CheckEntryDto[];
  @ApiPropertyOptional({ type: ExclusionDto }) exclusion?: ExclusionDto;
}

export class CensusRecordPageDto {
  @ApiProperty({ type: [CensusRecordViewDto] }) items!: CensusRecordViewDto[];
  next?: string;
}
