import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { CENSUS_STAGES, CensusStage, EXCLUSION_REASONS, ExclusionReason } from '@dangjian/contracts';

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
