import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Model } from 'mongoose';
import { callerScopes, inAnyScope, outOfScope } from '@dangjian/auth';
import { ImportProgressV1, RegistryErrorCode } from '@dangjian/contracts';
import { OutboxRelay, createEvent } from '@dangjian/messaging';
import { AuditTrail, DomainException, RequestContext } from '@dangjian/platform';
import { missingHeaders } from '../ledger/ledger-columns';
import { SheetFormat, detectFormat, sheetRecords } from '../ledger/spreadsheet-reader';
import { ImportFiles } from './import-files';
import { ImportBatchDoc, ImportJobDoc, ImportRowErrorDoc } from './import-job.schema';

export const IMPORT_JOB_MODEL = 'ImportJob';
export const IMPORT_ROW_ERROR_MODEL = 'ImportRowError';
export const IMPORT_BATCH_MODEL = 'ImportBatch';
const WHAT = '导入任务 / import job';

export type ImportJobView = Omit<ImportJobDoc, '_id' | '_events' | 'fileId' | 'leaseOwner' | 'leaseEpoch' | 'leaseUntil'> & { id: string };

export function importJobView(doc: ImportJobDoc): ImportJobView {
  const { _id, _events, fileId: _f, leaseOwner: _o, leaseEpoch: _e, leaseUntil: _u, ...rest } = doc;
  return { id: _id, ...rest };
}

export function progressEvent(job: ImportJobDoc) {
  return createEvent('registry', ImportProgressV1, {
    subject: job._id,
    actor: { kind: job.by.kind, id: job.by.id, name: job.by.username },
    data: {
      jobId: job._id,
      source: job.source,
      status: job.status,
      totalRows: job.totalRows,
      processedRows: job.processedRows,
      created: job.created,
      updated: job.updated,
      unchanged: job.unchanged,
      failed: job.failed,
    },
  });
}

export interface NewImport {
  body: unknown;
  fileName: string;
  source: ImportJobDoc['source'];
  scopes: readonly string[];
  by: ImportJobDoc['by'];
  maxBytes: number;
}

