import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EffectivePolicyDto, PolicyVersionsDto } from '../api-views.dto';
import { Access } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';
import { ApiErrors } from '@dangjian/platform';
import { CreatePolicyVersionDto, EffectivePolicyQueryDto, PolicyPathDto } from './dtos/policy.dto';
import { PoliciesService } from './policies.service';

@ApiTags('policies · 党建政策设置')
@Controller('policies')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Get('effective')
  @ApiOkResponse({ type: EffectivePolicyDto })
  @Access('policy', 'read')
  @ApiOperation({ summary: '某辖区某日执行的政策及每项来源 / The policy in force for a jurisdiction on a date, and where each value comes from' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  effective(@Query() query: EffectivePolicyQueryDto) {
    return this.policies.effective(query.path, query.date);
  }

  @Get()
  @ApiOkResponse({ type: PolicyVersionsDto })
  @Access('policy', 'read')
  @ApiOperation({ summary: '本辖区的政策版本 / A jurisdiction’s own policy versions' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  versions(@Query() query: PolicyPathDto) {
    return this.policies.versions(query.path);
  }

  @Post()
  @Access('policy', 'create')
  @ApiOperation({ summary: '发布政策新版本 / Publish a new version of a jurisdiction’s policy' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, CommonErrorCode.VERSION_CONFLICT, OrganizationErrorCode.POLICY_VERSION_OVERLAPS, OrganizationErrorCode.POLICY_NOT_FOR_THIS_UNIT)
  create(@Body() body: CreatePolicyVersionDto) {
    return this.policies.create(body);
  }
}
