import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { REQUEST_CATEGORIES, REQUEST_STATUSES, RequestCategory, RequestStatus } from '@dangjian/domain-instructor';
import { CursorPageQueryDto } from '@dangjian/platform';

const PATH = /^(\/[a-z0-9][a-z0-9-]{0,62})+$/;
const PATH_MESSAGE = '路径格式不正确 / path must look like /county/park';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '日期格式应为 YYYY-MM-DD / expected a date YYYY-MM-DD';
const CATEGORY_MESSAGE = `诉求类别应为 ${REQUEST_CATEGORIES.join('、')} 之一 / category must be one of ${REQUEST_CATEGORIES.join(', ')}`;
const STATUS_MESSAGE = `状态应为 ${REQUEST_STATUSES.join('、')} 之一 / status must be one of ${REQUEST_STATUSES.join(', ')}`;

/** A request as raised on a visit: the enterprise is the visit's. */
export class VisitRequestDto {
  @ApiProperty({ enum: REQUEST_CATEGORIES, description: '类别：融资、用工、用地、安全、政策… / category' })
  @IsIn(REQUEST_CATEGORIES, { message: CATEGORY_MESSAGE })
  category!: RequestCategory;

  @ApiProperty({ example: '流动资金贷款难' })
  @IsString()
  @Length(2, 100, { message: '诉求标题应为 2–100 个字 / title must be 2–100 characters' })
  title!: string;

  @ApiPropertyOptional({ example: '需 300 万元流动资金，银行授信未批' })
  @IsOptional()
  @IsString()
  @Length(0, 2000, { message: '诉求内容至多 2000 字 / detail at most 2000 characters' })
  detail?: string;

  @ApiProperty({ description: '责任单位 / owning department', example: '县金融办' })
  @IsString()
  @Length(2, 100, { message: '责任单位应为 2–100 个字 / department must be 2–100 characters' })
  department!: string;
}

export class RaiseRequestDto extends VisitRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: '企业 id 格式不正确 / enterpriseId must be a UUID' })
  enterpriseId!: string;

  @ApiPropertyOptional({ description: '受理日期（补录纸质台账时填写，默认今天）/ accepted on, for requests entered from paper; today unless given', example: '2026-03-02' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  acceptedOn?: string;
}

export class TransitionRequestDto {
  @ApiProperty({ enum: ['in-progress', 'closed', 'rejected'], description: '新状态：办理中、销号、不予办理 / the new status' })
  @IsIn(['in-progress', 'closed', 'rejected'], { message: '状态应为 in-progress、closed、rejected 之一 / status must be in-progress, closed or rejected' })
  status!: Exclude<RequestStatus, 'accepted'>;

  @ApiPropertyOptional({ description: '办理结果（销号时必填）/ resolution, required to close' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  resolution?: string;

  @ApiPropertyOptional({ description: '不予办理的理由（必填）/ reason, required to reject' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  reason?: string;

  @ApiPropertyOptional({ description: '办理说明 / a note' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  note?: string;

  @ApiProperty({ description: '读取时的版本号 / the version read' })
  @Type(() => Number)
  @IsNumber()
  version!: number;
}

export class ListRequestsDto extends CursorPageQueryDto {
  @ApiProperty({ description: '辖区路径 / path of a jurisdiction', example: '/demo-county/econ-dev-zone' })
  @Matches(PATH, { message: PATH_MESSAGE })
  path!: string;

  @ApiPropertyOptional({ enum: REQUEST_STATUSES })
  @IsOptional()
  @IsIn(REQUEST_STATUSES, { message: STATUS_MESSAGE })
  status?: RequestStatus;

  @ApiPropertyOptional({ enum: REQUEST_CATEGORIES })
  @IsOptional()
  @IsIn(REQUEST_CATEGORIES, { message: CATEGORY_MESSAGE })
  category?: RequestCategory;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID(undefined, { message: '企业 id 格式不正确 / enterpriseId must be a UUID' })
  enterpriseId?: string;
}

export class RequestStatisticsQueryDto {
  @ApiProperty({ description: '辖区路径 / path of a jurisdiction', example: '/demo-county/econ-dev-zone' })
  @Matches(PATH, { message: PATH_MESSAGE })
  path!: string;

  @ApiPropertyOptional({ description: '受理日期起（默认今年 1 月 1 日）/ accepted from, 1 January unless given', example: '2026-01-01' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  from?: string;

  @ApiPropertyOptional({ description: '受理日期止（默认今天）/ accepted up to, today unless given', example: '2026-12-31' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  to?: string;
}
