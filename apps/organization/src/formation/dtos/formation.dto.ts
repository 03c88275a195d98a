import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { SUGGESTION_KINDS, SuggestionKind } from '@dangjian/domain-organization';
import { SUGGESTION_STATUSES, SuggestionStatus } from '../formation.schema';
import { PageLimitDto } from '@dangjian/platform';

export class ListSuggestionsDto extends PageLimitDto {
  @ApiProperty({ description: '县、园区或乡镇的路径 / path of a county, park or township', example: '/demo-county/econ-dev-zone' })
  @Matches(/^(\/[a-z0-9][a-z0-9-]{0,62})+$/, { message: '路径格式不正确 / path must look like /county/park' })
  path!: string;

  @ApiPropertyOptional({ enum: SUGGESTION_STATUSES, description: '状态（默认 open 待处理）/ status, open unless given' })
  @IsOptional()
  @IsIn(SUGGESTION_STATUSES, { message: `状态应为 ${SUGGESTION_STATUSES.join('、')} 之一 / status must be one of ${SUGGESTION_STATUSES.join(', ')}` })
  status?: SuggestionStatus;

  @ApiPropertyOptional({ enum: SUGGESTION_KINDS, description: '建议类型 / kind' })
  @IsOptional()
  @IsIn(SUGGESTION_KINDS, { message: `类型应为 ${SUGGESTION_KINDS.join('、')} 之一 / kind must be one of ${SUGGESTION_KINDS.join(', ')}` })
  kind?: SuggestionKind;

  @ApiPropertyOptional({ description: '上一页最后一条的 id / the last id of the previous page', format: 'uuid' })
  @IsOptional()
  @IsUUID(undefined, { message: '游标格式不正确 / cursor must be a suggestion id' })
  cursor?: string;
}

export class AcceptSuggestionDto {
  @ApiPropertyOptional({ description: '备注 / note', example: '园区党工委会议同意' })
  @IsOptional()
  @IsString()
  @Length(1, 500, { message: '备注 1–500 字 / note must be 1–500 characters' })
  note?: string;
}

export class DismissSuggestionDto {
  @ApiProperty({ description: '不采纳的理由 / why it is dismissed', example: '企业正在迁出，暂不组建' })
  @IsString({ message: '请填写理由 / a note is required' })
  @Length(1, 500, { message: '理由 1–500 字 / note must be 1–500 characters' })
  note!: string;
}
