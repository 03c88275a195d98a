import { Readable } from 'node:stream';
import * as ExcelJS from 'exceljs';
import { OrganizationErrorCode } from '@dangjian/contracts';
import { DEVELOPMENT_STAGE_LABELS, EDUCATION_LABELS, EducationLevel, ROSTER_COLUMNS, RosterKey, RosterRow, RowProblem, parseRosterRow, rosterHeader } from '@dangjian/domain-organization';
import { DomainException, listWorkbook } from '@dangjian/platform';
import type { MemberView } from './members.service';

/** A branch's roster file: at most this many bytes and rows (a branch rarely has more than 50 members). */
export const ROSTER_MAX_BYTES = 5 * 1024 * 1024;
export const ROSTER_MAX_ROWS = 5000;

const refused = (reason: string, message: string, details: Record<string, unknown> = {}) => new DomainException(OrganizationErrorCode.ROSTER_FILE_REFUSED, message, { reason, ...details });

/** The template a branch fills in: the columns, and one example row. */
export async function rosterTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('党员花名册');
  sheet.addRow(ROSTER_COLUMNS.map((c) => (c.required ? `${c.header}` : c.header))).font = { bold: true };
  sheet.addRow(ROSTER_COLUMNS.map((c) => c.example));
  sheet.columns.forEach((column) => (column.width = 18));
  const notes = workbook.addWorksheet('填写说明');
  notes.addRow(['列', '是否必填', '说明']).font = { bold: true };
  for (const c of ROSTER_COLUMNS) notes.addRow([c.header, c.required ? '必填' : '选填', c.aliases.length ? `也可写作：${c.aliases.join('、')}` : '']);
  notes.addRow(['党员类别', '', '正式党员 或 预备党员；预备党员的入党日期即支部大会通过之日']);
  notes.addRow(['学历', '', Object.values(EDUCATION_LABELS).join('、')]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The request body (the file itself), refused when larger than the limit. */
export async function readUpload(body: unknown, maxBytes = ROSTER_MAX_BYTES): Promise<Buffer> {
  if (!(body instanceof Readable)) throw refused('unsupported', '请以 .xlsx 文件作为请求体上传 / Upload the .xlsx file as the request body');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      body.destroy();
      throw refused('too-large', `文件超过 ${maxBytes / 1024 / 1024} MB / The file is larger than ${maxBytes / 1024 / 1024} MB`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The first sheet's rows after the header (found among the first 5 rows by 姓名): records, and refusals with their lines. */
export async function readRosterWorkbook(file: Buffer, today: string): Promise<{ rows: { line: number; row: RosterRow }[]; refused: { line: number; column: string; reason: string }[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw refused('unsupported', '不是有效的 .xlsx 文件，请用模板填写 / Not an .xlsx workbook; use the template');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw refused('empty', '工作簿中没有工作表 / The workbook has no sheet');
  let headerLine = 0;
  for (let line = 1; line <= Math.min(5, sheet.rowCount); line++) {
    if (cells(sheet.getRow(line)).some((v) => String(v ?? '').replace(/\s+/g, '') === '姓名')) {
      headerLine = line;
      break;
    }
  }
  const header = rosterHeader(headerLine ? cells(sheet.getRow(headerLine)) : []);
  if (!headerLine || header.missing.length) {
    const missing = headerLine ? header.missing : ROSTER_COLUMNS.filter((c) => c.required).map((c) => c.header);
    throw refused('missing-columns', `缺少列：${missing.join('、')}，请用模板填写 / Missing columns: ${missing.join(', ')}`, { missing });
  }
  if (sheet.rowCount - headerLine > ROSTER_MAX_ROWS) throw refused('too-many-rows', `一次至多导入 ${ROSTER_MAX_ROWS} 行 / At most ${ROSTER_MAX_ROWS} rows at once`);
  const rows: { line: number; row: RosterRow }[] = [];
  const problems: { line: number; column: string; reason: string }[] = [];
  const firstLine = new Map<string, number>();
  for (let line = headerLine + 1; line <= sheet.rowCount; line++) {
    const values = cells(sheet.getRow(line));
    if (values.every((v) => v === null || v === undefined || String(v).trim() === '')) continue;
    const byKey: Partial<Record<RosterKey, unknown>> = {};
    for (const [key, at] of Object.entries(header.columns)) byKey[key as RosterKey] = values[at];
    const parsed = parseRosterRow(byKey, today);
    if ('problems' in parsed) {
      problems.push(...parsed.problems.map((p: RowProblem) => ({ line, ...p })));
      continue;
    }
    const earlier = firstLine.get(parsed.row.citizenId);
    if (earlier) {
      problems.push({ line, column: '公民身份号码', reason: `与第 ${earlier} 行身份证号重复，本行未导入 / same citizen ID as line ${earlier}` });
      continue;
    }
    firstLine.set(parsed.row.citizenId, line);
    rows.push({ line, row: parsed.row });
  }
  if (!rows.length && !problems.length) throw refused('empty', '文件中没有党员数据 / The file has no rows');
  return { rows, refused: problems };
}

function cells(row: ExcelJS.Row): unknown[] {
  const values: unknown[] = [];
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    const value = cell.value as unknown;
    values[column - 1] = value && typeof value === 'object' && !(value instanceof Date) ? ((value as { text?: string; result?: unknown }).text ?? (value as { result?: unknown }).result ?? String(value)) : value;
  });
  return values;
}

/** A roster or pipeline list as a workbook; citizen IDs and phones masked, as in every answer. */
export function rosterExport(items: MemberView[], title: string): Promise<Buffer> {
  return listWorkbook(
    '党员名册',
    title,
    ['姓名', '性别', '出生日期', '公民身份号码（脱敏）', '手机号码（脱敏）', '学历', '企业职务', '所在党组织', '类别', '入党日期', '转正日期', '状态'],
    items.map((m) => [
      m.name,
      m.gender === 'male' ? '男' : '女',
      m.birthDate,
      m.citizenId,
      m.phone,
      m.education ? EDUCATION_LABELS[m.education as EducationLevel] : '',
      m.position,
      m.orgPath,
      DEVELOPMENT_STAGE_LABELS[m.stage],
      m.joinedOn,
      m.formalOn,
      m.status === 'active' ? '在册' : m.status === 'transferred-out' ? '已转出' : '不在册',
    ]),
  );
}
