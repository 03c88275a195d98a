import { PassThrough, Readable } from 'node:stream';
import * as ExcelJS from 'exceljs';
import { csvField } from '@dangjian/domain-registry';
import { LEDGER_COLUMNS } from './ledger-columns';

/** The import template: the ledger's Chinese headers, and a second sheet explaining each column. */
export function importTemplate(format: 'xlsx' | 'csv'): Readable {
  if (format === 'csv') return Readable.from([`\uFEFF${LEDGER_COLUMNS.map((c) => csvField(c.header)).join(',')}\r\n`]);
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('市场主体台账');
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  sheet.commit();
  const notes = workbook.addWorksheet('填写说明');
  notes.columns = [
    { header: '列名', width: 18 },
    { header: '是否必填', width: 10 },
    { header: '说明', width: 60 },
  ];
  for (const c of LEDGER_COLUMNS) notes.addRow([c.header, c.required ? '必填' : '选填', c.note]).commit();
  notes
    .addRow(['', '', '第一个工作表为数据表，请勿修改表头；同一信用代码重复导入只更新变化的字段，不会重复登记。'])
    .commit();
  notes.commit();
  void workbook.commit().catch((error) => out.destroy(error));
  return out;
}
