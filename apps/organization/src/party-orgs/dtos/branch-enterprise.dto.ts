import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { COMMITTEE_ROLE_NAMES, CommitteeRole } from '@dangjian/domain-organization';

export class AttachEnterpriseDto {
  @ApiProperty({ description: '企业编号（台账）/ the enterprise’s ledger id', format: 'uuid' })
  @IsUUID('all', { message: '企业编号格式不正确 / enterpriseId must be a ledger id' })
  enterpriseId!: string;
}

export class DetachEnterpriseDto {
  @ApiProperty({ description: '原因 / reason', example: '党员人数达到 3 人，单独组建 / reached 3 formal members, forms its own branch' })
  @IsString()
  @Length(2, 200, { message: '原因应为 2–200 个字 / reason: 2-200 characters' })
  reason!: string;
}

export class CloseOrgUnitDto {
  @ApiProperty({ description: '撤并原因 / why the unit closes', example: '园区整合，并入经济开发区 / merged into the development zone' })
  @IsString()
  @Length(2, 200, { message: '原因应为 2–200 个字 / reason: 2-200 characters' })
  reason!: string;
}

export class MoveOrgUnitDto {
  @ApiProperty({ description: '新的上级组织路径 / path of the new parent', example: '/demo-county/econ-dev-zone/machinery-gb' })
  @Matches(/^(\/[a-z0-9][a-z0-9-]{0,62})+$/, { message: '路径格式不正确 / path must look like /county/park' })
  parentPath!: string;
}

export class TickChecklistDto {
  @ApiProperty({ description: '是否已完成 / done or not' })
  @IsBoolean({ message: 'done 应为 true 或 false / done must be true or false' })
  done!: boolean;
}

export class CommitteeMemberDto {
  @ApiProperty({ example: '张三' })
  @IsString()
  @Length(1, 40, { message: '姓名 1–40 字 / name: 1-40 characters' })
  name!: string;

  @ApiProperty({ enum: COMMITTEE_ROLE_NAMES, description: '职务 / office' })
  @IsIn(COMMITTEE_ROLE_NAMES, { message: `职务应为 ${COMMITTEE_ROLE_NAMES.join('、')} 之一 / role must be one of ${COMMITTEE_ROLE_NAMES.join(', ')}` })
  role!: CommitteeRole;

  @ApiPropertyOptional({ description: '平台用户名 / platform username' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  username?: string;
}

export class ElectCommitteeDto {
  @ApiProperty({ description: '选举日期 / election date', example: '2026-06-30' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD / expected a date YYYY-MM-DD' })
  electedOn!: string;

  @ApiProperty({ type: [CommitteeMemberDto] })
  @IsArray({ message: '委员名单应为数组 / members must be a list' })
  @ArrayMinSize(1, { message: '至少一名委员 / at least one member' })
  @ArrayMaxSize(15, { message: '至多 15 名委员 / at most 15 members' })
  @ValidateNested({ each: true })
  @Type(() => CommitteeMemberDto)
  members!: CommitteeMemberDto[];
}
