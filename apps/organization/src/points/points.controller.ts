import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';
import { ApiErrors, UuidParams } from '@dangjian/platform';
import { MemberPointsDto, OrgPointsDto } from '../api-views.dto';
import { YearQueryDto } from '@dangjian/platform';
import { PointsService } from './points.service';

@ApiTags('members · 党员')
@Controller()
export class PointsController {
  constructor(private readonly points: PointsService) {}

  @Get('members/me/points')
  @ApiOkResponse({ type: MemberPointsDto })
  @Access('member-self', 'read')
  @ApiOperation({ summary: '本人的积分（政策开启时）/ The caller’s own points, where the policy turns them on' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  own(@Query() query: YearQueryDto) {
    return this.points.own(query.year);
  }

  @Get('members/:id/points')
  @ApiOkResponse({ type: MemberPointsDto })
  @Access('member-points', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '党员某年的积分及来源 / A member’s points of a year, with where each came from' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  ofMember(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: YearQueryDto) {
    return this.points.ofMember(id, query.year);
  }

  @Get('org-units/:id/member-points')
  @ApiOkResponse({ type: OrgPointsDto })
  @Access('member-points', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '党支部党员某年的积分（供考评读取）/ Each member’s points of a year in a branch, for the assessment' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.NOT_A_BRANCH)
  ofOrg(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: YearQueryDto) {
    return this.points.ofOrg(id, query.year);
  }
}
