import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { StatisticsTableDto } from '../api-views.dto';
import { Access } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';
import { ApiErrors, XLSX_TYPE, xlsxDownload } from '@dangjian/platform';
import { CoverageQueryDto } from './dtos/coverage.dto';
import { statisticsWorkbook } from './statistics-workbook';
import { StatisticsService } from './statistics.service';


@ApiTags('statistics · 统计报表')
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get()
  @ApiOkResponse({ type: StatisticsTableDto })
  @Access('coverage', 'read')
  @ApiOperation({ summary: '上报统计表：按园区乡镇和合计的基数、覆盖率、党组织、党员、本年新建撤销 / The statistics table for upper levels' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.COVERAGE_NOT_FOR_THIS_UNIT)
  table(@Query() query: CoverageQueryDto) {
    return this.statistics.table(query.path, query.date);
  }

  @Get('export')
  @Access('coverage', 'read')
  @ApiOperation({ summary: '导出上报统计表（xlsx）/ Export the statistics table as a workbook' })
  @ApiProduces(XLSX_TYPE)
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.COVERAGE_NOT_FOR_THIS_UNIT)
  async export(@Query() query: CoverageQueryDto) {
    const table = await this.statistics.table(query.path, query.date);
    return xlsxDownload(await statisticsWorkbook(table), `statistics-${table.date}.xlsx`, `党建统计表-${table.label}-${table.date}.xlsx`);
  }
}
