import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { CursorPageQueryDto } from '@dangjian/platform';

const PATH = /^(\/[a-z0-9][a-z0-9-]{0,62})+$/;

/** A required year (of a review, of feedback). */
export class FeedbackYearDto {
  @ApiProperty({ description: '考核年度 / year reviewed', example: 2026 })
  @Type(() => Number)
  @IsInt({ message: '年度应为整数 / year must be an integer' })
  @Min(2000, { message: '年度不早于 2000 / year from 2000' })
  @Max(2100, { message: '年度不晚于 2100 / year up to 2100' })
  year!: number;
}

export class ListReviewsDto extends IntersectionType(CursorPageQueryDto, FeedbackYearDto) {
  @ApiProperty({ description: '辖区路径 / path of a jurisdiction', example: '/demo-county/econ-dev-zone' })
  @Matches(PATH, { message: '路径格式不正确 / path must look like /county/park' })
  path!: string;
}

export class FinalizeReviewDto extends FeedbackYearDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: '指导员 id 格式不正确 / instructorId must be a UUID' })
  instructorId!: string;

  @ApiProperty({ description: '园区评定的最终得分（0–100）/ the park’s final score', example: 86 })
  @Type(() => Number)
  @IsNumber({}, { message: '得分应为数字 / score must be a number' })
  @Min(0, { message: '得分不低于 0 / at least 0' })
  @Max(100, { message: '得分不高于 100 / at most 100' })
  finalScore!: number;

  @ApiPropertyOptional({ description: '评语 / comment' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  comment?: string;
}

export class FeedbackDto extends FeedbackYearDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: '指导员 id 格式不正确 / instructorId must be a UUID' })
  instructorId!: string;

  @ApiProperty({ description: '企业对指导员的评价（0–100）/ the enterprise’s rating', example: 90 })
  @Type(() => Number)
  @IsInt({ message: '评分应为整数 / score must be an integer' })
  @Min(0, { message: '评分不低于 0 / at least 0' })
  @Max(100, { message: '评分不高于 100 / at most 100' })
  score!: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 500) comment?: string;
}
