import * as ExcelJS from 'exceljs';
import { safeCell } from '@dangjian/domain-registry';

/** A list as a one-sheet workbook: a title row, the Chinese headers, then the rows (formula-safe). */
export async function listWorkbook(sheetName: string, title: string, headers: string[], rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addListSheet(workbook, sheetName, title, headers, rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function addListSheet(workbook: ExcelJS.Workbook, sheetName: string, title: string, headers: string[], rows: unknown[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([title]).font = { bold: true };
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(safeCell));
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 16 : 14));
  return sheet;
}
