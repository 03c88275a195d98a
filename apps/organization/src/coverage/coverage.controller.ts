import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CoverageRebuildDto, CoverageViewDto, GapPageDto } from '../api-views.dto';
import { Access } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';
import { ApiErrors, XLSX_TYPE, allPages, xlsxDownload } from '@dangjian/platform';
import { coverageWorkbook } from './coverage-workbook';
import { CoverageService, GapItem } from './coverage.service';
import { CoverageGapsQueryDto, CoverageQueryDto } from './dtos/coverage.dto';


@ApiTags('coverage · 两个覆盖')
@Controller('coverage')
export class CoverageController {
  constructor(private readonly coverage: CoverageService) {}

  @Get()
  @ApiOkResponse({ type: CoverageViewDto })
  @Access('coverage', 'read')
  @ApiOperation({ summary: '某辖区某日的组织覆盖和工作覆盖：合计、下级辖区、类型、行业、目标 / Organization and work coverage of a jurisdiction on a date' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.COVERAGE_NOT_FOR_THIS_UNIT)
  figures(@Query() query: CoverageQueryDto) {
    return this.coverage.figures(query.path, query.date);
  }

  @Get('gaps')
  @ApiOkResponse({ type: GapPageDto })
  @Access('coverage', 'read')
  @ApiOperation({ summary: '未覆盖名单（未建组织 / 工作未覆盖 / 职工达线无党员），游标分页 / Enterprises of the base on a gap list, cursor-paged' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.COVERAGE_NOT_FOR_THIS_UNIT)
  gaps(@Query() query: CoverageGapsQueryDto) {
    return this.coverage.gaps(query.path, query.gap, query.cursor, query.limit ?? 50);
  }

  @Get('export')
  @Access('coverage', 'read')
  @ApiOperation({ summary: '导出两个覆盖统计（xlsx）/ Export the coverage of a jurisdiction on a date as a workbook' })
  @ApiProduces(XLSX_TYPE)
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.COVERAGE_NOT_FOR_THIS_UNIT)
  async export(@Query() query: CoverageQueryDto) {
    const view = await this.coverage.figures(query.path, query.date);
    const large: GapItem[] = await allPages((cursor) => this.coverage.gaps(query.path, 'large-without-members', cursor, 500));
    return xlsxDownload(await coverageWorkbook(view, large), `coverage-${view.date}.xlsx`, `两个覆盖-${view.label}-${view.date}.xlsx`);
  }

  @Post('rebuild')
  @ApiAcceptedResponse({ type: CoverageRebuildDto })
  @HttpCode(202)
  @Access('coverage', 'update')
  @ApiOperation({ summary: '全量重算覆盖率（分批、可续跑）/ Rebuild the coverage from organization’s data, in resumable batches' })
  @ApiErrors(OrganizationErrorCode.COVERAGE_REBUILD_RUNNING)
  rebuild() {
    return this.coverage.rebuild();
  }

  @Get('rebuild')
  @ApiOkResponse({ type: CoverageRebuildDto })
  @Access('coverage', 'read')
  @ApiOperation({ summary: '重算进度 / Progress of the running or last rebuild' })
  async rebuildStatus() {
    return { rebuild: await this.coverage.rebuildStatus() };
  }
}
