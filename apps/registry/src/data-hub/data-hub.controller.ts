import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Length, Max, Min, ValidateIf } from 'class-validator';
import { Access } from '@dangjian/auth';
import { RawHubChange } from './hub-change';
import { DataHubService } from './data-hub.service';
import { ApiErrors, UuidParams } from '@dangjian/platform';
import { RegistryErrorCode } from '@dangjian/contracts';

class ListQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}
class QuarantineQuery extends ListQuery {
  @IsOptional() @IsIn(['open', 'resolved', 'dismissed']) status?: 'open' | 'resolved' | 'dismissed';
}
class ResolveDto {
  @IsIn(['apply', 'dismiss'], { message: 'action 应为 apply（修正后写入）或 dismiss（忽略）/ action must be apply or dismiss' })
  action!: 'apply' | 'dismiss';

  @IsOptional()
  @IsObject()
  correction?: RawHubChange;

  @ValidateIf((o: ResolveDto) => o.action === 'dismiss' || o.note !== undefined)
  @IsString()
  @Length(2, 500, { message: '请填写处理说明（2–500 字）/ give a note (2-500 characters)' })
  note?: string;
}

@ApiTags('data hub · 数据共享平台同步')
@Controller('data-hub')
export class DataHubController {
  constructor(private readonly hub: DataHubService) {}

  @Post('runs')
  @Access('data-hub', 'create')
  @ApiOperation({ summary: '立即从数据共享平台同步 / Pull changes from the data hub now' })
  @ApiErrors(RegistryErrorCode.DATA_HUB_RUN_IN_PROGRESS, RegistryErrorCode.DATA_HUB_NOT_CONFIGURED)
  start() {
    return this.hub.startPull('manual');
  }

  @Get('runs')
  @Access('data-hub', 'read')
  async runs(@Query() query: ListQuery) {
    return { watermark: await this.hub.watermark(), items: await this.hub.listRuns(query.limit ?? 20) };
  }

  @Get('runs/:id')
  @Access('data-hub', 'read')
  @UuidParams('id')
  run(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.hub.getRun(id);
  }

  @Get('quarantine')
  @Access('data-hub', 'read')
  @ApiOperation({ summary: '待人工处理的异常数据 / Changes held for a person to resolve' })
  quarantine(@Query() query: QuarantineQuery) {
    return this.hub.listQuarantine(query.status, query.limit ?? 50);
  }

  @Post('quarantine/:id/resolve')
  @Access('data-hub', 'update')
  @ApiOperation({ summary: '修正后写入或忽略 / Apply with corrections, or dismiss' })
  @ApiErrors(RegistryErrorCode.QUARANTINE_ALREADY_RESOLVED)
  resolve(@Param('id') id: string, @Body() body: ResolveDto) {
    return this.hub.resolve(id, body.action, body.correction ?? {}, body.note);
  }
}
