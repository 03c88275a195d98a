import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { isoDate } from '@dangjian/domain-organization';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, callerScopes } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';
import { ApiErrors, UuidParams, XLSX_TYPE, allPages, listWorkbook, xlsxDownload } from '@dangjian/platform';
import { DevelopmentStatisticsDto, MemberIdentityDto, MemberListDto, MemberPageDto, MemberViewDto, RosterImportResultDto } from '../api-views.dto';
import { rosterExport, rosterTemplate } from './roster-workbook';
import { CreateMemberDto, DevelopmentStatisticsQueryDto, DevelopmentStepDto, ListMembersDto, LookupMemberDto, RemoveMemberDto, UpdateMemberDto } from './dtos/member.dto';
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

  @Get('export')
  @Access('member', 'read')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出花名册或发展队伍（xlsx，身份证号脱敏）/ Export the roster or pipeline, masked' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  async export(@Query() query: ListMembersDto) {
    const filters = { path: query.path ?? callerScopes()[0], status: query.status ?? 'active', category: query.category, stage: query.stage, name: query.name } as const;
    const items = await allPages((cursor) => this.members.list({ ...filters, cursor, limit: 1000 }));
    const title = `${filters.path} ${filters.category === 'candidate' ? '发展对象队伍' : '党员花名册'}（${isoDate()}）`;
    return xlsxDownload(await rosterExport(items, title), `members-${isoDate()}.xlsx`, `党员名册-${isoDate()}.xlsx`);
  }

  @Get('import-template')
  @Access('member', 'create')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '下载党员花名册导入模板 / Download the roster template' })
  async template() {
    return xlsxDownload(await rosterTemplate(), 'roster-template.xlsx', '党员花名册导入模板.xlsx');
  }

  @Get('me')
  @ApiOkResponse({ type: MemberViewDto })
  @Access('member-self', 'read')
  @ApiOperation({ summary: '本人的党员信息 / The caller’s own member record' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  own() {
    return this.members.own();
  }

  @Get('development-statistics/export')
  @Access('member', 'read')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出年度发展党员统计（xlsx）/ Export the yearly development figures' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  async exportStatistics(@Query() query: DevelopmentStatisticsQueryDto) {
    const stats = await this.members.developmentStatistics(query.path, query.year);
    const figures = (r: { applicants: number; activists: number; targets: number; probationary: number; formal: number }) => [r.applicants, r.activists, r.targets, r.probationary, r.formal];
    const book = await listWorkbook('发展党员统计', `${stats.path} ${stats.year} 年发展党员统计`, ['单位', '入党申请人', '入党积极分子', '发展对象', '发展党员', '转正'], [
      ...stats.rows.map((r) => [r.label, ...figures(r)]),
      ['合计', ...figures(stats.total)],
    ]);
    return xlsxDownload(book, `development-${stats.year}.xlsx`, `发展党员统计-${stats.year}.xlsx`);
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
  @ApiOperation({ summary: '按身份证号精确查找在册记录，可含历史记录（盲索引，不解密）/ Exact lookup by citizen ID through the blind index; history on request' })
  @ApiErrors(OrganizationErrorCode.INVALID_CITIZEN_ID)
  lookup(@Body() body: LookupMemberDto) {
    return this.members.lookup(body.citizenId, body.history ?? false);
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

  @Post(':id/remove')
  @HttpCode(200)
  @ApiOkResponse({ type: MemberViewDto })
  @Access('member', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '移出花名册或发展队伍（病故、出党、撤回申请），记录保留 / Take off the roster or the pipeline, with the reason; the record stays' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.MEMBER_NOT_ACTIVE, OrganizationErrorCode.TRANSFER_REFUSED)
  remove(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RemoveMemberDto) {
    return this.members.remove(id, body.reason, body.on);
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

@ApiTags('members · 党员')
@Controller('org-units/:id/members')
export class RosterImportController {
  constructor(private readonly members: MembersService) {}

  @Post('import')
  @HttpCode(200)
  @ApiOkResponse({ type: RosterImportResultDto })
  @Access('member', 'create')
  @UuidParams('id')
  @ApiConsumes(XLSX_TYPE, 'application/octet-stream')
  @ApiBody({ description: '花名册 .xlsx 文件（请求体即文件）/ the roster workbook itself as the request body' })
  @ApiOperation({ summary: '从花名册导入党员（逐行校验身份证号，重复和已在他处在册的行不导入）/ Import a branch’s roster workbook' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.ROSTER_FILE_REFUSED, OrganizationErrorCode.NOT_A_BRANCH, OrganizationErrorCode.PARTY_ORG_REVOKED)
  import(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown) {
    return this.members.importRosterWorkbook(id, body);
  }
}
