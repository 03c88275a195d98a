// One row of a branch's roster workbook (党员花名册), the columns a branch already keeps, read into a member
// record or refused with the reason per column. Dates may come as spreadsheet dates or as text
// (2019-07-01, 2019.7.1, 2019/7/1, 2019年7月1日). Pure rules.
import { citizenIdProblem, normalizeCitizenId } from '@dangjian/domain-identifiers';
import { isCalendarDate } from './policy';

export const EDUCATION_LEVELS = ['primary', 'junior-high', 'senior-high', 'vocational', 'college', 'bachelor', 'master', 'doctorate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  primary: '小学',
  'junior-high': '初中',
  'senior-high': '高中',
  vocational: '中专',
  college: '大专',
  bachelor: '本科',
  master: '硕士研究生',
  doctorate: '博士研究生',
};

export type RosterKey = 'name' | 'citizenId' | 'phone' | 'education' | 'position' | 'stage' | 'joinedOn' | 'formalOn';

/** The template's columns, with the other headers branches use for them. */
export const ROSTER_COLUMNS: { key: RosterKey; header: string; aliases: string[]; required: boolean; example: string }[] = [
  { key: 'name', header: '姓名', aliases: [], required: true, example: '王建国' },
  { key: 'citizenId', header: '公民身份号码', aliases: ['身份证号', '身份证号码'], required: true, example: '11010519491231002X' },
  { key: 'phone', header: '手机号码', aliases: ['手机号', '联系电话'], required: false, example: '13812345678' },
  { key: 'education', header: '学历', aliases: ['文化程度'], required: false, example: '本科' },
  { key: 'position', header: '企业职务', aliases: ['职务', '工作岗位'], required: false, example: '车间主任' },
  { key: 'stage', header: '党员类别', aliases: ['人员类别'], required: true, example: '正式党员' },
  { key: 'joinedOn', header: '入党日期', aliases: ['入党时间'], required: true, example: '2015-07-01' },
  { key: 'formalOn', header: '转正日期', aliases: ['转正时间'], required: false, example: '2016-07-01' },
];

/** Where each column is in the header row (0-based), and the required ones it lacks. */
export function rosterHeader(headers: readonly unknown[]): { columns: Partial<Record<RosterKey, number>>; missing: string[] } {
  const texts = headers.map((h) => String(h ?? '').replace(/\s+/g, ''));
  const columns: Partial<Record<RosterKey, number>> = {};
  for (const column of ROSTER_COLUMNS) {
    const at = texts.findIndex((t) => t === column.header || column.aliases.includes(t));
    if (at >= 0) columns[column.key] = at;
  }
  return { columns, missing: ROSTER_COLUMNS.filter((c) => c.required && columns[c.key] === undefined).map((c) => c.header) };
}

export interface RosterRow {
  name: string;
  citizenId: string;
  phone?: string;
  education?: EducationLevel;
  position?: string;
  stage: 'probationary' | 'formal';
  /** The day the current stage began: becoming formal, or the vote for a probationary member. */
  since: string;
  /** Formal members: the day they became probationary. */
  joinedOn?: string;
}

export interface RowProblem {
  column: string;
  reason: string;
}

/** A cell as `YYYY-MM-DD`, when it holds a date. */
export function cellDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const match = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/.exec(String(value ?? '').trim());
  if (!match) return null;
  const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}

const CITIZEN_ID_REASONS = {
  length: '应为 18 位 / must be 18 characters',
  character: '前 17 位应为数字，末位为数字或 X / 17 digits and a digit or X',
  'birth-date': '出生日期不存在 / not a real birth date',
  check: '校验位不符 / the check character does not match',
};

/** A row's cells by column key, read into a record or refused with each problem. */
export function parseRosterRow(cells: Partial<Record<RosterKey, unknown>>, today: string): { row: RosterRow } | { problems: RowProblem[] } {
  const text = (key: RosterKey) => String(cells[key] ?? '').trim();
  const problems: RowProblem[] = [];
  const name = text('name');
  if (!name || name.length > 40) problems.push({ column: '姓名', reason: '请填写姓名（至多 40 字）/ name: 1-40 characters' });
  const idProblem = citizenIdProblem(text('citizenId'));
  if (idProblem) problems.push({ column: '公民身份号码', reason: `身份证号不正确：${CITIZEN_ID_REASONS[idProblem]}` });
  const phone = text('phone').replace(/[\s-]+/g, '');
  if (phone && !/^\+?\d{5,20}$/.test(phone)) problems.push({ column: '手机号码', reason: '手机号格式不正确 / phone: digits' });
  const educationText = text('education');
  const education = (Object.entries(EDUCATION_LABELS).find(([, label]) => label === educationText || label.replace('研究生', '') === educationText)?.[0] as EducationLevel | undefined) ?? undefined;
  if (educationText && !education) problems.push({ column: '学历', reason: `学历应为 ${Object.values(EDUCATION_LABELS).join('、')} 之一 / unknown education level` });
  const stageText = text('stage');
  const stage = stageText === '正式党员' ? 'formal' : stageText === '预备党员' ? 'probationary' : null;
  if (!stage) problems.push({ column: '党员类别', reason: '应为“正式党员”或“预备党员” / must be 正式党员 or 预备党员' });
  const joinedOn = cellDate(cells.joinedOn);
  if (!joinedOn || joinedOn > today) problems.push({ column: '入党日期', reason: '应为今天或以前的日期 / a date no later than today' });
  const formalOn = cells.formalOn === undefined || text('formalOn') === '' ? null : cellDate(cells.formalOn);
  if (stage === 'formal' && (!formalOn || formalOn > today || (joinedOn && formalOn < joinedOn))) {
    problems.push({ column: '转正日期', reason: '正式党员须填写转正日期，不早于入党日期、不晚于今天 / formal members need the day they became formal' });
  }
  if (problems.length) return { problems };
  return {
    row: {
      name,
      citizenId: normalizeCitizenId(text('citizenId')),
      ...(phone ? { phone } : {}),
      ...(education ? { education } : {}),
      ...(text('position') ? { position: text('position').slice(0, 60) } : {}),
      stage: stage!,
      since: stage === 'formal' ? formalOn! : joinedOn!,
      ...(stage === 'formal' ? { joinedOn: joinedOn! } : {}),
    },
  };
}
