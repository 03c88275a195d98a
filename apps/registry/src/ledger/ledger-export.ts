import { PassThrough, Readable } from 'node:stream';
import * as ExcelJS from 'exceljs';
import { csvField, safeCell } from '@dangjian/domain-registry';
import { EnterpriseListQuery, EnterprisesRepository } from '../enterprises/enterprises.repository';
import { LEDGER_COLUMNS } from './ledger-columns';

/** The whole filtered ledger in batches of 1,000, by name: never all in memory. */
async function* ledgerRecords(repository: EnterprisesRepository, scopes: readonly string[], query: Omit<EnterpriseListQuery, 'after' | 'limit' | 'sort'>) {
  let after: EnterpriseListQuery['after'];
  for (;;) {
    const batch = await repository.list({ scopes }, { ...query, sort: 'name', after, limit: 1000 });
    yield* batch;
    if (batch.length < 1000) return;
    const last = batch[batch.length - 1];
    after = { value: last.name, id: last._id };
  }
}

export function exportLedger(
  format: 'xlsx' | 'csv',
  repository: EnterprisesRepository,
  scopes: readonly string[],
  query: Omit<EnterpriseListQuery, 'after' | 'limit' | 'sort'>,
): Readable {
  const out = new PassThrough();
  const records = ledgerRecords(repository, scopes, query);
  const write = async () => {
    if (format === 'csv') {
      // BOM so that Excel opens the UTF-8 Chinese text correctly.
      out.write(`\uFEFF${LEDGER_COLUMNS.map((c) => csvField(c.header)).join(',')}\r\n`);
      for await (const e of records) {
        if (!out.write(`${LEDGER_COLUMNS.map((c) => csvField(c.value(e))).join(',')}\r\n`)) await new Promise((r) => out.once('drain', r));
      }
      out.end();
      return;
    }
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const sheet = workbook.addWorksheet('市场主体台账');
    sheet.columns = LEDGER_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
    for await (const e of records) sheet.addRow(LEDGER_COLUMNS.map((c) => safeCell(c.value(e)))).commit();
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error) => out.destroy(error));
  return out;
}
