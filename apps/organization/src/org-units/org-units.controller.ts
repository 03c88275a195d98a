import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrgUnitPageDto, OrgUnitViewDto } from '../api-views.dto';
import { Access } from '@dangjian/auth';
import { CreateOrgUnitDto, RenameOrgUnitDto } from './dtos/create-org-unit.dto';
import { ListOrgUnitsDto, OrgUnitByPathDto } from './dtos/list-org-units.dto';
import { OrgUnitsService } from './org-units.service';
import { ApiErrors, UuidParams } from '@dangjian/platform';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';

@ApiTags('org-units · 辖区与党组织')
@Controller('org-units')
export class OrgUnitsController {
  constructor(private readonly orgUnits: OrgUnitsService) {}

  @Get()
  @ApiOkResponse({ type: OrgUnitPageDto })
  @Access('org-unit', 'read')
  @ApiOperation({ summary: '本辖区内的组织（分页）/ Org units within your scope, paged by path' })
  list(@Query() query: ListOrgUnitsDto) {
    return this.orgUnits.list({ parentPath: query.parentPath, kind: query.kind, after: query.cursor, limit: query.limit ?? 100 });
  }

  @Get('by-path')
  @ApiOkResponse({ type: OrgUnitViewDto })
  @Access('org-unit', 'read')
  @ApiOperation({ summary: '按路径查询组织 / Org unit by path' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  byPath(@Query() query: OrgUnitByPathDto) {
    return this.orgUnits.getByPath(query.path);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrgUnitViewDto })
  @Access('org-unit', 'read')
  @ApiOperation({ summary: '查询组织 / Org unit by id (404 outside your scope)' })
  @UuidParams('id')
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.orgUnits.get(id);
  }

  @Patch(':id')
  @Access('org-unit', 'update')
  @ApiOperation({ summary: '更改组织名称 / Rename an org unit (the old name is kept in its history)' })
  @UuidParams('id')
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT)
  rename(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RenameOrgUnitDto) {
    return this.orgUnits.rename(id, body.label);
  }

  @Post()
  @Access('org-unit', 'create')
  @ApiOperation({ summary: '设立下级组织 / Create an org unit under one in your scope' })
  @ApiErrors(OrganizationErrorCode.ORG_UNIT_EXISTS, OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED, OrganizationErrorCode.PARENT_ORG_UNIT_NOT_FOUND)
  create(@Body() body: CreateOrgUnitDto) {
    return this.orgUnits.create(body);
  }
}
