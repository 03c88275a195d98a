import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { isoDate } from '@dangjian/domain-organization';
import { Access } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';
import { ApiErrors, UuidParams, XLSX_TYPE, allPages, listWorkbook, xlsxDownload } from '@dangjian/platform';
import { InwardTransferViewDto, TransferListDto, TransferPageDto, TransferViewDto } from '../api-views.dto';
import { InwardTransferDto, ListTransfersDto, SendTransferDto, TransferActionDto } from './dtos/transfer.dto';
import { TransfersService } from './transfers.service';

@ApiTags('transfers · 组织关系转接')
@Controller()
export class TransfersController {
  constructor(private readonly transfers: TransfersService) {}

  @Post('members/:id/transfers')
  @ApiCreatedResponse({ type: TransferViewDto })
  @Access('member-transfer', 'create')
  @UuidParams('id')
  @ApiOperation({ summary: '转出党员：县内转接（待转入方接收）或转出县外（凭介绍信）/ Send a member: inside the county, or out of it with the letter' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.TRANSFER_REFUSED, OrganizationErrorCode.MEMBER_NOT_ACTIVE)
  send(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: SendTransferDto) {
    return this.transfers.send(id, body);
  }

  @Get('members/:id/transfers')
  @ApiOkResponse({ type: TransferListDto })
  @Access('member-transfer', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '党员的组织关系转接历史 / A member’s transfers' })
  ofMember(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.transfers.ofMember(id);
  }

  @Post('transfers/inward')
  @ApiCreatedResponse({ type: InwardTransferViewDto })
  @Access('member-transfer', 'create')
  @ApiOperation({ summary: '县外转入（凭介绍信登记）/ A member joining from outside the county, with the letter' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.INVALID_CITIZEN_ID, OrganizationErrorCode.MEMBER_ACTIVE_ELSEWHERE, OrganizationErrorCode.NOT_A_BRANCH, OrganizationErrorCode.PARTY_ORG_REVOKED)
  inward(@Body() body: InwardTransferDto) {
    return this.transfers.inward(body);
  }

  @Get('transfers/export')
  @Access('member-transfer', 'read')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出组织关系转接台账（xlsx）/ Export the transfers' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  async export(@Query() query: ListTransfersDto) {
    const kinds = { 'within-county': '县内转接', outward: '转出县外', inward: '县外转入' } as const;
    const statuses = { pending: '待接收', completed: '已办结', rejected: '已退回', withdrawn: '已撤回' } as const;
    const items = await allPages((cursor) => this.transfers.list({ path: query.path, status: query.status, cursor, limit: 200 }));
    const rows = items.map((t) => [t.createdAt.slice(0, 10), t.memberName, kinds[t.kind], t.from?.label ?? t.externalOrg, t.to?.label ?? t.externalOrg, t.letterNo, statuses[t.status]]);
    return xlsxDownload(await listWorkbook('组织关系转接', `组织关系转接台账（${isoDate()}）`, ['日期', '姓名', '类型', '转出', '转入', '介绍信编号', '状态'], rows), `transfers-${isoDate()}.xlsx`, `组织关系转接-${isoDate()}.xlsx`);
  }

  @Get('transfers')
  @ApiOkResponse({ type: TransferPageDto })
  @Access('member-transfer', 'read')
  @ApiOperation({ summary: '本辖区转入、转出的转接，新的在前 / Transfers into and out of a unit, newest first' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  list(@Query() query: ListTransfersDto) {
    return this.transfers.list({ path: query.path, status: query.status, cursor: query.cursor, limit: query.limit ?? 50 });
  }

  @Post('transfers/:id/receive')
  @HttpCode(200)
  @ApiOkResponse({ type: TransferViewDto })
  @Access('member-transfer', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '转入方接收（党员随即转入）/ The receiving side receives; the member moves' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.TRANSFER_REFUSED)
  receive(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: TransferActionDto) {
    return this.transfers.act(id, 'receive', body.note);
  }

  @Post('transfers/:id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: TransferViewDto })
  @Access('member-transfer', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '转入方退回（须说明原因）/ The receiving side rejects, with the reason' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.TRANSFER_REFUSED)
  reject(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: TransferActionDto) {
    return this.transfers.act(id, 'reject', body.note);
  }

  @Post('transfers/:id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: TransferViewDto })
  @Access('member-transfer', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '转出方撤回（待接收时）/ The sending side withdraws while it waits' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.TRANSFER_REFUSED)
  withdraw(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: TransferActionDto) {
    return this.transfers.act(id, 'withdraw', body.note);
  }
}
