import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, callerScopes } from '@dangjian/auth';
import { CommonErrorCode, RegistryErrorCode } from '@dangjian/contracts';
import { ApiErrors, DomainException, UuidParams } from '@dangjian/platform';
import { EnterprisePageDto, EnterpriseViewDto, LedgerSummaryDto } from './dtos/enterprise-view.dto';
import { ChangeStatusDto, CreateEnterpriseDto, ExportEnterprisesDto, ListEnterprisesDto, MergeDto, SummarizeEnterprisesDto, UpdateEnterpriseDto } from './dtos/enterprise.dto';
import { EnterpriseListQuery, EnterprisesRepository } from './enterprises.repository';
import { exportLedger } from '../ledger/ledger-export';
import { EnterprisesService } from './enterprises.service';

type LedgerSort = NonNullable<ListEnterprisesDto['sort']>;

/** The `next` cursor of a page sorted by `sort`: its value must have that sort field's type. */
function decodeCursor(cursor: string | undefined, sort: LedgerSort): EnterpriseListQuery['after'] {
  if (!cursor) return undefined;
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof id === 'string' && id.length <= 64) {
      if (sort === 'name' && typeof value === 'string') return { value, id };
      if (sort === 'employees' && Number.isSafeInteger(value)) return { value: value as number, id };
      if (sort === 'updatedAt' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
        return { value: new Date(value) as unknown as string, id };
      }
    }
  } catch {
    // fall through
  }
  throw new DomainException(CommonErrorCode.VALIDATION_FAILED, '分页游标无效，请从第一页重新查询 / Invalid cursor, start again from the first page', { field: 'cursor' });
}

/** The filters list and export share. */
function ledgerFilter(query: ExportEnterprisesDto): Omit<EnterpriseListQuery, 'sort' | 'after' | 'limit'> {
  return {
    orgPath: query.orgPath,
    kind: query.kind,
    industry: query.industry,
    status: query.status,
    hasMembers: query.hasMembers === undefined ? undefined : query.hasMembers === 'true',
    employeesMin: query.employeesMin,
    employeesMax: query.employeesMax,
    q: query.q,
    census: query.censusStage ? { stage: query.censusStage, year: query.censusYear ?? new Date().getFullYear() } : undefined,
  };
}

@ApiTags('enterprises · 市场主体台账')
@Controller('enterprises')
export class EnterprisesController {
  constructor(
    private readonly enterprises: EnterprisesService,
    private readonly repository: EnterprisesRepository,
  ) {}

  @Get('export')
  @Access('enterprise', 'read')
  @ApiOperation({ summary: '导出台账（xlsx 或 csv，中文表头，按筛选条件）/ Export the ledger within your scope and filters' })
  export(@Query() query: ExportEnterprisesDto) {
    const format = query.format ?? 'xlsx';
    const stream = exportLedger(format, this.repository, callerScopes(), ledgerFilter(query));
    const name = `ledger-${new Date().toISOString().slice(0, 10)}.${format}`;
    return new StreamableFile(stream, {
      type: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(`市场主体台账-${name}`)}`,
    });
  }

  @Get('summary')
  @Access('enterprise', 'read')
  @ApiOperation({ summary: '台账概况：按类型、状态、行业门类计数 / Ledger figures by kind, status and industry section' })
  @ApiOkResponse({ type: LedgerSummaryDto })
  summary(@Query() query: SummarizeEnterprisesDto) {
    return this.enterprises.summarize(ledgerFilter(query));
  }

  @Get()
  @Access('enterprise', 'read')
  @ApiOperation({ summary: '台账查询（辖区内，游标分页）/ List the ledger within your scope, cursor-paged' })
  @ApiOkResponse({ type: EnterprisePageDto })
  list(@Query() query: ListEnterprisesDto) {
    const sort = query.sort ?? 'name';
    return this.enterprises.list({
      ...ledgerFilter(query),
      sort,
      after: decodeCursor(query.cursor, sort),
      limit: query.limit ?? 50,
    });
  }

  @Get(':id')
  @Access('enterprise', 'read')
  @UuidParams('id')
  @ApiOkResponse({ type: EnterpriseViewDto })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.enterprises.get(id);
  }

  @Post()
  @Access('enterprise', 'create')
  @ApiOperation({ summary: '登记市场主体 / Register an enterprise' })
  @ApiErrors(RegistryErrorCode.INVALID_CREDIT_CODE, RegistryErrorCode.DUPLICATE_CREDIT_CODE, RegistryErrorCode.UNKNOWN_JURISDICTION, RegistryErrorCode.INVALID_MEMBER_COUNTS, CommonErrorCode.DEPENDENCY_UNAVAILABLE)
  create(@Body() body: CreateEnterpriseDto) {
    return this.enterprises.create(body);
  }

  @Patch(':id')
  @Access('enterprise', 'update')
  @ApiOperation({ summary: '修改台账信息（需带版本号）/ Update ledger fields (with the version read)' })
  @UuidParams('id')
  @ApiErrors(CommonErrorCode.VERSION_CONFLICT, RegistryErrorCode.UNKNOWN_JURISDICTION, RegistryErrorCode.INVALID_MEMBER_COUNTS, CommonErrorCode.DEPENDENCY_UNAVAILABLE)
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateEnterpriseDto) {
    return this.enterprises.update(id, body);
  }

  @Post(':id/merge')
  @Access('enterprise', 'update')
  @ApiOperation({ summary: '合并影子企业，保留双方历史 / Merge a shadow record into this one, keeping both histories' })
  @UuidParams('id')
  @ApiErrors(RegistryErrorCode.MERGE_NOT_ALLOWED, CommonErrorCode.VERSION_CONFLICT)
  merge(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: MergeDto) {
    return this.enterprises.merge(id, body);
  }

  @Post(':id/status')
  @Access('enterprise', 'update')
  @ApiOperation({ summary: '变更经营状态（经营异常、注销等）/ Change lifecycle status' })
  @UuidParams('id')
  @ApiErrors(RegistryErrorCode.INVALID_STATUS_CHANGE, CommonErrorCode.VERSION_CONFLICT)
  changeStatus(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ChangeStatusDto) {
    return this.enterprises.changeStatus(id, body);
  }
}
