import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';
import { ApiErrors, UuidParams, XLSX_TYPE, xlsxDownload } from '@dangjian/platform';
import { AccountsBookDto, DuesAccountViewDto, DuesClosedDto, DuesLedgerDto, DuesPublicationDto, DuesReceiptDto, DuesReceiptsDto, DuesTotalsDto } from '../api-views.dto';
import { YearQueryDto } from '@dangjian/platform';
import { CloseDuesMonthDto, DuesMonthQueryDto, DuesTotalsQueryDto, PayDuesDto, SetDuesAccountDto } from './dtos/dues.dto';
import { accountsWorkbook, ledgerWorkbook, receiptsWorkbook } from './dues-workbooks';
import { DuesService } from './dues.service';

@ApiTags('dues · 党费')
@Controller('members/:id/dues')
export class MemberDuesController {
  constructor(private readonly dues: DuesService) {}

  @Put('account')
  @ApiOkResponse({ type: DuesAccountViewDto })
  @Access('dues', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '核定缴费基数和月缴金额（按政策比例档次）/ Set the dues base and monthly amount by the policy’s bands' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.MEMBER_NOT_ACTIVE)
  setAccount(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: SetDuesAccountDto) {
    return this.dues.setAccount(id, body);
  }

  @Post('payments')
  @ApiCreatedResponse({ type: DuesReceiptDto })
  @Access('dues', 'create')
  @UuidParams('id')
  @ApiOperation({ summary: '收缴党费并开具编号收据（可补缴 6 个月内，已结账月份不可）/ Take a payment and issue a numbered receipt' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.DUES_PAYMENT_REFUSED, OrganizationErrorCode.DUES_MONTH_PAID, OrganizationErrorCode.MEMBER_NOT_ACTIVE)
  pay(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: PayDuesDto) {
    return this.dues.pay(id, body.months);
  }
}

@ApiTags('dues · 党费')
@Controller('org-units/:id/dues')
export class BranchDuesController {
  constructor(private readonly dues: DuesService) {}

  @Get('accounts')
  @ApiOkResponse({ type: AccountsBookDto })
  @Access('dues', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '党费收缴名册（一册）/ The dues roster of a branch' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.NOT_A_BRANCH)
  accounts(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: YearQueryDto) {
    return this.dues.accountsBook(id, query.year);
  }

  @Get('accounts/export')
  @Access('dues', 'read')
  @UuidParams('id')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出党费名册（xlsx）/ Export the dues roster' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.NOT_A_BRANCH)
  async exportAccounts(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: YearQueryDto) {
    const book = await this.dues.accountsBook(id, query.year);
    return xlsxDownload(await accountsWorkbook(book), `dues-roster-${book.year}.xlsx`, `党费名册-${book.label}-${book.year}.xlsx`);
  }

  @Get('ledger')
  @ApiOkResponse({ type: DuesLedgerDto })
  @Access('dues', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '党费收缴台账（一账）/ The dues ledger of a branch' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.NOT_A_BRANCH)
  ledger(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: YearQueryDto) {
    return this.dues.ledger(id, query.year);
  }

  @Get('ledger/export')
  @Access('dues', 'read')
  @UuidParams('id')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出党费台账（xlsx）/ Export the dues ledger' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.NOT_A_BRANCH)
  async exportLedger(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: YearQueryDto) {
    const ledger = await this.dues.ledger(id, query.year);
    return xlsxDownload(await ledgerWorkbook(ledger), `dues-ledger-${ledger.year}.xlsx`, `党费台账-${ledger.label}-${ledger.year}.xlsx`);
  }

  @Get('receipts')
  @ApiOkResponse({ type: DuesReceiptsDto })
  @Access('dues', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '党费收据（一票），含作废 / The receipts of a branch, void ones too' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.NOT_A_BRANCH)
  receipts(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: YearQueryDto) {
    return this.dues.receipts(id, query.year);
  }

  @Get('receipts/export')
  @Access('dues', 'read')
  @UuidParams('id')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出党费收据存根（xlsx）/ Export the receipts' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.NOT_A_BRANCH)
  async exportReceipts(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: YearQueryDto) {
    const receipts = await this.dues.receipts(id, query.year);
    return xlsxDownload(await receiptsWorkbook(receipts), `dues-receipts-${receipts.year}.xlsx`, `党费收据-${receipts.label}-${receipts.year}.xlsx`);
  }

  @Get('publication')
  @ApiOkResponse({ type: DuesPublicationDto })
  @Access('dues', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '党费收缴公示（按月）/ The month’s publication list' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.NOT_A_BRANCH)
  publication(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: DuesMonthQueryDto) {
    return this.dues.publication(id, query.month);
  }

  @Post('close')
  @HttpCode(200)
  @ApiOkResponse({ type: DuesClosedDto })
  @Access('dues', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '月度结账（结账后该月不可再登记）/ Close the books up to a month' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.NOT_A_BRANCH)
  close(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CloseDuesMonthDto) {
    return this.dues.close(id, body.month);
  }
}

@ApiTags('dues · 党费')
@Controller('dues')
export class DuesTotalsController {
  constructor(private readonly dues: DuesService) {}

  @Get('totals')
  @ApiOkResponse({ type: DuesTotalsDto })
  @Access('dues', 'read')
  @ApiOperation({ summary: '辖区党费收缴汇总（按下级组织）/ Dues collected in a year per unit below a jurisdiction' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  totals(@Query() query: DuesTotalsQueryDto) {
    return this.dues.totals(query.path, query.year);
  }
}
