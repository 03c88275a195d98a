import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { BranchEnterprisesDto, PartyOrgRecordsDto } from '../api-views.dto';
import { CHECKLIST_NAMES, ChecklistName } from '@dangjian/domain-organization';
import { Access } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';
import { ApiErrors, UuidParams } from '@dangjian/platform';
import { RevokeOrgDto } from '../org-units/dtos/create-org-unit.dto';
import { AttachEnterpriseDto, CloseOrgUnitDto, DetachEnterpriseDto, ElectCommitteeDto, MoveOrgUnitDto, TickChecklistDto } from './dtos/branch-enterprise.dto';
import { PartyOrgRecords } from './party-org-records.service';
import { BranchEnterprisesService } from './branch-enterprises.service';
import { OrgUnitClosure } from './org-unit-closure.service';
import { OrgUnitMoves } from './org-unit-moves';

@ApiTags('org-units · 辖区与党组织')
@Controller('org-units/:id/enterprises')
export class BranchEnterprisesController {
  constructor(private readonly branches: BranchEnterprisesService) {}

  @Get()
  @ApiOkResponse({ type: BranchEnterprisesDto })
  @Access('org-enterprise', 'read')
  @ApiOperation({ summary: '党支部覆盖的企业及历史 / The enterprises a branch covers, and those it covered' })
  @UuidParams('id')
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.NOT_A_BRANCH)
  list(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.branches.list(id);
  }

  @Post()
  @Access('org-enterprise', 'create')
  @ApiOperation({ summary: '将企业纳入党支部 / Attach an enterprise to a branch (one branch at a time, within the form’s and the policy’s limit)' })
  @UuidParams('id')
  @ApiErrors(
    CommonErrorCode.NOT_FOUND,
    CommonErrorCode.VERSION_CONFLICT,
    OrganizationErrorCode.NOT_A_BRANCH,
    OrganizationErrorCode.ENTERPRISE_IN_ANOTHER_ORG,
    OrganizationErrorCode.ENTERPRISE_OUTSIDE_ORG_JURISDICTION,
    OrganizationErrorCode.PARTY_ORG_FULL,
    OrganizationErrorCode.PARTY_ORG_REVOKED,
  )
  attach(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: AttachEnterpriseDto) {
    return this.branches.attach(id, body.enterpriseId);
  }

  @Post(':enterpriseId/detach')
  @HttpCode(200)
  @Access('org-enterprise', 'delete')
  @ApiOperation({ summary: '将企业移出党支部 / Detach an enterprise from a branch, with the reason' })
  @UuidParams('id', 'enterpriseId')
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.NOT_A_BRANCH)
  detach(@Param('id', new ParseUUIDPipe()) id: string, @Param('enterpriseId', new ParseUUIDPipe()) enterpriseId: string, @Body() body: DetachEnterpriseDto) {
    return this.branches.detach(id, enterpriseId, body.reason);
  }
}

@ApiTags('org-units · 辖区与党组织')
@Controller('org-units/:id/revoke')
export class RevokeBranchController {
  constructor(private readonly branches: BranchEnterprisesService) {}

  @Post()
  @HttpCode(200)
  @Access('org-unit', 'update')
  @ApiOperation({ summary: '撤销党支部 / Revoke a branch, with the reason (refused while it covers enterprises)' })
  @UuidParams('id')
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.NOT_A_BRANCH, OrganizationErrorCode.PARTY_ORG_REVOKED, OrganizationErrorCode.PARTY_ORG_HAS_ENTERPRISES)
  revoke(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RevokeOrgDto) {
    return this.branches.revoke(id, body.reason, body.on);
  }
}

@ApiTags('org-units · 辖区与党组织')
@Controller('org-units/:id/close')
export class CloseOrgUnitController {
  constructor(private readonly closure: OrgUnitClosure) {}

  @Post()
  @HttpCode(200)
  @Access('org-unit', 'delete')
  @ApiOperation({ summary: '撤并组织（须已无下级组织、企业和用户）/ Close a unit that holds no units, enterprises or users; its Keycloak group goes' })
  @UuidParams('id')
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, CommonErrorCode.DEPENDENCY_UNAVAILABLE, OrganizationErrorCode.ORG_UNIT_NOT_EMPTY, OrganizationErrorCode.ORG_UNIT_CLOSED, OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED)
  close(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CloseOrgUnitDto) {
    return this.closure.close(id, body.reason);
  }
}

@ApiTags('org-units · 辖区与党组织')
@Controller('org-units/:id/move')
export class MoveOrgUnitController {
  constructor(private readonly moves: OrgUnitMoves) {}

  @Post()
  @HttpCode(200)
  @Access('org-unit', 'update')
  @ApiOperation({ summary: '调整党组织隶属关系（本园区或乡镇内，连同下级）/ Move a party organization, with the units under it, within its park or township' })
  @UuidParams('id')
  @ApiErrors(
    CommonErrorCode.NOT_FOUND,
    CommonErrorCode.CONFLICT,
    OrganizationErrorCode.PARENT_ORG_UNIT_NOT_FOUND,
    OrganizationErrorCode.ORG_UNIT_CYCLE,
    OrganizationErrorCode.ORG_UNIT_MOVE_NOT_ALLOWED,
    OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED,
    OrganizationErrorCode.ORG_UNIT_EXISTS,
  )
  move(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: MoveOrgUnitDto) {
    return this.moves.move(id, body.parentPath);
  }
}

@ApiTags('org-units · 辖区与党组织')
@Controller('org-units/:id')
export class PartyOrgRecordsController {
  constructor(private readonly records: PartyOrgRecords) {}

  @Get('records')
  @ApiOkResponse({ type: PartyOrgRecordsDto })
  @Access('org-unit', 'read')
  @ApiOperation({ summary: '党组织的大礼包、六有清单和委员会 / A party organization’s checklists and committee' })
  @UuidParams('id')
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED)
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.records.get(id);
  }

  @Put('checklists/:list/:item')
  @Access('org-unit', 'update')
  @ApiOperation({ summary: '勾选或取消清单项（记录谁、何时）/ Tick or untick a checklist item; who and when are kept' })
  @UuidParams('id')
  @ApiParam({ name: 'list', enum: CHECKLIST_NAMES })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED)
  tick(@Param('id', new ParseUUIDPipe()) id: string, @Param('list', new ParseEnumPipe(CHECKLIST_NAMES)) list: ChecklistName, @Param('item') item: string, @Body() body: TickChecklistDto) {
    return this.records.tick(id, list, item, body.done);
  }

  @Put('committee')
  @Access('org-unit', 'update')
  @ApiOperation({ summary: '登记委员会（换届时上一届留存）/ Record the committee as elected; the previous one is kept' })
  @UuidParams('id')
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED)
  elect(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ElectCommitteeDto) {
    return this.records.elect(id, body.electedOn, body.members);
  }
}
