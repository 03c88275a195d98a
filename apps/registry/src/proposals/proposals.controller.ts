import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@dangjian/auth';
import { DecideDto, ListProposalsDto, ProposalViewDto, ProposeDto, RejectDto } from './proposal.dto';
import { ProposalsService } from './proposals.service';
import { ApiErrors, UuidParams } from '@dangjian/platform';
import { CommonErrorCode, RegistryErrorCode } from '@dangjian/contracts';

@ApiTags('proposals · 企业信息变更申请')
@Controller('enterprises')
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Post(':id/proposals')
  @Access('enterprise-proposal', 'create')
  @ApiOperation({ summary: '企业联络员提交普查信息变更（待园区确认）/ Liaison proposes census-field changes' })
  @UuidParams('id')
  @ApiErrors(RegistryErrorCode.INVALID_MEMBER_COUNTS)
  propose(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ProposeDto) {
    return this.proposals.propose(id, body);
  }

  @Get('proposals')
  @Access('enterprise-proposal', 'read')
  @ApiOperation({ summary: '变更申请列表 / Change proposals' })
  @ApiOkResponse({ type: [ProposalViewDto] })
  list(@Query() query: ListProposalsDto) {
    return this.proposals.list(query.status, query.limit ?? 50);
  }

  @Post('proposals/:id/confirm')
  @Access('enterprise-proposal', 'update')
  @ApiOperation({ summary: '确认变更并写入台账 / Confirm and apply to the ledger' })
  @UuidParams('id')
  @ApiErrors(RegistryErrorCode.PROPOSAL_NOT_PENDING, RegistryErrorCode.INVALID_MEMBER_COUNTS, CommonErrorCode.VERSION_CONFLICT)
  confirm(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: DecideDto) {
    return this.proposals.confirm(id, body.note);
  }

  @Post('proposals/:id/reject')
  @Access('enterprise-proposal', 'update')
  @ApiOperation({ summary: '退回变更申请 / Reject with a reason' })
  @UuidParams('id')
  @ApiErrors(RegistryErrorCode.PROPOSAL_NOT_PENDING)
  reject(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RejectDto) {
    return this.proposals.reject(id, body.note);
  }
}
