import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

/** How many rows a page holds: up to 200. */
export class PageLimitDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '每页条数应为整数 / limit must be an integer' })
  @Min(1, { message: '每页至少 1 条 / limit must be at least 1' })
  @Max(200, { message: '每页至多 200 条 / limit must be at most 200' })
  limit?: number;
}

/** How many rows a page of a short-rowed list (gaps, overdue orgs) holds: up to 500. */
export class WidePageLimitDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '每页条数应为整数 / limit must be an integer' })
  @Min(1, { message: '每页至少 1 条 / limit must be at least 1' })
  @Max(500, { message: '每页至多 500 条 / limit must be at most 500' })
  limit?: number;
}

/** A cursor-paged list's query: the previous page's `next`, and how many rows. */
export class CursorPageQueryDto extends PageLimitDto {
  @ApiPropertyOptional({ description: '上一页的 next / the previous page’s next' })
  @IsOptional()
  @IsString()
  @Length(1, 400, { message: '分页游标无效 / invalid cursor' })
  cursor?: string;
}

/** A year to read, this one unless given. */
export class YearQueryDto {
  @ApiPropertyOptional({ description: '年度（默认今年）/ year, this one unless given', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年度应为整数 / year must be an integer' })
  @Min(1921, { message: '年度不早于 1921 / year from 1921' })
  @Max(2100, { message: '年度不晚于 2100 / year up to 2100' })
  year?: number;
}
