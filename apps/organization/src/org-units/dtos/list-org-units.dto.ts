import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ORG_UNIT_KINDS, OrgUnitKind } from '@dangjian/contracts';

export class ListOrgUnitsDto {
  @IsOptional() @Matches(/^(\/[a-z0-9][a-z0-9-]{0,62})+$/) parentPath?: string;
  @IsOptional() @IsIn(ORG_UNIT_KINDS) kind?: OrgUnitKind;
  /** The `next` cursor of the previous page (the last path seen). */
  @IsOptional() @IsString() cursor?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

export class OrgUnitByPathDto {
  @Matches(/^(\/[a-z0-9][a-z0-9-]{0,62})+$/, { message: '路径格式不正确 / path must look like /county/park' })
  path!: string;
}
