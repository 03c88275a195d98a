import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
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

/** One pull from the data-sharing platform (or one dropped file) and what it did. */
class HubRunDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['manual', 'schedule', 'file-drop'] }) trigger!: string;
  fileName?: string;
  @ApiProperty({ enum: ['running', 'completed', 'failed'] }) status!: string;
  since?: string;
  fetched!: number;
  created!: number;
  updated!: number;
  unchanged!: number;
  quarantined!: number;
  startedAt!: string;
  finishedAt?: string;
  watermark?: string;
  error?: string;
}

class HubRunListDto {
  /** 已同步到的时间点 / changes applied up to this point */
  @ApiPropertyOptional({ type: String, nullable: true }) watermark?: string | null;
  @ApiProperty({ type: [HubRunDto] }) items!: HubRunDto[];
}

/** A change held for a person: the record as received and why it was not applied. */
class QuarantineItemDto {
  _id!: string;
  @ApiProperty({ enum: ['data-hub', 'file-drop'] }) source!: string;
  runId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) raw!: Record<string, unknown>;
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty({ enum: ['open', 'resolved', 'dismissed'] }) status!: string;
  resolvedBy?: string;
  resolvedAt?: string;
  note?: string;
  createdAt?: string;
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
  @ApiOkResponse({ type: HubRunListDto })
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
  @ApiOkResponse({ type: [QuarantineItemDto] })
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
