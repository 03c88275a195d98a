import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Row } from 'exceljs';
import * as ExcelJS from 'exceljs';

export type SheetFormat = 'xlsx' | 'csv';

/** What a file is by its first bytes: an xlsx is a zip; a csv is text without NUL bytes. */
export function detectFormat(head: Buffer): SheetFormat | null {
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  if (head.length === 0 || head.includes(0)) return null;
  return 'csv';
}

/** A cell as text: rich text joined, formulas by their result, dates as YYYY-MM-DD. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    return '';
  }
  return String(value);
}

export interface SheetRow {
  /** Line in the sheet as a person sees it (1 is the header row). */
  line: number;
  cells: string[];
}

/** The rows of the first worksheet, or of the csv, one at a time: rows are never all held at once (an xlsx archive is, compressed). */
export async function* sheetRows(stream: Readable, format: SheetFormat): AsyncGenerator<SheetRow> {
  if (format === 'csv') {
    const parser = stream.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false, info: true }));
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: info.lines, cells: record };
    }
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'emit' });
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<Row>) {
      const values = row.values as unknown[];
      yield { line: row.number, cells: values.slice(1).map(cellText) };
    }
    return; // the first worksheet only; a second one may hold notes
  }
}

export interface LedgerSheetRow {
  line: number;
  cells: Record<string, string>;
}

/** The header row, then every non-empty row as cells by header. */
export async function* sheetRecords(stream: Readable, format: SheetFormat): AsyncGenerator<{ headers: string[] } | LedgerSheetRow> {
  let headers: string[] | undefined;
  for await (const { line, cells } of sheetRows(stream, format)) {
    if (!headers) {
      headers = cells.map((c) => c.trim());
      yield { headers };
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const record: Record<string, string> = {};
    headers.forEach((h, i) => {
      if (h) record[h] = cells[i] ?? '';
    });
    yield { line, cells: record };
  }
}
