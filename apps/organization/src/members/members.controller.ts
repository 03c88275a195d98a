import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, callerScopes } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';
import { ApiErrors, UuidParams } from '@dangjian/platform';
import { DevelopmentStatisticsDto, MemberIdentityDto, MemberListDto, MemberPageDto, MemberViewDto } from '../api-views.dto';
import { CreateMemberDto, DevelopmentStatisticsQueryDto, DevelopmentStepDto, ListMembersDto, LookupMemberDto, UpdateMemberDto } from './dtos/member.dto';
import { MembersService } from './members.service';

@ApiTags('members · 党员')
@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @ApiOkResponse({ type: MemberPageDto })
  @Access('member', 'read')
  @ApiOperation({ summary: '花名册或发展队伍（身份证号、手机号脱敏），按组织、姓名排序，游标分页 / Roster or pipeline, masked, cursor-paged' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  list(@Query() query: ListMembersDto) {
    return this.members.list({
      path: query.path ?? callerScopes()[0],
      status: query.status ?? 'active',
      category: query.category,
      stage: query.stage,
      name: query.name,
      cursor: query.cursor,
      limit: query.limit ?? 50,
    });
  }

  @Get('me')
  @ApiOkResponse({ type: MemberViewDto })
  @Access('member-self', 'read')
  @ApiOperation({ summary: '本人的党员信息 / The caller’s own member record' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  own() {
    return this.members.own();
  }

  @Get('development-statistics')
  @ApiOkResponse({ type: DevelopmentStatisticsDto })
  @Access('member', 'read')
  @ApiOperation({ summary: '年度发展党员统计（申请、积极分子、发展对象、发展、转正），按下级组织 / Yearly development figures per unit below a path' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  statistics(@Query() query: DevelopmentStatisticsQueryDto) {
    return this.members.developmentStatistics(query.path, query.year);
  }

  @Post('lookup')
  @HttpCode(200)
  @ApiOkResponse({ type: MemberListDto })
  @Access('member', 'read')
  @ApiOperation({ summary: '按身份证号精确查找（盲索引，不解密）/ Exact lookup by citizen ID through the blind index' })
  @ApiErrors(OrganizationErrorCode.INVALID_CITIZEN_ID)
  lookup(@Body() body: LookupMemberDto) {
    return this.members.lookup(body.citizenId);
  }

  @Get(':id')
  @ApiOkResponse({ type: MemberViewDto })
  @Access('member', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '一名党员（脱敏）及发展经历 / One member, masked, with the development steps' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.members.get(id);
  }

  @Get(':id/identity')
  @ApiOkResponse({ type: MemberIdentityDto })
  @Access('member-identity', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '完整身份证号和手机号（每次查看记入审计）/ The full citizen ID and phone; each view is audited' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  identity(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.members.identity(id);
  }

  @Post()
  @ApiCreatedResponse({ type: MemberViewDto })
  @Access('member', 'create')
  @ApiOperation({ summary: '登记党员或入党申请人（一人只在一个党组织）/ Enter a member or an applicant; one org per person' })
  @ApiErrors(
    CommonErrorCode.NOT_FOUND,
    OrganizationErrorCode.INVALID_CITIZEN_ID,
    OrganizationErrorCode.MEMBER_ACTIVE_ELSEWHERE,
    OrganizationErrorCode.NOT_A_BRANCH,
    OrganizationErrorCode.PARTY_ORG_REVOKED,
  )
  create(@Body() body: CreateMemberDto) {
    return this.members.create(body);
  }

  @Patch(':id')
  @ApiOkResponse({ type: MemberViewDto })
  @Access('member', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '修改党员信息 / Change a member’s details' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.INVALID_CITIZEN_ID, OrganizationErrorCode.MEMBER_ACTIVE_ELSEWHERE, OrganizationErrorCode.MEMBER_NOT_ACTIVE)
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateMemberDto) {
    return this.members.update(id, body);
  }

  @Post(':id/steps')
  @HttpCode(200)
  @ApiOkResponse({ type: MemberViewDto })
  @Access('member', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '发展下一步（按顺序、不早于政策最短期限）/ The next development step, in order and after the policy’s minimum duration' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.DEVELOPMENT_STEP_REFUSED, OrganizationErrorCode.MEMBER_NOT_ACTIVE)
  step(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: DevelopmentStepDto) {
    return this.members.step(id, body);
  }
}
