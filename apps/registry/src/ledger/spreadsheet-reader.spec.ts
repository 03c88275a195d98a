import { PassThrough, Readable } from 'node:stream';
import * as ExcelJS from 'exceljs';
import { detectFormat, sheetRecords, sheetRows } from './spreadsheet-reader';

const WORDS = ['宏达', '鑫源', '华泰', '恒通', '金丰', '瑞祥', '永盛', '天成'];

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('台账');
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

describe('reading spreadsheets', () => {
  it('should tell xlsx, csv and anything else apart by their first bytes', () => {
    expect(detectFormat(Buffer.from('504b0304', 'hex'))).toBe('xlsx');
    expect(detectFormat(Buffer.from('统一社会信用代码,名称\r\n'))).toBe('csv');
    expect(detectFormat(Buffer.from('89504e470d0a1a0a00', 'hex'))).toBeNull();
  });

  // exceljs decoded each decompressed chunk on its own, garbling a character split across two chunks
  // (patches/exceljs+4.4.0.patch); thousands of Chinese cells cross many chunk boundaries.
  it('should read every Chinese cell of a large xlsx intact', async () => {
    const rows = Array.from({ length: 7000 }, (_, i) => [`${WORDS[i % 8]}${WORDS[(i * 3) % 8]}机械制造${i}有限公司`, '经营', i % 3 ? '否' : '是', i]);
    const file = await xlsx(rows);
    let n = 0;
    for await (const { cells } of sheetRows(Readable.from([file]), 'xlsx')) {
      expect(cells).toEqual(rows[n].map(String));
      n += 1;
    }
    expect(n).toBe(rows.length);
  });

  // exceljs's streaming reader could end its single pass over the archive before delivering every
  // entry (exceljs#3064): about one small workbook in 200 lost xl/workbook.xml and failed to read.
  // The patch reads the archive through its central directory.
  it('should read every one of many small workbooks, each written the way exceljs writes them', async () => {
    const failures: string[] = [];
    for (let i = 0; i < 600; i += 1) {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('市场主体台账').addRow(['统一社会信用代码', `名称${i}`, WORDS[i % 8]]);
      workbook.addWorksheet('填写说明').addRow(['说明']);
      const file = Buffer.from(await workbook.xlsx.writeBuffer());
      try {
        const records = [];
        for await (const r of sheetRecords(Readable.from([file]), 'xlsx')) records.push(r);
        if (JSON.stringify(records) !== JSON.stringify([{ headers: ['统一社会信用代码', `名称${i}`, WORDS[i % 8]] }])) failures.push(`${i}: ${JSON.stringify(records)}`);
      } catch (error) {
        failures.push(`${i}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('should give csv cells by header, skip empty lines and number lines as a person counts them', async () => {
    const csv = '\uFEFF统一社会信用代码,名称\r\n91340621MA2N0X0X1F,"濉溪县,浩丰"\r\n,\r\n92340621MA2N0X0X1C,个体户\r\n';
    const records = [];
    for await (const r of sheetRecords(Readable.from([Buffer.from(csv)]), 'csv')) records.push(r);
    expect(records).toEqual([
      { headers: ['统一社会信用代码', '名称'] },
      { line: 2, cells: { 统一社会信用代码: '91340621MA2N0X0X1F', 名称: '濉溪县,浩丰' } },
      { line: 4, cells: { 统一社会信用代码: '92340621MA2N0X0X1C', 名称: '个体户' } },
    ]);
  });
});
