import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { Access, callerScopes } from '@dangjian/auth';
import { AuditTrail } from './audit-trail';

export class AuditQueryDto {
  @IsOptional() @IsString() actorId?: string;
  @IsOptional() @IsString() targetId?: string;
  @IsOptional() @Matches(/^[a-z-]+\.[a-z-]+$/) action?: string;
  @IsOptional() @IsDateString() from?: string;
  @IsOptional() @IsDateString() to?: string;
  /** The `next` cursor of the previous page. */
  @IsOptional() @IsString() cursor?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

class AuditActorDto {
  /** user、service 或 system */
  kind!: string;
  id!: string;
  username?: string;
}

class AuditTargetDto {
  kind!: string;
  id!: string;
  orgPath?: string;
}

/** One audit record: who did what to which record, and what changed (sensitive values only as keyed hashes). */
class AuditEntryDto {
  _id!: string;
  /** 操作，如 enterprise.update / action */
  action!: string;
  @ApiProperty({ type: AuditActorDto }) actor!: AuditActorDto;
  at!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: '字段 → { from, to } / field → { from, to }' }) changes?: Record<string, unknown>;
  @ApiPropertyOptional({ type: AuditTargetDto }) target?: AuditTargetDto;
  requestId?: string;
}

class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  next?: string;
}

function decodeCursor(cursor?: string): { at: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at);
  return id && !Number.isNaN(date.getTime()) ? { at: date, id } : undefined;
}

@ApiTags('audit · 操作审计')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditTrail) {}

  @Get()
  @Access('audit-log', 'read')
  @ApiOperation({ summary: '查询本服务的操作审计记录（按辖区范围）/ Audit records of this service within your scope' })
  @ApiOkResponse({ type: AuditPageDto })
  async list(@Query() query: AuditQueryDto) {
    const limit = query.limit ?? 50;
    const items = await this.audit.query(callerScopes(), {
      actorId: query.actorId,
      targetId: query.targetId,
      action: query.action,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      before: decodeCursor(query.cursor),
      limit,
    });
    const last = items[items.length - 1];
    const next = items.length === limit && last ? Buffer.from(`${last.at.toISOString()}|${last._id}`).toString('base64url') : undefined;
    return { items, next };
  }
}
