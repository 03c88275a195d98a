import { ENTERPRISE_KIND_LABELS, EnterpriseKind, EnterpriseStatus } from '@dangjian/contracts';
import { memberCountsProblem } from '@dangjian/domain-registry';
import { normalizeUscc, proposeKindFromUscc, usccProblem, usccProblemText } from '@dangjian/domain-identifiers';
import { EnterpriseDoc, PartyOrgStatus } from '../enterprises/enterprise.schema';

export const KIND_LABELS = ENTERPRISE_KIND_LABELS;
export const STATUS_LABELS: Record<EnterpriseStatus, string> = {
  'entered-production': '新投产',
  operating: '经营',
  abnormal: '经营异常',
  deregistered: '注销/吊销',
};
export const PARTY_ORG_LABELS: Record<PartyOrgStatus, string> = { independent: '单独组建', joint: '联合组建', hosted: '依托村社区', none: '未建立' };
const yesNo = (v: boolean | undefined) => (v ? '是' : '否');

/** The ledger fields a spreadsheet row carries: what an import registers or updates. */
export interface LedgerRow {
  uscc: string;
  name: string;
  kind: EnterpriseKind;
  orgPath: string;
  grid?: string;
  industryCode?: string;
  aboveScale?: boolean;
  address?: string;
  legalRep?: string;
  investor?: string;
  status?: EnterpriseStatus;
  employees?: number;
  partyMembers?: number;
  probationaryMembers?: number;
  partyOrgStatus?: PartyOrgStatus;
  noOrgReason?: string;
  developmentNeeds?: string;
  union?: boolean;
  youthLeague?: boolean;
  womensFederation?: boolean;
}

type Parsed<T> = { value: T } | { problem: string };

function reverse<T extends string>(labels: Record<T, string>, extra: Record<string, T> = {}): (text: string) => Parsed<T> {
  const map = new Map<string, T>(Object.entries(extra) as [string, T][]);
  for (const [key, label] of Object.entries(labels) as [T, string][]) {
    map.set(label, key);
    map.set(key, key);
  }
  const allowed = Object.values<string>(labels).join('、');
  return (text) => (map.has(text) ? { value: map.get(text) as T } : { problem: `应为：${allowed} / must be one of ${allowed}` });
}

const text =
  (max: number) =>
  (value: string): Parsed<string> =>
    value.length <= max ? { value } : { problem: `不能超过 ${max} 个字 / at most ${max} characters` };

const count = (value: string): Parsed<number> => {
  if (!/^\d+$/.test(value)) return { problem: '应为不小于 0 的整数 / must be a whole number, 0 or more' };
  const n = Number(value);
  return n <= 1_000_000 ? { value: n } : { problem: '数值过大 / too large' };
};

const boolean = (value: string): Parsed<boolean> => {
  if (['是', 'Y', 'y', 'yes', 'true', '1'].includes(value)) return { value: true };
  if (['否', 'N', 'n', 'no', 'false', '0'].includes(value)) return { value: false };
  return { problem: '应为“是”或“否” / must be 是 or 否' };
};

export interface LedgerColumn {
  header: string;
  width: number;
  required?: boolean;
  note: string;
  value: (e: EnterpriseDoc) => unknown;
  /** Reads the cell (already trimmed, never empty) into the row. */
  parse: (cell: string, row: Partial<LedgerRow>) => string | null;
}

function column<K extends keyof LedgerRow>(
  header: string,
  key: K,
  width: number,
  note: string,
  value: (e: EnterpriseDoc) => unknown,
  read: (cell: string) => Parsed<NonNullable<LedgerRow[K]>>,
  required = false,
): LedgerColumn {
  return {
    header,
    width,
    note,
    required,
    value,
    parse: (cell, row) => {
      const parsed = read(cell);
      if ('problem' in parsed) return parsed.problem;
      row[key] = parsed.value as LedgerRow[K];
      return null;
    },
  };
}

