import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@dangjian/auth';
import { CommonErrorCode, InstructorErrorCode } from '@dangjian/contracts';
import { ApiErrors, UuidParams } from '@dangjian/platform';
import { VisitOverdueDto, VisitPageDto, VisitViewDto } from '../api-views.dto';
import { ListVisitsDto, RecordVisitDto, VisitOverdueQueryDto } from './dtos/visit.dto';
import { VisitsService } from './visits.service';

@ApiTags('visits · 每月“345”走访')
@Controller('visits')
export class VisitsController {
  constructor(private readonly visits: VisitsService) {}

  @Post()
  @ApiCreatedResponse({ type: VisitViewDto })
  @Access('instructor-visit', 'create')
  @ApiOperation({ summary: '登记走访（“三个第一、四个清楚、五员”清单、发现、跟进事项，可同时受理诉求）/ Log a "345" visit' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, InstructorErrorCode.VISIT_REFUSED)
  record(@Body() body: RecordVisitDto) {
    return this.visits.record(body);
  }

  @Get()
  @ApiOkResponse({ type: VisitPageDto })
  @Access('instructor-visit', 'read')
  @ApiOperation({ summary: '走访记录（按指导员或企业，新的在前）/ Visits of an instructor or an enterprise, newest first' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  list(@Query() query: ListVisitsDto) {
    return this.visits.list({ instructorId: query.instructorId, enterpriseId: query.enterpriseId, month: query.month, cursor: query.cursor, limit: query.limit ?? 50 });
  }

  @Get('overdue')
  @ApiOkResponse({ type: VisitOverdueDto })
  @Access('instructor-visit', 'read')
  @ApiOperation({ summary: '本月未按政策频次走访的联系企业，按指导员和园区 / Enterprises not visited this month as the policy asks, per instructor and place' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  overdue(@Query() query: VisitOverdueQueryDto) {
    return this.visits.overdue(query.path, query.month);
  }

  @Get(':id')
  @ApiOkResponse({ type: VisitViewDto })
  @Access('instructor-visit', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '一次走访记录 / One visit' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.visits.get(id);
  }
}
