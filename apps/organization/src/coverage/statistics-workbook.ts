import * as ExcelJS from 'exceljs';
import { StatisticsRow, StatisticsTable } from './statistics.service';

/** The columns of the table sent upward, in its order. */
const COLUMNS: { header: string; width: number; value: (r: StatisticsRow) => string | number }[] = [
  { header: '单位', width: 24, value: (r) => r.label },
  { header: '非公企业数（党建基数）', width: 12, value: (r) => r.enterprises.base },
  { header: '已建党组织的非公企业', width: 12, value: (r) => r.enterprises.organization },
  { header: '非公企业党组织覆盖率（%）', width: 12, value: (r) => r.enterprises.rate ?? '—' },
  { header: '社会组织数（党建基数）', width: 12, value: (r) => r.socialOrgs.base },
  { header: '已建党组织的社会组织', width: 12, value: (r) => r.socialOrgs.organization },
  { header: '社会组织党组织覆盖率（%）', width: 12, value: (r) => r.socialOrgs.rate ?? '—' },
  { header: '党的工作覆盖率（%）', width: 12, value: (r) => r.workRate ?? '—' },
  { header: '党支部数', width: 10, value: (r) => r.orgs.branches },
  { header: '其中：单独组建', width: 10, value: (r) => r.orgs.independent },
  { header: '联合组建', width: 10, value: (r) => r.orgs.joint },
  { header: '依托村社区', width: 10, value: (r) => r.orgs.hosted },
  { header: '党总支数', width: 10, value: (r) => r.orgs.generalBranches },
  { header: '党委数', width: 10, value: (r) => r.orgs.partyCommittees },
  { header: '党小组数', width: 10, value: (r) => r.orgs.partyGroups },
  { header: '单独组建覆盖企业', width: 10, value: (r) => r.enterprisesByForm.independent },
  { header: '联合组建覆盖企业', width: 10, value: (r) => r.enterprisesByForm.joint },
  { header: '依托村社区覆盖企业', width: 10, value: (r) => r.enterprisesByForm.hosted },
  { header: '正式党员', width: 10, value: (r) => r.members.formal },
  { header: '预备党员', width: 10, value: (r) => r.members.probationary },
  { header: '本年新建党组织', width: 10, value: (r) => r.orgs.formedThisYear },
  { header: '本年撤销党组织', width: 10, value: (r) => r.orgs.revokedThisYear },
];

export const STATISTICS_HEADERS = COLUMNS.map((c) => c.header);

/** One sheet: title, header, a row per park or township, the total; the sources noted under it. */
export async function statisticsWorkbook(table: StatisticsTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('非公党建统计表');
  sheet.addRow([`${table.label}非公企业和社会组织党建工作统计表（截至 ${table.date}）`]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  sheet.addRow(COLUMNS.map((c) => c.header)).font = { bold: true };
  for (const row of table.rows) sheet.addRow(COLUMNS.map((c) => c.value(row)));
  sheet.addRow(COLUMNS.map((c, i) => (i === 0 ? '合计' : c.value(table.total)))).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow([
    '说明：基数与覆盖率取自普查入库和党组织覆盖情况（往日取当日结束时的数字）；党组织数按成立与撤销日期计算；覆盖企业数与党员数为当前台账数据。',
  ]);
  COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  sheet.getRow(2).alignment = { wrapText: true, vertical: 'middle' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
