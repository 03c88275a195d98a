import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@dangjian/auth';
import { CommonErrorCode } from '@dangjian/contracts';
import { DomainException } from '@dangjian/platform';
import { ChangeStatusDto, CreateEnterpriseDto, ListEnterprisesDto, UpdateEnterpriseDto } from './dtos/enterprise.dto';
import { EnterprisesService } from './enterprises.service';

function decodeCursor(cursor?: string): { value: string | number; id: string } | undefined {
  if (!cursor) return undefined;
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string | number, string];
    if (typeof id === 'string' && (typeof value === 'string' || typeof value === 'number')) return { value, id };
  } catch {
    // fall through
  }
  throw new DomainException(CommonErrorCode.VALIDATION_FAILED, '分页游标无效 / Invalid cursor');
}

@ApiTags('enterprises · 市场主体台账')
@Controller('enterprises')
export class EnterprisesController {
  constructor(private readonly enterprises: EnterprisesService) {}

  @Get()
  @Access('enterprise', 'read')
  @ApiOperation({ summary: '台账查询（辖区内，游标分页）/ List the ledger within your scope, cursor-paged' })
  list(@Query() query: ListEnterprisesDto) {
    const sort = query.sort ?? 'name';
    const after = decodeCursor(query.cursor);
    return this.enterprises.list({
      orgPath: query.orgPath,
      kind: query.kind,
      industry: query.industry,
      status: query.status,
      hasMembers: query.hasMembers === undefined ? undefined : query.hasMembers === 'true',
      employeesMin: query.employeesMin,
      employeesMax: query.employeesMax,
      q: query.q,
      sort,
      after: after && sort === 'updatedAt' ? { ...after, value: new Date(String(after.value)) as unknown as string } : after,
      limit: query.limit ?? 50,
    });
  }

  @Get(':id')
  @Access('enterprise', 'read')
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.enterprises.get(id);
  }

  @Post()
  @Access('enterprise', 'create')
  @ApiOperation({ summary: '登记市场主体 / Register an enterprise' })
  create(@Body() body: CreateEnterpriseDto) {
    return this.enterprises.create(body);
  }

  @Patch(':id')
  @Access('enterprise', 'update')
  @ApiOperation({ summary: '修改台账信息（需带版本号）/ Update ledger fields (with the version read)' })
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateEnterpriseDto) {
    return this.enterprises.update(id, body);
  }

  @Post(':id/status')
  @Access('enterprise', 'update')
  @ApiOperation({ summary: '变更经营状态（经营异常、注销等）/ Change lifecycle status' })
  changeStatus(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ChangeStatusDto) {
    return this.enterprises.changeStatus(id, body);
  }
}