/** The ledger's columns, Chinese headers: export, import template and import all use this list. */
export const LEDGER_COLUMNS: LedgerColumn[] = [
  column('统一社会信用代码', 'uscc', 22, '18 位，必填 / 18 characters, required', (e) => e.uscc, (cell) => {
    const code = normalizeUscc(cell);
    const problem = usccProblem(code);
    return problem ? { problem: usccProblemText(problem) } : { value: code };
  }, true),
  column('名称', 'name', 32, '2–100 字，必填 / required', (e) => e.name, (cell) =>
    cell.length >= 2 && cell.length <= 100 ? { value: cell } : { problem: '名称长度应为 2–100 个字 / name must be 2-100 characters' }, true),
  column('类型', 'kind', 10, '非公企业、社会组织、个体工商户；不填按信用代码推断', (e) => KIND_LABELS[e.kind], reverse(KIND_LABELS)),
  column('所属辖区', 'orgPath', 30, '园区或乡镇路径，如 /demo-county/econ-dev-zone，必填', (e) => e.orgPath, (cell) =>
    /^(\/[a-z0-9][a-z0-9-]{0,62})+$/.test(cell) ? { value: cell } : { problem: '辖区路径格式不正确，如 /县/园区 / must look like /county/park' }, true),
  column('网格', 'grid', 10, '', (e) => e.grid, text(60)),
  column('行业代码', 'industryCode', 10, 'GB/T 4754，如 C3411', (e) => e.industryCode, (cell) =>
    /^[A-T](\d{2}(\d{1,2})?)?$/.test(cell) ? { value: cell } : { problem: '应符合 GB/T 4754，如 C3411 / must be a GB/T 4754 code such as C3411' }),
  column('规模以上', 'aboveScale', 8, '是/否', (e) => yesNo(e.aboveScale), boolean),
  column('地址', 'address', 32, '', (e) => e.address, text(200)),
  column('法定代表人', 'legalRep', 10, '', (e) => e.legalRep, text(40)),
  column('出资人', 'investor', 16, '', (e) => e.investor, text(200)),
  column('经营状态', 'status', 10, '新投产、经营、经营异常、注销/吊销', (e) => STATUS_LABELS[e.status], reverse(STATUS_LABELS, { 注销: 'deregistered', 吊销: 'deregistered' })),
  column('职工人数', 'employees', 8, '整数', (e) => e.employees, count),
  column('党员人数', 'partyMembers', 8, '含预备党员', (e) => e.partyMembers, count),
  column('预备党员人数', 'probationaryMembers', 10, '不超过党员人数', (e) => e.probationaryMembers, count),
  column('党组织建立情况', 'partyOrgStatus', 12, '单独组建、联合组建、依托村社区、未建立', (e) => PARTY_ORG_LABELS[e.partyOrgStatus], reverse(PARTY_ORG_LABELS)),
  column('未建原因', 'noOrgReason', 24, '', (e) => e.noOrgReason, text(500)),
  column('发展需求', 'developmentNeeds', 24, '', (e) => e.developmentNeeds, text(1000)),
  column('工会', 'union', 6, '是/否', (e) => yesNo(e.massOrgs?.union), boolean),
  column('共青团', 'youthLeague', 6, '是/否', (e) => yesNo(e.massOrgs?.youthLeague), boolean),
  column('妇联', 'womensFederation', 6, '是/否', (e) => yesNo(e.massOrgs?.womensFederation), boolean),
];

export const LEDGER_HEADERS = LEDGER_COLUMNS.map((c) => c.header);

export interface RowProblem {
  column: string;
  reason: string;
}

/** The headers a file lacks (every template column is expected, in any order). */
export function missingHeaders(headers: readonly string[]): string[] {
  const present = new Set(headers.map((h) => h.trim()));
  return LEDGER_HEADERS.filter((h) => !present.has(h));
}

/** An exported cell may carry the apostrophe that kept it from running as a formula. */
function cellText(raw: unknown): string {
  const value = raw === undefined || raw === null ? '' : String(raw).trim();
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

/** One spreadsheet row (cells by header) read into ledger fields, or every problem it has. */
export function parseLedgerRow(cells: Record<string, unknown>): { row: LedgerRow } | { problems: RowProblem[] } {
  const row: Partial<LedgerRow> = {};
  const problems: RowProblem[] = [];
  for (const column of LEDGER_COLUMNS) {
    const cell = cellText(cells[column.header]);
    if (!cell) {
      if (column.required) problems.push({ column: column.header, reason: '必填项为空 / required value is missing' });
      continue;
    }
    const problem = column.parse(cell, row);
    if (problem) problems.push({ column: column.header, reason: problem });
  }
  if (row.partyMembers !== undefined || row.probationaryMembers !== undefined) {
    if (memberCountsProblem({ partyMembers: row.partyMembers ?? 0, probationaryMembers: row.probationaryMembers ?? 0 }) === 'probationary-above-total') {
      problems.push({ column: '预备党员人数', reason: '预备党员人数不能超过党员人数 / probationary members cannot exceed party members' });
    }
  }
  if (problems.length) return { problems };
  if (!row.kind && row.uscc) row.kind = proposeKindFromUscc(row.uscc) ?? 'enterprise';
  return { row: row as LedgerRow };
}
