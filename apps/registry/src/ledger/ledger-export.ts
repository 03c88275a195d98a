import { PassThrough, Readable } from 'node:stream';
import * as ExcelJS from 'exceljs';
import { csvField, safeCell } from '@dangjian/domain-registry';
import { EnterpriseListQuery, EnterprisesRepository } from '../enterprises/enterprises.repository';
import { LEDGER_COLUMNS } from './ledger-columns';

export function exportLedger(
  format: 'xlsx' | 'csv',
  repository: EnterprisesRepository,
  scopes: readonly string[],
  query: Omit<EnterpriseListQuery, 'after' | 'limit' | 'sort'>,
): Readable {
  const out = new PassThrough();
  // One cursor by name: streamed, never all in memory.
  const records = repository.stream({ scopes }, { ...query, sort: 'name' });
  const write = async () => {
    if (format === 'csv') {
      // BOM so that Excel opens the UTF-8 Chinese text correctly.
      out.write(`\uFEFF${LEDGER_COLUMNS.map((c) => csvField(c.header)).join(',')}\r\n`);
      for await (const e of records) {
        if (!out.write(`${LEDGER_COLUMNS.map((c) => csvField(c.value(e))).join(',')}\r\n`)) await drainedOrClosed(out);
        if (out.destroyed) return; // the caller went away: leaving the loop closes the cursor
      }
      out.end();
      return;
    }
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const sheet = workbook.addWorksheet('市场主体台账');
    sheet.columns = LEDGER_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
    for await (const e of records) {
      sheet.addRow(LEDGER_COLUMNS.map((c) => safeCell(c.value(e)))).commit();
      if (out.destroyed) return;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error) => out.destroy(error));
  return out;
}

function drainedOrClosed(out: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.once('drain', done);
    out.once('close', done);
  });
}
