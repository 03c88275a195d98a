import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';
import { ApiErrors, UuidParams } from '@dangjian/platform';
import { ActivityDayListDto, ActivityDayViewDto, MeetingComplianceDto, MeetingPageDto, MeetingViewDto, OverduePageDto } from '../api-views.dto';
import { ActivityDaysQueryDto, CheckActivityDayDto, ComplianceQueryDto, ListMeetingsDto, OverdueQueryDto, RecordMeetingDto, SetActivityDayDto } from './dtos/meeting.dto';
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

  @Get('meeting-compliance')
  @ApiOkResponse({ type: MeetingComplianceDto })
  @Access('meeting', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '按政策频次的组织生活情况：缺开周期、逾期起始日 / Standing against the policy’s cadence: missed periods, overdue since' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED)
  compliance(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: ComplianceQueryDto) {
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

  @Get('meetings/:meetingId')
  @ApiOkResponse({ type: MeetingViewDto })
  @Access('meeting', 'read')
  @UuidParams('meetingId')
  @ApiOperation({ summary: '一次会议记录 / One meeting record' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  get(@Param('meetingId', new ParseUUIDPipe()) id: string) {
    return this.meetings.get(id);
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
