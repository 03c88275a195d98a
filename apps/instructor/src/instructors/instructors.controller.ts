import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@dangjian/auth';
import { CommonErrorCode, InstructorErrorCode } from '@dangjian/contracts';
import { ApiErrors, UuidParams } from '@dangjian/platform';
import { AssignmentViewDto, InstructorPageDto, InstructorViewDto, RecallResultDto, UnassignedPageDto } from '../api-views.dto';
import { AssignDto, CreateInstructorDto, EndAssignmentDto, ListInstructorsDto, RecallDto, TrainingDto, UnassignedQueryDto, UpdateInstructorDto } from './dtos/instructor.dto';
import { InstructorsService } from './instructors.service';

@ApiTags('instructors · 党建指导员')
@Controller('instructors')
export class InstructorsController {
  constructor(private readonly instructors: InstructorsService) {}

  @Post()
  @ApiCreatedResponse({ type: InstructorViewDto })
  @Access('instructor', 'create')
  @ApiOperation({ summary: '登记党建指导员（来源、派出单位、选派辖区、联系方式）/ Register an instructor' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  create(@Body() body: CreateInstructorDto) {
    return this.instructors.create(body);
  }

  @Get()
  @ApiOkResponse({ type: InstructorPageDto })
  @Access('instructor', 'read')
  @ApiOperation({ summary: '辖区内的指导员（按姓名分页；指导员本人只见自己）/ A jurisdiction’s instructors' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  list(@Query() query: ListInstructorsDto) {
    return this.instructors.list(query.path, { status: query.status, q: query.q, cursor: query.cursor, limit: query.limit ?? 50 });
  }

  @Get('me')
  @ApiOkResponse({ type: InstructorViewDto })
  @Access('instructor', 'read')
  @ApiOperation({ summary: '本人的指导员信息 / One’s own instructor record' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  mine() {
    return this.instructors.mine();
  }

  @Get(':id')
  @ApiOkResponse({ type: InstructorViewDto })
  @Access('instructor', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '一名指导员 / One instructor' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.instructors.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: InstructorViewDto })
  @Access('instructor', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '修改指导员信息 / Update an instructor' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT)
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateInstructorDto) {
    return this.instructors.update(id, body);
  }

  @Post(':id/training')
  @HttpCode(200)
  @ApiOkResponse({ type: InstructorViewDto })
  @Access('instructor', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '登记培训记录 / Add a training record' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT)
  train(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: TrainingDto) {
    return this.instructors.addTraining(id, body);
  }

  @Post(':id/recall')
  @HttpCode(200)
  @ApiOkResponse({ type: RecallResultDto })
  @Access('instructor', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '召回调整：结束其全部联系企业，并可由接替人连同历史接手 / Recall an instructor and hand the enterprises over' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, InstructorErrorCode.INSTRUCTOR_NOT_SERVING, InstructorErrorCode.ASSIGNMENT_REFUSED)
  recall(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecallDto) {
    return this.instructors.recall(id, body);
  }

  @Get(':id/assignments')
  @ApiOkResponse({ type: [AssignmentViewDto] })
  @Access('instructor-assignment', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '指导员联系的企业（含历史）/ An instructor’s enterprises, with history' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  assignments(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.instructors.assignmentsOf(id);
  }

  @Post(':id/assignments')
  @ApiCreatedResponse({ type: AssignmentViewDto })
  @Access('instructor-assignment', 'create')
  @UuidParams('id')
  @ApiOperation({ summary: '选派指导员联系企业（一对一或一对多）/ Assign an enterprise to an instructor' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.CONFLICT, InstructorErrorCode.ASSIGNMENT_REFUSED, InstructorErrorCode.INSTRUCTOR_NOT_SERVING)
  assign(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: AssignDto) {
    return this.instructors.assign(id, body);
  }
}

@ApiTags('instructors · 党建指导员')
@Controller()
export class AssignmentsController {
  constructor(private readonly instructors: InstructorsService) {}

  @Post('assignments/:id/end')
  @HttpCode(200)
  @ApiOkResponse({ type: AssignmentViewDto })
  @Access('instructor-assignment', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '结束联系（注明原因）/ End an assignment, with the reason' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.CONFLICT, CommonErrorCode.VERSION_CONFLICT)
  end(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: EndAssignmentDto) {
    return this.instructors.endAssignment(id, body);
  }

  @Get('enterprises/unassigned')
  @ApiOkResponse({ type: UnassignedPageDto })
  @Access('instructor-assignment', 'read')
  @ApiOperation({ summary: '无党员且无指导员的企业（工作覆盖缺口）/ Enterprises with no members and no instructor' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  unassigned(@Query() query: UnassignedQueryDto) {
    return this.instructors.unassigned(query.path, query.cursor, query.limit ?? 50, query.q);
  }

  @Get('enterprises/:id/assignments')
  @ApiOkResponse({ type: [AssignmentViewDto] })
  @Access('instructor-assignment', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '企业的指导员（含历史）/ An enterprise’s instructors over time' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  history(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.instructors.enterpriseHistory(id);
  }
}
