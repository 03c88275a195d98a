import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Length, Matches } from 'class-validator';

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
