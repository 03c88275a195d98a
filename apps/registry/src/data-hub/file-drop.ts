import { Inject, Injectable, Logger } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { DomainException } from '@dangjian/platform';
import { detectFormat, sheetRecords } from '../ledger/spreadsheet-reader';
import { RawHubChange } from './hub-change';
import { DATA_HUB_SETTINGS, DataHubService, DataHubSettings } from './data-hub.service';

/** Column headers of a dropped file, Chinese or the hub's own field names. */
const HEADERS: Record<string, keyof RawHubChange> = {
  变更编号: 'changeId',
  变更类型: 'changeType',
  变更时间: 'changedAt',
  统一社会信用代码: 'uscc',
  名称: 'name',
  区划代码: 'regionCode',
  地址: 'address',
  法定代表人: 'legalRep',
  行业代码: 'industryCode',
  原因: 'reason',
};
const BATCH = 500;

/**
 * The second adapter: the same registration changes as files (.csv/.xlsx) dropped in a folder, for
 * counties whose data hub exchanges files. Each file is one run; done files move to processed/,
 * unreadable ones to failed/. A crash before the move processes the file again, changing nothing twice.
 */
@Injectable()
export class FileDrop {
  private readonly logger = new Logger(FileDrop.name);
  private busy = false;

  constructor(
    private readonly hub: DataHubService,
    @Inject(DATA_HUB_SETTINGS) private readonly settings: DataHubSettings,
  ) {}

  async scan(): Promise<number> {
    const dir = this.settings.dropDir;
    if (!dir || this.busy) return 0;
    this.busy = true;
    try {
      const names = (await readdir(dir, { withFileTypes: true }))
        .filter((e) => e.isFile() && /\.(csv|xlsx)$/i.test(e.name))
        .map((e) => e.name)
        .sort();
      let done = 0;
      for (const name of names) {
        if (!(await this.processFile(dir, name))) break; // another run holds the lease: next scan
        done += 1;
      }
      return done;
    } finally {
      this.busy = false;
    }
  }

  private async processFile(dir: string, name: string): Promise<boolean> {
    let begun;
    try {
      begun = await this.hub.begin('file-drop', name);
    } catch (error) {
      if (error instanceof DomainException) return false;
      throw error;
    }
    const { run, state } = begun;
    const file = path.join(dir, name);
    try {
      const head = await firstBytes(file);
      const format = detectFormat(head);
      if (!format) throw new Error('不是 .xlsx 或 UTF-8 .csv 文件 / not an xlsx or csv file');
      let batch: RawHubChange[] = [];
      let n = 0;
      const flush = async () => {
        const { counts, events } = await this.hub.applyChanges(run._id, `b${n++}`, batch, 'file-drop');
        await this.hub.progress(run, state, { ...counts, pages: n }, events);
        batch = [];
      };
      let fields: (keyof RawHubChange | undefined)[] = [];
      const stream = createReadStream(file);
      try {
        for await (const record of sheetRecords(stream, format)) {
          if ('headers' in record) {
            fields = record.headers.map((h) => HEADERS[h] ?? (Object.values(HEADERS).includes(h as keyof RawHubChange) ? (h as keyof RawHubChange) : undefined));
            if (!fields.includes('uscc') || !fields.includes('changeType')) throw new Error('缺少“统一社会信用代码”或“变更类型”列 / missing columns');
            continue;
          }
          const raw: RawHubChange = {};
          for (const [header, value] of Object.entries(record.cells)) {
            const field = HEADERS[header] ?? (header as keyof RawHubChange);
            if (fields.includes(field)) raw[field] = value;
          }
          batch.push(raw);
          if (batch.length >= BATCH) await flush();
        }
      } finally {
        stream.destroy();
      }
      if (batch.length) await flush();
      await this.hub.end(run, state, { status: 'completed' });
      await moveTo(dir, 'processed', name);
    } catch (error) {
      this.logger.error({ err: error, file: name }, 'dropped file failed');
      await this.hub.end(run, state, { status: 'failed', error: (error as Error).message });
      await moveTo(dir, 'failed', name);
    }
    return true;
  }
}

async function firstBytes(file: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(file, { start: 0, end: 4095 })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function moveTo(dir: string, sub: string, name: string): Promise<void> {
  await mkdir(path.join(dir, sub), { recursive: true });
  await rename(path.join(dir, name), path.join(dir, sub, `${new Date().toISOString().replace(/[:.]/g, '-')}-${name}`));
}
