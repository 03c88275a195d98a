import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { TRANSFER_STATUSES, TransferStatus } from '@dangjian/domain-organization';
import { CreateMemberDto } from '../../members/dtos/member.dto';
import { CursorPageQueryDto } from '@dangjian/platform';

const PATH = /^(\/[a-z0-9][a-z0-9-]{0,62})+$/;

export class SendTransferDto {
  @ApiProperty({ enum: ['within-county', 'outward'], description: 'within-county 县内转接（转入方确认），outward 转出县外（凭介绍信）/ inside the county, or out of it' })
  @IsIn(['within-county', 'outward'], { message: '转接类型应为 within-county 或 outward / kind: within-county or outward' })
  kind!: 'within-county' | 'outward';

  @ApiPropertyOptional({ format: 'uuid', description: '转入党支部（县内）/ the receiving branch, inside the county' })
  @IsOptional()
  @IsUUID('all', { message: '党支部编号格式不正确 / toOrgId must be an org id' })
  toOrgId?: string;

  @ApiPropertyOptional({ description: '县外接收单位（转出县外）/ the receiving org outside the county', example: '合肥市某公司党支部' })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: '接收单位 1–100 字 / externalOrg: 1-100 characters' })
  externalOrg?: string;

  @ApiPropertyOptional({ description: '介绍信编号 / introduction letter number', example: '皖组转〔2026〕0123号' })
  @IsOptional()
  @IsString()
  @Length(1, 60, { message: '介绍信编号 1–60 字 / letterNo: 1-60 characters' })
  letterNo?: string;

  @ApiPropertyOptional({ description: '说明 / note' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: '说明 1–200 字 / note: 1-200 characters' })
  note?: string;
}

export class InwardTransferDto extends CreateMemberDto {
  @ApiProperty({ description: '介绍信编号 / introduction letter number' })
  @IsString({ message: '请填写介绍信编号 / letterNo is required' })
  @Length(1, 60, { message: '介绍信编号 1–60 字 / letterNo: 1-60 characters' })
  letterNo!: string;

  @ApiProperty({ description: '县外转出单位 / the sending org outside the county' })
  @IsString({ message: '请填写转出单位 / externalOrg is required' })
  @Length(1, 100, { message: '转出单位 1–100 字 / externalOrg: 1-100 characters' })
  externalOrg!: string;
}

export class TransferActionDto {
  @ApiPropertyOptional({ description: '说明（退回时必填）/ note, required to reject' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: '说明 1–200 字 / note: 1-200 characters' })
  note?: string;
}

export class ListTransfersDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ description: '组织路径（默认本人辖区）/ a unit’s path, the caller’s own unless given' })
  @IsOptional()
  @Matches(PATH, { message: '路径格式不正确 / path must look like /county/park' })
  path?: string;

  @ApiPropertyOptional({ enum: TRANSFER_STATUSES })
  @IsOptional()
  @IsIn(TRANSFER_STATUSES, { message: `状态应为 ${TRANSFER_STATUSES.join('、')} 之一 / status must be one of ${TRANSFER_STATUSES.join(', ')}` })
  status?: TransferStatus;
}
