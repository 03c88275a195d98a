import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ORG_UNIT_KINDS, OrgUnitKind, PARTY_ORG_FORMS, PartyOrgForm } from '@dangjian/contracts';

export class CreateOrgUnitDto {
  @ApiProperty({ description: '上级路径 / parent path', example: '/demo-county/econ-dev-zone' })
  @Matches(/^(\/[a-z0-9][a-z0-9-]{0,62})+$/, { message: '上级路径格式不正确 / parentPath must look like /county/park' })
  parentPath!: string;

  @ApiProperty({ description: '英文标识（小写字母、数字、连字符）/ slug', example: 'new-energy-branch' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: '标识只能包含小写字母、数字和连字符 / name: lower-case letters, digits and hyphens' })
  name!: string;

  @ApiProperty({ description: '中文名称 / label', example: '新能源产业党支部' })
  @IsString()
  @Length(2, 60, { message: '名称长度应为 2–60 个字 / label must be 2-60 characters' })
  label!: string;

  @ApiProperty({ enum: ORG_UNIT_KINDS })
  @IsIn(ORG_UNIT_KINDS, { message: `类型应为 ${ORG_UNIT_KINDS.join('/')} 之一 / kind must be one of ${ORG_UNIT_KINDS.join(', ')}` })
  kind!: OrgUnitKind;

  @ApiPropertyOptional({ enum: PARTY_ORG_FORMS, description: '党支部的组建方式：单独、联合、依托村社区 / how a branch is formed' })
  @IsOptional()
  @IsIn(PARTY_ORG_FORMS, { message: `组建方式应为 ${PARTY_ORG_FORMS.join('/')} 之一 / form must be one of ${PARTY_ORG_FORMS.join(', ')}` })
  form?: PartyOrgForm;

  @ApiPropertyOptional({ description: '党组织成立日期（默认今天）/ founding date of a general branch or branch, today unless given', example: '2026-07-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD / foundedOn: expected a date YYYY-MM-DD' })
  foundedOn?: string;

  @ApiPropertyOptional({ description: '书记（平台用户名）/ secretary: the platform username', example: 'branch.secretary' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._@-]{2,64}$/, { message: '书记应为平台用户名 / secretary: a platform username' })
  secretary?: string;
}

export class RenameOrgUnitDto {
  @ApiProperty({ description: '新的中文名称 / the new label', example: '经开区第一联合党支部（机械）' })
  @IsString()
  @Length(2, 60, { message: '名称长度应为 2–60 个字 / label must be 2-60 characters' })
  label!: string;
}

export class RevokeOrgDto {
  @ApiProperty({ description: '撤销原因 / reason', example: '企业注销 / the enterprise was deregistered' })
  @IsString()
  @Length(2, 200, { message: '原因应为 2–200 个字 / reason: 2-200 characters' })
  reason!: string;

  @ApiPropertyOptional({ description: '撤销日期（默认今天）/ date, today unless given', example: '2026-12-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD / on: expected a date YYYY-MM-DD' })
  on?: string;
}
