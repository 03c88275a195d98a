import { PassThrough, Readable } from 'node:stream';
import * as ExcelJS from 'exceljs';
import { safeCell } from '@dangjian/domain-registry';

export interface RefusedRow {
  line: number;
  uscc?: string;
  column: string;
  reason: string;
}

/** The refused rows of an import as a workbook a clerk can fix from: line, code, column, reason. */
export function errorReport(rows: AsyncIterable<RefusedRow>): Readable {
  const out = new PassThrough();
  const write = async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const sheet = workbook.addWorksheet('未导入的行');
    sheet.columns = [
      { header: '行号', width: 8 },
      { header: '统一社会信用代码', width: 22 },
      { header: '列', width: 16 },
      { header: '原因', width: 60 },
    ];
    for await (const r of rows) sheet.addRow([r.line, safeCell(r.uscc), r.column, r.reason]).commit();
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error) => out.destroy(error));
  return out;
}
