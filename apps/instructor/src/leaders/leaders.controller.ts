import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@dangjian/auth';
import { CommonErrorCode } from '@dangjian/contracts';
import { ApiErrors, UuidParams } from '@dangjian/platform';
import { LeaderListDto, LeaderViewDto } from '../api-views.dto';
import { CreateLeaderDto, LeaderContactDto, ListLeadersDto, SetLinksDto } from './dtos/leader.dto';
import { LeadersService } from './leaders.service';

@ApiTags('leaders · 领导联系点')
@Controller('leaders')
export class LeadersController {
  constructor(private readonly leaders: LeadersService) {}

  @Post()
  @ApiCreatedResponse({ type: LeaderViewDto })
  @Access('leader-contact', 'create')
  @ApiOperation({ summary: '登记联系领导（县领导联系企业、工委委员指导党组织）/ Register a leader' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  create(@Body() body: CreateLeaderDto) {
    return this.leaders.create(body);
  }

  @Get()
  @ApiOkResponse({ type: LeaderListDto })
  @Access('leader-contact', 'read')
  @ApiOperation({ summary: '辖区的领导联系点，逐人核对规则（怀宁县领导各联系 1 家企业，濉溪工委委员各指导 7 个不同类别党组织）/ Leaders and whether each keeps the rule' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  list(@Query() query: ListLeadersDto) {
    return this.leaders.list(query.path, query.kind);
  }

  @Get(':id')
  @ApiOkResponse({ type: LeaderViewDto })
  @Access('leader-contact', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '一名领导的联系点和联系记录 / One leader' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.leaders.get(id);
  }

  @Put(':id/links')
  @ApiOkResponse({ type: LeaderViewDto })
  @Access('leader-contact', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '设定联系的企业或指导的党组织 / Set the enterprises or orgs a leader contacts' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT)
  links(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: SetLinksDto) {
    return this.leaders.setLinks(id, body);
  }

  @Post(':id/contacts')
  @HttpCode(200)
  @ApiOkResponse({ type: LeaderViewDto })
  @Access('leader-contact', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '登记一次联系走访 / Record a visit' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT)
  contact(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: LeaderContactDto) {
    return this.leaders.addContact(id, body);
  }
}
