import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportJobViewDto, RowErrorPageDto } from './dtos/import-view.dto';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Access, callerScopes } from '@dangjian/auth';
import { errorReport } from '../ledger/error-report';
import { importTemplate } from '../ledger/import-template';
import { IMPORT_UPLOAD_LIMIT } from './imports.tokens';
import { ImportsService, principalOfRequest } from './imports.service';
import { ApiErrors, UuidParams } from '@dangjian/platform';
import { RegistryErrorCode } from '@dangjian/contracts';

export const UPLOAD_CONTENT_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv', 'application/octet-stream'];

class TemplateQuery {
  @IsOptional()
  @IsIn(['xlsx', 'csv'], { message: '格式应为 xlsx 或 csv / format must be xlsx or csv' })
  format?: 'xlsx' | 'csv';
}

class UploadQuery {
  @IsString()
  @Length(1, 200, { message: '请提供文件名 fileName / fileName is required' })
  fileName!: string;
}

class ErrorsQuery {
  @IsOptional()
  @IsIn(['json', 'xlsx'], { message: '格式应为 json 或 xlsx / format must be json or xlsx' })
  format?: 'json' | 'xlsx';
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) afterLine?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

class ListQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}

@ApiTags('imports · 台账导入')
@Controller('enterprises')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    @Inject(IMPORT_UPLOAD_LIMIT) private readonly maxBytes: number,
  ) {}

  @Get('import-template')
  @Access('enterprise-import', 'create')
  @ApiOperation({ summary: '下载导入模板（中文表头）/ Download the import template' })
  template(@Query() query: TemplateQuery) {
    const format = query.format ?? 'xlsx';
    return new StreamableFile(importTemplate(format), {
      type: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="ledger-template.${format}"; filename*=UTF-8''${encodeURIComponent(`市场主体台账导入模板.${format}`)}`,
    });
  }

  @Post('imports')
  @Access('enterprise-import', 'create')
  @ApiConsumes(...UPLOAD_CONTENT_TYPES)
  @ApiBody({ description: '文件内容（请求体即文件）/ the file itself as the request body' })
  @ApiOperation({ summary: '上传台账文件并开始导入（xlsx 或 csv）/ Upload a ledger file to import' })
  @ApiErrors(RegistryErrorCode.IMPORT_UNSUPPORTED_FILE, RegistryErrorCode.IMPORT_FILE_TOO_LARGE, RegistryErrorCode.IMPORT_MISSING_COLUMNS, RegistryErrorCode.IMPORT_EMPTY_FILE)
  upload(@Query() query: UploadQuery, @Body() body: unknown) {
    return this.imports.accept({ body, fileName: query.fileName, source: 'upload', scopes: callerScopes(), by: principalOfRequest(), maxBytes: this.maxBytes });
  }

  @Get('imports')
  @Access('enterprise-import', 'read')
  @ApiOkResponse({ type: [ImportJobViewDto] })
  list(@Query() query: ListQuery) {
    return this.imports.list(query.limit ?? 20);
  }

  @Get('imports/:id')
  @Access('enterprise-import', 'read')
  @ApiOperation({ summary: '导入进度 / Import progress' })
  @ApiOkResponse({ type: ImportJobViewDto })
  @UuidParams('id')
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.imports.get(id);
  }

  @Get('imports/:id/errors')
  @Access('enterprise-import', 'read')
  @ApiOperation({ summary: '未导入的行及原因（json 分页，或 xlsx 全部）/ Refused rows with reasons, paged JSON or an xlsx report' })
  @ApiOkResponse({ type: RowErrorPageDto, description: 'format=json（默认）；format=xlsx 时为工作簿 / a workbook with format=xlsx' })
  @UuidParams('id')
  async errors(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: ErrorsQuery) {
    if (query.format === 'xlsx') {
      await this.imports.get(id); // 404 before the download starts
      return new StreamableFile(errorReport(this.imports.allErrors(id)), {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        disposition: `attachment; filename="import-errors-${id}.xlsx"; filename*=UTF-8''${encodeURIComponent(`未导入的行-${id}.xlsx`)}`,
      });
    }
    return this.imports.errors(id, query.afterLine ?? 0, query.limit ?? 200);
  }
}