/** Accepting ledger files: stored, checked (type, size, columns, rows) and queued for the runner. */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);

  constructor(
    @InjectModel(IMPORT_JOB_MODEL) readonly jobs: Model<ImportJobDoc>,
    @InjectModel(IMPORT_ROW_ERROR_MODEL) readonly rowErrors: Model<ImportRowErrorDoc>,
    @InjectModel(IMPORT_BATCH_MODEL) readonly batches: Model<ImportBatchDoc>,
    private readonly files: ImportFiles,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async accept(input: NewImport): Promise<ImportJobView> {
    if (!(input.body instanceof Readable)) throw unsupported({ body: typeof input.body });
    const extension = /\.(xlsx|csv)$/i.exec(input.fileName)?.[1]?.toLowerCase() as SheetFormat | undefined;
    const { fileId, size, content } = await this.files.save(input.body, input.fileName, input.maxBytes);
    try {
      const format = detectFormat(content.subarray(0, 4096));
      if (!format || (extension && extension !== format)) throw unsupported({ bytes: size, detected: format, extension: extension ?? null });
      const totalRows = await this.checkSheet(content, format);
      const job: ImportJobDoc = {
        _id: randomUUID(),
        source: input.source,
        fileId,
        fileName: input.fileName,
        format,
        sizeBytes: size,
        scopes: [...input.scopes],
        by: input.by,
        status: 'queued',
        totalRows,
        processedRows: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
        failed: 0,
        leaseEpoch: 0,
        leaseUntil: new Date(0),
      };
      const audit = this.audit.event({
        action: 'enterprise.import',
        target: { kind: 'import-job', id: job._id, orgPath: job.scopes[0] },
        changes: { fileName: { to: input.fileName }, rows: { to: totalRows } },
      });
      await this.jobs.create({ ...job, _events: [progressEvent(job), audit] });
      this.relay.nudge(this.jobs, job._id);
      return importJobView(job);
    } catch (error) {
      await this.files.remove(fileId);
      throw error;
    }
  }

  /** The header row has every template column and at least one row follows; returns the data row count. */
  private async checkSheet(content: Buffer, format: SheetFormat): Promise<number> {
    let rows = 0;
    // Read from the upload in memory: the stored copy is for the runner.
    const stream = Readable.from([content]);
    try {
      for await (const record of sheetRecords(stream, format)) {
        if ('headers' in record) {
          const missing = missingHeaders(record.headers);
          if (missing.length) {
            throw new DomainException(
              RegistryErrorCode.IMPORT_MISSING_COLUMNS,
              `表头缺少以下列：${missing.join('、')}。请下载模板核对 / The header row lacks columns: ${missing.join(', ')}`,
              { missing },
            );
          }
        } else rows += 1;
      }
    } catch (error) {
      if (error instanceof DomainException) throw error;
      this.logger.warn({ err: error }, 'uploaded file could not be read as a sheet');
      throw unsupported();
    } finally {
      stream.destroy();
    }
    if (rows === 0) throw new DomainException(RegistryErrorCode.IMPORT_EMPTY_FILE, '文件中没有数据行 / The file has no data rows');
    return rows;
  }

  /**
   * Deletes stored uploads older than `minAgeMs` that no queued or running job needs: a crash between
   * storing a file and writing its job, or between ending a job and removing its file, leaves one
   * behind. Jobs are written seconds after their file.
   */
  async removeOrphanFiles(minAgeMs: number): Promise<number> {
    const stored = await this.files.storedBefore(new Date(Date.now() - minAgeMs), 500);
    if (!stored.length) return 0;
    const jobs = await this.jobs.find({ fileId: { $in: stored }, status: { $in: ['queued', 'running'] } }, { fileId: 1 }).lean<Pick<ImportJobDoc, 'fileId'>[]>();
    const needed = new Set(jobs.map((j) => String(j.fileId)));
    const orphans = stored.filter((id) => !needed.has(String(id)));
    for (const id of orphans) await this.files.remove(id);
    if (orphans.length) this.logger.warn({ files: orphans.map(String) }, 'removed uploaded files no unfinished import job needs');
    return orphans.length;
  }

  async get(id: string): Promise<ImportJobView> {
    return importJobView(await this.load(id));
  }

  async list(limit: number): Promise<ImportJobView[]> {
    const jobs = await this.jobs.find({ scopes: { $in: [...callerScopes()] } }).sort({ createdAt: -1 }).limit(limit).lean<ImportJobDoc[]>();
    return jobs.map(importJobView);
  }

  /** The refused rows, one entry per problem, by line. */
  async errors(id: string, afterLine: number, limit: number) {
    await this.load(id);
    const docs = await this.rowErrors.find({ jobId: id, line: { $gt: afterLine } }).sort({ line: 1 }).limit(limit).lean<ImportRowErrorDoc[]>();
    const last = docs[docs.length - 1];
    return {
      items: docs.flatMap((d) => d.problems.map((p) => ({ line: d.line, uscc: d.uscc, column: p.column, reason: p.reason }))),
      nextAfterLine: docs.length === limit && last ? last.line : undefined,
    };
  }

  /** Every refused row of a job, one problem at a time, read in batches (for the xlsx report). */
  async *allErrors(id: string) {
    for (let after = 0; ; ) {
      const page = await this.errors(id, after, 1000);
      yield* page.items;
      if (page.nextAfterLine === undefined) return;
      after = page.nextAfterLine;
    }
  }

  private async load(id: string): Promise<ImportJobDoc> {
    const job = await this.jobs.findOne({ _id: id }).lean<ImportJobDoc>();
    const scopes = callerScopes();
    if (!job || !job.scopes.some((s) => inAnyScope(s, scopes))) throw outOfScope(WHAT);
    return job;
  }
}

export function principalOfRequest(): ImportJobDoc['by'] {
  const principal = RequestContext.principal();
  return principal ? { kind: principal.kind, id: principal.id, username: principal.username } : { kind: 'system', id: 'registry', username: 'system' };
}

function unsupported(details?: Record<string, unknown>): DomainException {
  return new DomainException(
    RegistryErrorCode.IMPORT_UNSUPPORTED_FILE,
    '文件类型不支持：请上传 .xlsx 或 .csv（UTF-8）文件 / Unsupported file: upload an .xlsx or a UTF-8 .csv file',
    details,
  );
}
