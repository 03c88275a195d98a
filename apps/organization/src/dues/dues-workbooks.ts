import { addListSheet } from '@dangjian/platform';
import * as ExcelJS from 'exceljs';
import { DEVELOPMENT_STAGE_LABELS } from '@dangjian/domain-organization';
import { safeCell } from '@dangjian/domain-registry';
import { DuesService } from './dues.service';

type Book<K extends keyof DuesService> = Awaited<ReturnType<DuesService[K]>>;

const yuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? '' : (fen / 100).toFixed(2));

const sheetOf = (workbook: ExcelJS.Workbook, name: string, title: string, headers: string[]) => addListSheet(workbook, name, title, headers, []);

async function bytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** 党费收缴名册 (一册): each member's category, base and monthly amount, the months paid and the arrears. */
export async function accountsWorkbook(book: Book<'accountsBook'>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = sheetOf(workbook, '党费名册', `${book.label} ${book.year} 年党费收缴名册`, ['姓名', '党员类别', '缴费类别', '月收入基数（元）', '月缴党费（元）', '起缴月份', '本年已缴月份', '本年已缴（元）', '连续未缴（月）']);
  for (const row of book.rows) {
    sheet.addRow([
      safeCell(row.name),
      DEVELOPMENT_STAGE_LABELS[row.stage],
      row.account?.categoryLabel ?? '未核定',
      yuan(row.account?.incomeFen),
      yuan(row.account?.monthlyFen),
      row.account?.dueFrom ?? '',
      row.paid.map((p) => p.month).join('、'),
      yuan(row.paidFen),
      row.arrears?.unpaidMonths ?? '',
    ]);
  }
  return bytes(workbook);
}

/** 党费收缴台账 (一账): every payment of the year with its receipt, and the totals by month. */
export async function ledgerWorkbook(ledger: Book<'ledger'>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const entries = sheetOf(workbook, '收缴明细', `${ledger.label} ${ledger.year} 年党费收缴台账`, ['所属月份', '姓名', '金额（元）', '收据号', '缴纳日期', '经手人']);
  for (const e of ledger.entries) entries.addRow([e.month, safeCell(e.memberName), yuan(e.amountFen), e.receiptNo, e.paidOn, safeCell(e.by)]);
  entries.addRow(['合计', '', yuan(ledger.totalFen)]).font = { bold: true };
  const months = sheetOf(workbook, '按月汇总', `${ledger.label} ${ledger.year} 年党费按月汇总`, ['月份', '笔数', '金额（元）']);
  for (const m of ledger.byMonth) months.addRow([m.month, m.payments, yuan(m.amountFen)]);
  return bytes(workbook);
}

/** 党费收据存根 (一票): the numbered receipts of the year, void ones marked. */
export async function receiptsWorkbook(receipts: Book<'receipts'>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = sheetOf(workbook, '收据', `${receipts.label} ${receipts.year} 年党费收据存根`, ['收据号', '姓名', '所缴月份', '金额（元）', '开具日期', '经手人', '状态']);
  for (const r of receipts.items) sheet.addRow([r.receiptNo, safeCell(r.memberName), r.months.join('、'), yuan(r.amountFen), r.issuedOn, safeCell(r.by), r.status === 'void' ? `作废：${r.voidReason ?? ''}` : '有效']);
  return bytes(workbook);
}
