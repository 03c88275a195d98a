import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { isoDate } from '@dangjian/domain-organization';
import { Access } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';
import { ApiErrors, UuidParams, XLSX_TYPE, allPages, listWorkbook, xlsxDownload } from '@dangjian/platform';
import { ActivityDayListDto, ActivityDayViewDto, MeetingComplianceDto, MeetingPageDto, MeetingViewDto, OverduePageDto } from '../api-views.dto';
import { YearQueryDto } from '@dangjian/platform';
import { ActivityDaysQueryDto, CheckActivityDayDto, ListMeetingsDto, OverdueQueryDto, RecordMeetingDto, SetActivityDayDto } from './dtos/meeting.dto';
import { ActivityDaysService } from './activity-days.service';
import { MeetingsService } from './meetings.service';

@ApiTags('meetings · 组织生活')
@Controller('org-units/:id')
export class OrgMeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly activityDays: ActivityDaysService,
  ) {}

  @Post('meetings')
  @ApiCreatedResponse({ type: MeetingViewDto })
  @Access('meeting', 'create')
  @UuidParams('id')
  @ApiOperation({ summary: '登记会议（三会一课、主题党日、组织生活会、民主评议）及出席 / Record a meeting with its attendance' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.MEETING_RECORD_REFUSED, OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED)
  record(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordMeetingDto) {
    return this.meetings.record(id, body);
  }

  @Get('meetings')
  @ApiOkResponse({ type: MeetingPageDto })
  @Access('meeting', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '本组织的会议记录，新的在前 / An org’s meeting records, newest first' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED)
  list(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: ListMeetingsDto) {
    return this.meetings.list(id, { year: query.year, kind: query.kind, cursor: query.cursor, limit: query.limit ?? 50 });
  }

  @Get('meetings/export')
  @Access('meeting', 'read')
  @UuidParams('id')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出会议记录（xlsx）/ Export an org’s meeting records' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED)
  async export(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: ListMeetingsDto) {
    const items = await allPages((cursor) => this.meetings.list(id, { year: query.year, kind: query.kind, cursor, limit: 200 }));
    const title = `${items[0]?.orgPath ?? ''} 组织生活记录${query.year ? `（${query.year} 年）` : ''}`;
    const rows = items.map((m) => [m.heldOn, m.kindLabel, m.topic, m.place, m.host, m.presentCount, m.attendance.filter((a) => !a.present).map((a) => `${a.name}（${a.reason ?? ''}）`).join('、'), m.recordedBy]);
    return xlsxDownload(await listWorkbook('会议记录', title, ['日期', '类型', '主题', '地点', '主持人', '到会人数', '缺席及原因', '记录人'], rows), `meetings-${isoDate()}.xlsx`, `组织生活记录-${isoDate()}.xlsx`);
  }

  @Get('meeting-compliance')
  @ApiOkResponse({ type: MeetingComplianceDto })
  @Access('meeting', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '按政策频次的组织生活情况：缺开周期、逾期起始日 / Standing against the policy’s cadence: missed periods, overdue since' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED)
  compliance(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: YearQueryDto) {
    return this.meetings.compliance(id, query.year);
  }

  @Put('activity-day')
  @ApiOkResponse({ type: ActivityDayViewDto })
  @Access('activity-day', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '设定党总支每月固定活动日 / Set a general branch’s fixed monthly activity day' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED)
  schedule(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: SetActivityDayDto) {
    return this.activityDays.schedule(id, body.dayOfMonth, body.place);
  }

  @Post('activity-day/checks')
  @HttpCode(200)
  @ApiOkResponse({ type: ActivityDayViewDto })
  @Access('activity-day', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '园区检查某月活动日是否开展 / The park checks off whether a month’s activity day was held' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.CONFLICT, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED)
  check(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CheckActivityDayDto) {
    return this.activityDays.check(id, body.month, body.held, body.note);
  }
}

@ApiTags('meetings · 组织生活')
@Controller()
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly activityDays: ActivityDaysService,
  ) {}

  @Get('meetings/overdue')
  @ApiOkResponse({ type: OverduePageDto })
  @Access('meeting', 'read')
  @ApiOperation({ summary: '辖区内组织生活逾期的党支部（按路径分页）/ Branches with a meeting overdue, paged by path' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  overdue(@Query() query: OverdueQueryDto) {
    return this.meetings.overdue(query.path, { year: query.year, cursor: query.cursor, limit: query.limit ?? 200 });
  }

  @Get('meetings/overdue/export')
  @Access('meeting', 'read')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出组织生活逾期清单（xlsx）/ Export the overdue list' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  async exportOverdue(@Query() query: OverdueQueryDto) {
    const orgs = await allPages((cursor) => this.meetings.overdue(query.path, { year: query.year, cursor, limit: 500 }));
    const rows = orgs.flatMap((org) => org.overdue.map((k) => [org.label, org.orgPath, k.kindLabel, k.overdueSince, k.missed.length, k.lastHeld]));
    return xlsxDownload(await listWorkbook('逾期清单', `${query.path} 组织生活逾期清单（${isoDate()}）`, ['党组织', '路径', '会议类型', '逾期起始日', '缺开次数', '最近一次'], rows), `overdue-${isoDate()}.xlsx`, `组织生活逾期清单-${isoDate()}.xlsx`);
  }

  @Get('meetings/:meetingId')
  @ApiOkResponse({ type: MeetingViewDto })
  @Access('meeting', 'read')
  @UuidParams('meetingId')
  @ApiOperation({ summary: '一次会议记录 / One meeting record' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  get(@Param('meetingId', new ParseUUIDPipe()) id: string) {
    return this.meetings.get(id);
  }

  @Get('activity-days/export')
  @Access('activity-day', 'read')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出固定活动日检查表（xlsx）/ Export the activity days and a month’s check-off' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  async exportActivityDays(@Query() query: ActivityDaysQueryDto) {
    const list = await this.activityDays.list(query.path, query.month);
    const status = { held: '已开展', 'not-held': '未开展', unchecked: '未检查', unscheduled: '未设定' } as const;
    const rows = list.items.map((i) => [i.label, i.dayOfMonth, i.place, i.dueOn, status[i.status], i.check?.note ?? '', i.check?.by ?? '']);
    return xlsxDownload(await listWorkbook('固定活动日', `${query.path} ${list.month} 固定活动日检查`, ['党总支', '每月几号', '地点', '本月活动日', '检查结果', '说明', '检查人'], rows), `activity-days-${list.month}.xlsx`, `固定活动日-${list.month}.xlsx`);
  }

  @Get('activity-days')
  @ApiOkResponse({ type: ActivityDayListDto })
  @Access('activity-day', 'read')
  @ApiOperation({ summary: '辖区内各党总支的固定活动日及当月检查 / General branches’ activity days and a month’s check-off' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  list(@Query() query: ActivityDaysQueryDto) {
    return this.activityDays.list(query.path, query.month);
  }
}
