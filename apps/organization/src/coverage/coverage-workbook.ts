import * as ExcelJS from 'exceljs';
import { ENTERPRISE_KIND_LABELS } from '@dangjian/contracts';
import { INDUSTRY_SECTIONS } from '@dangjian/domain-organization';
import { safeCell } from '@dangjian/domain-registry';
import { CoverageView, FiguresRow, GapItem } from './coverage.service';

const FIGURE_COLUMNS: { header: string; value: (r: FiguresRow) => number | string }[] = [
  { header: '党建基数', value: (r) => r.base },
  { header: '已建党组织', value: (r) => r.organization },
  { header: '组织覆盖率(%)', value: (r) => r.organizationRate ?? '—' },
  { header: '党的工作覆盖', value: (r) => r.work },
  { header: '工作覆盖率(%)', value: (r) => r.workRate ?? '—' },
  { header: '职工达线企业', value: (r) => r.large },
  { header: '其中无党员', value: (r) => r.largeWithoutMembers },
];

function table(sheet: ExcelJS.Worksheet, firstHeader: string, rows: { name: string; figures: FiguresRow }[]): void {
  sheet.addRow([firstHeader, ...FIGURE_COLUMNS.map((c) => c.header)]).font = { bold: true };
  for (const r of rows) sheet.addRow([r.name, ...FIGURE_COLUMNS.map((c) => c.value(r.figures))]);
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 28 : 14));
}

/** The coverage of one jurisdiction on one date as a workbook: by jurisdiction, kind and industry, the targets, and the enterprises without members at or above the employee line. */
export async function coverageWorkbook(view: CoverageView, largeWithoutMembers: GapItem[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const title = `${view.label} 两个覆盖统计（截至 ${view.date}${view.source === 'snapshot' && view.figuresOf !== view.date ? `，数据为 ${view.figuresOf} 日终` : ''}）`;

  const summary = workbook.addWorksheet('按辖区');
  summary.addRow([title]).font = { bold: true };
  table(summary, '辖区', [{ name: `${view.label}（合计）`, figures: view.totals }, ...view.children.map((c) => ({ name: c.label, figures: c }))]);

  const kinds = workbook.addWorksheet('按类型');
  kinds.addRow([title]).font = { bold: true };
  table(kinds, '类型', view.byKind.map((k) => ({ name: ENTERPRISE_KIND_LABELS[k.kind], figures: k })));

  const industries = workbook.addWorksheet('按行业');
  industries.addRow([title]).font = { bold: true };
  table(industries, '行业门类', view.byIndustry.map((i) => ({ name: `${i.industry} ${INDUSTRY_SECTIONS[i.industry] ?? ''}`.trim(), figures: i })));

  const targets = workbook.addWorksheet('目标');
  targets.addRow(['期限', '组织覆盖目标(%)', '是否达到', '工作覆盖目标(%)', '是否达到', '是否已到期']).font = { bold: true };
  for (const t of view.targets) targets.addRow([t.by, t.organization, t.organizationMet ? '是' : '否', t.work, t.workMet ? '是' : '否', t.due ? '是' : '否']);
  targets.addRow([]);
  targets.addRow([`职工 ${view.employeeRule.threshold} 人以上企业`, view.employeeRule.large, '其中无党员', view.employeeRule.largeWithoutMembers, '期限', view.employeeRule.by ?? '未设']);
  targets.columns.forEach((column) => (column.width = 18));

  const gaps = workbook.addWorksheet('达线无党员企业');
  gaps.addRow(['统一社会信用代码', '名称', '所属辖区', '类型', '行业门类']).font = { bold: true };
  for (const g of largeWithoutMembers) gaps.addRow([g.uscc, safeCell(g.name), g.orgPath, ENTERPRISE_KIND_LABELS[g.kind], g.industry]);
  gaps.columns.forEach((column, i) => (column.width = i === 1 ? 36 : 22));

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
