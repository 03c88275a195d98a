import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access } from '@dangjian/auth';
import { CommonErrorCode, InstructorErrorCode } from '@dangjian/contracts';
import { isoDate } from '@dangjian/domain-organization';
import { ApiErrors, UuidParams, XLSX_TYPE, allPages, listWorkbook, xlsxDownload } from '@dangjian/platform';
import { RequestPageDto, RequestStatisticsDto, RequestViewDto } from '../api-views.dto';
import { ListRequestsDto, RaiseRequestDto, RequestStatisticsQueryDto, TransitionRequestDto } from './dtos/request.dto';
import { RequestsService } from './requests.service';

@ApiTags('requests · 企业诉求')
@Controller('requests')
export class RequestsController {
  constructor(private readonly requests: RequestsService) {}

  @Post()
  @ApiCreatedResponse({ type: RequestViewDto })
  @Access('enterprise-request', 'create')
  @ApiOperation({ summary: '受理企业诉求（联络员为本企业、指导员为联系企业、园区为辖区企业）/ Raise an enterprise request' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  raise(@Body() body: RaiseRequestDto) {
    return this.requests.raise(body);
  }

  @Get()
  @ApiOkResponse({ type: RequestPageDto })
  @Access('enterprise-request', 'read')
  @ApiOperation({ summary: '诉求看板：按状态、类别筛选，新的在前，含时限状态 / The requests board, newest first, with the time-limit state' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  list(@Query() query: ListRequestsDto) {
    return this.requests.list({ path: query.path, status: query.status, category: query.category, enterpriseId: query.enterpriseId, cursor: query.cursor, limit: query.limit ?? 50 });
  }

  @Get('statistics')
  @ApiOkResponse({ type: RequestStatisticsDto })
  @Access('enterprise-request', 'read')
  @ApiOperation({ summary: '诉求统计：受理、销号、办理中、超时，按类别和园区 / Request statistics per category and place' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  statistics(@Query() query: RequestStatisticsQueryDto) {
    return this.requests.statistics(query.path, query.from, query.to);
  }

  @Get('export')
  @Access('enterprise-request', 'read')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出诉求台账（xlsx）/ Export the requests' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  async export(@Query() query: ListRequestsDto) {
    const items = await allPages((cursor) => this.requests.list({ path: query.path, status: query.status, category: query.category, enterpriseId: query.enterpriseId, cursor, limit: 200 }));
    const rows = items.map((r) => [r.acceptedOn, r.enterpriseName, r.categoryLabel.split(' / ')[0], r.title, r.department, r.statusLabel.split(' / ')[0], r.dueOn, r.closedOn ?? '', r.resolution ?? r.rejectReason ?? '']);
    return xlsxDownload(await listWorkbook('企业诉求', `${query.path} 企业诉求台账（${isoDate()}）`, ['受理日期', '企业', '类别', '诉求', '责任单位', '状态', '办理时限', '办结日期', '办理结果或理由'], rows), `requests-${isoDate()}.xlsx`, `企业诉求台账-${isoDate()}.xlsx`);
  }

  @Get(':id')
  @ApiOkResponse({ type: RequestViewDto })
  @Access('enterprise-request', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '一条诉求及其办理过程 / One request and its history' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.requests.get(id);
  }

  @Post(':id/transition')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestViewDto })
  @Access('enterprise-request', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '推进诉求：办理中、销号（须填办理结果）、不予办理（须说明理由）/ Move a request on' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, InstructorErrorCode.REQUEST_TRANSITION_REFUSED)
  transition(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: TransitionRequestDto) {
    return this.requests.transition(id, body);
  }
}
