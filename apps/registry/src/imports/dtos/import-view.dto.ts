import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPORT_STATUSES, ImportStatus } from '@dangjian/contracts';

/** One import and how far it has come. */
export class ImportJobViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['upload', 'file-drop'] }) source!: string;
  fileName!: string;
  @ApiProperty({ enum: ['xlsx', 'csv'] }) format!: string;
  @ApiProperty({ enum: IMPORT_STATUSES }) status!: ImportStatus;
  totalRows!: number;
  processedRows!: number;
  created!: number;
  updated!: number;
  unchanged!: number;
  failed!: number;
  startedAt?: string;
  finishedAt?: string;
  error?: string;
  createdAt?: string;
}

export class RowErrorDto {
  line!: number;
  @ApiPropertyOptional({ type: String, nullable: true }) uscc?: string | null;
  column!: string;
  reason!: string;
}

export class RowErrorPageDto {
  @ApiProperty({ type: [RowErrorDto] }) items!: RowErrorDto[];
  /** 下一页从此行号之后开始 / the next page starts after this line */
  nextAfterLine?: number;
}
