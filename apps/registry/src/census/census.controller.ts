import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Access } from '@dangjian/auth';
import { CENSUS_STAGES, CensusStage, CommonErrorCode, RegistryErrorCode } from '@dangjian/contracts';
import { BulkCheckDto, CampaignListDto, CampaignProgressDto, CensusRecordPageDto, CheckDto, StartCampaignDto } from './dtos/census.dto';
import { CampaignDoc, CensusRecordDoc } from './census.schema';
import { CensusService } from './census.service';
import { ApiErrors, UuidParams } from '@dangjian/platform';

const campaignView = ({ _id, orgAncestors: _a, preparedUpTo: _p, ...rest }: CampaignDoc) => ({ id: _id, ...rest });
const recordView = ({ _id: _i, _events, orgAncestors: _a, ...rest }: CensusRecordDoc) => rest;

class RecordsQueryDto {
  @IsOptional() @IsIn(CENSUS_STAGES) stage?: CensusStage;
  @IsOptional() @IsIn(['pending', 'in-base', 'excluded']) outcome?: string;
  @IsOptional() @IsString() cursor?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

@ApiTags('census · 年度普查与“五个查”')
@Controller('census/campaigns')
export class CensusController {
  constructor(private readonly census: CensusService) {}

  @Post()
  @Access('census-campaign', 'create')
  @ApiOperation({ summary: '开始年度普查（以当前台账为底）/ Start a yearly census from the current ledger' })
  @ApiErrors(RegistryErrorCode.CENSUS_CAMPAIGN_EXISTS, RegistryErrorCode.UNKNOWN_JURISDICTION, CommonErrorCode.DEPENDENCY_UNAVAILABLE)
  start(@Body() body: StartCampaignDto) {
    return this.census.start(body.year, body.orgPath).then(campaignView);
  }

  @Get()
  @Access('census-campaign', 'read')
  @ApiOkResponse({ type: CampaignListDto })
  async list() {
    return { items: (await this.census.list()).map(campaignView) };
  }

  @Get(':id/progress')
  @Access('census-campaign', 'read')
  @ApiOperation({ summary: '各辖区各环节进度与党建基数 / Progress per check per jurisdiction, and the base' })
  @ApiOkResponse({ type: CampaignProgressDto })
  @UuidParams('id')
  async progress(@Param('id', new ParseUUIDPipe()) id: string) {
    const { campaign, ...rest } = await this.census.progress(id);
    return { campaign: campaignView(campaign), ...rest };
  }

  @Get(':id/records')
  @Access('census-check', 'read')
  @ApiOkResponse({ type: CensusRecordPageDto })
  @UuidParams('id')
  async records(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: RecordsQueryDto) {
    const page = await this.census.listRecords(id, { stage: query.stage, outcome: query.outcome, after: query.cursor, limit: query.limit ?? 200 });
    return { items: page.items.map(recordView), next: page.next };
  }

  @Post(':id/records/:enterpriseId/checks')
  @Access('census-check', 'create')
  @ApiOperation({ summary: '记录一次核查（按顺序）/ Record one check, in order' })
  @UuidParams('id', 'enterpriseId')
  @ApiErrors(RegistryErrorCode.CENSUS_CAMPAIGN_CLOSED, RegistryErrorCode.CENSUS_STAGE_OUT_OF_ORDER, RegistryErrorCode.CENSUS_EXCLUSION_REASON_REQUIRED)
  check(@Param('id', new ParseUUIDPipe()) id: string, @Param('enterpriseId', new ParseUUIDPipe()) enterpriseId: string, @Body() body: CheckDto) {
    return this.census.check(id, enterpriseId, body).then(recordView);
  }

  @Post(':id/checks')
  @Access('census-check', 'create')
  @ApiOperation({ summary: '批量核查 / The same check for many records' })
  @UuidParams('id')
  @ApiErrors(RegistryErrorCode.CENSUS_CAMPAIGN_CLOSED, RegistryErrorCode.CENSUS_STAGE_OUT_OF_ORDER, RegistryErrorCode.CENSUS_EXCLUSION_REASON_REQUIRED)
  bulk(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: BulkCheckDto) {
    const { enterpriseIds, ...check } = body;
    return this.census.bulkCheck(id, enterpriseIds, check);
  }
}
