import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { COVERAGE_GAPS, CoverageGap } from '@dangjian/domain-organization';
import { WidePageLimitDto } from '@dangjian/platform';

const PATH = /^(\/[a-z0-9][a-z0-9-]{0,62})+$/;
const PATH_MESSAGE = '路径格式不正确 / path must look like /county/park';

export class CoverageQueryDto {
  @ApiProperty({ description: '县、园区或乡镇的路径 / path of a county, park or township', example: '/demo-county/econ-dev-zone' })
  @Matches(PATH, { message: PATH_MESSAGE })
  path!: string;

  @ApiPropertyOptional({ description: '统计日期（默认今天；往日取当日结束时的数字）/ as of this date, today unless given', example: '2026-06-30' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD / expected a date YYYY-MM-DD' })
  date?: string;
}

export class CoverageGapsQueryDto extends WidePageLimitDto {
  @ApiProperty({ description: '县、园区或乡镇的路径 / path of a county, park or township', example: '/demo-county/econ-dev-zone' })
  @Matches(PATH, { message: PATH_MESSAGE })
  path!: string;

  @ApiProperty({
    description: '名单：organization 未建党组织，work 党的工作未覆盖（无组织也无指导员），large-without-members 职工达线但无党员 / which list',
    enum: COVERAGE_GAPS,
  })
  @IsIn(COVERAGE_GAPS, { message: `名单应为 ${COVERAGE_GAPS.join('、')} 之一 / gap must be one of ${COVERAGE_GAPS.join(', ')}` })
  gap!: CoverageGap;

  @ApiPropertyOptional({ description: '上一页最后一条的企业 id / the last enterprise id of the previous page', format: 'uuid' })
  @IsOptional()
  @IsUUID(undefined, { message: '游标格式不正确 / cursor must be an enterprise id' })
  cursor?: string;
}
