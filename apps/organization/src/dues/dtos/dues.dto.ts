import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { DUES_CATEGORIES, DuesCategory } from '@dangjian/domain-organization';
import { YearQueryDto } from '@dangjian/platform';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = '月份格式应为 YYYY-MM / expected a month YYYY-MM';
const PATH = /^(\/[a-z0-9][a-z0-9-]{0,62})+$/;

export class SetDuesAccountDto {
  @ApiProperty({ enum: DUES_CATEGORIES, description: '缴费类别 / category' })
  @IsIn(DUES_CATEGORIES, { message: `类别应为 ${DUES_CATEGORIES.join('、')} 之一 / category must be one of ${DUES_CATEGORIES.join(', ')}` })
  category!: DuesCategory;

  @ApiProperty({ description: '税后月收入（分）/ after-tax monthly income in fen (0 for fixed-amount categories)', example: 450000 })
  @Type(() => Number)
  @IsInt({ message: '月收入应为整数（分）/ incomeFen: a whole number of fen' })
  @Min(0, { message: '月收入不能为负 / incomeFen cannot be negative' })
  @Max(100_000_000, { message: '月收入过大 / incomeFen too large' })
  incomeFen!: number;

  @ApiPropertyOptional({ description: '农民党员每月金额（分，20–100）/ a farmer member’s monthly amount, 20-100 fen', example: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '金额应为整数（分）/ farmerFen: a whole number of fen' })
  @Min(20, { message: '农民党员每月 0.2–1 元 / farmers pay 20-100 fen' })
  @Max(100, { message: '农民党员每月 0.2–1 元 / farmers pay 20-100 fen' })
  farmerFen?: number;

  @ApiPropertyOptional({ description: '起缴月份（默认：预备党员为入党当月，其余为本月）/ first month owed', example: '2026-01' })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  dueFrom?: string;
}

export class PayDuesDto {
  @ApiProperty({ description: '所缴月份（可补缴前 6 个月）/ the months paid (back-payment up to 6 months)', example: ['2026-11'] })
  @IsArray({ message: '请选择缴费月份 / months are required' })
  @ArrayMinSize(1, { message: '请选择缴费月份 / at least one month' })
  @ArrayMaxSize(7, { message: '一次至多缴 7 个月 / at most 7 months at once' })
  @Matches(MONTH, { each: true, message: MONTH_MESSAGE })
  months!: string[];
}

export class CloseDuesMonthDto {
  @ApiProperty({ description: '结账至该月（含）/ close months up to and including', example: '2026-10' })
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month!: string;
}

export class DuesMonthQueryDto {
  @ApiPropertyOptional({ description: '月份（默认本月）/ month, this one unless given', example: '2026-11' })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month?: string;
}

export class DuesTotalsQueryDto extends YearQueryDto {
  @ApiProperty({ description: '辖区路径 / path of a jurisdiction', example: '/demo-county' })
  @Matches(PATH, { message: '路径格式不正确 / path must look like /county/park' })
  path!: string;
}
