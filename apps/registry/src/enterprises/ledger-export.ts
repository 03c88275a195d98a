import { PassThrough, Readable } from 'node:stream';
import * as ExcelJS from 'exceljs';
import { csvField, safeCell } from '@dangjian/domain-registry';
import { EnterpriseDoc } from './enterprise.schema';
import { EnterpriseListQuery, EnterprisesRepository } from './enterprises.repository';

const KIND = { enterprise: '非公企业', 'social-org': '社会组织', individual: '个体工商户' } as const;
const STATUS = { 'entered-production': '新投产', operating: '经营', abnormal: '经营异常', deregistered: '注销/吊销' } as const;
const ORG = { independent: '单独组建', joint: '联合组建', hosted: '依托村社区', none: '未建立' } as const;
const yesNo = (v: boolean | undefined) => (v ? '是' : '否');

/** The ledger's export columns, Chinese headers first (the same headers the import template uses). */
export const LEDGER_COLUMNS: { header: string; value: (e: EnterpriseDoc) => unknown; width: number }[] = [
  { header: '统一社会信用代码', value: (e) => e.uscc, width: 22 },
  { header: '名称', value: (e) => e.name, width: 32 },
  { header: '类型', value: (e) => KIND[e.kind], width: 10 },
  { header: '所属辖区', value: (e) => e.orgPath, width: 30 },
  { header: '网格', value: (e) => e.grid, width: 10 },
  { header: '行业代码', value: (e) => e.industryCode, width: 10 },
  { header: '规模以上', value: (e) => yesNo(e.aboveScale), width: 8 },
  { header: '地址', value: (e) => e.address, width: 32 },
  { header: '法定代表人', value: (e) => e.legalRep, width: 10 },
  { header: '出资人', value: (e) => e.investor, width: 16 },
  { header: '经营状态', value: (e) => STATUS[e.status], width: 10 },
  { header: '职工人数', value: (e) => e.employees, width: 8 },
  { header: '党员人数', value: (e) => e.partyMembers, width: 8 },
  { header: '预备党员人数', value: (e) => e.probationaryMembers, width: 10 },
  { header: '党组织建立情况', value: (e) => ORG[e.partyOrgStatus], width: 12 },
  { header: '未建原因', value: (e) => e.noOrgReason, width: 24 },
  { header: '发展需求', value: (e) => e.developmentNeeds, width: 24 },
  { header: '工会', value: (e) => yesNo(e.massOrgs?.union), width: 6 },
  { header: '共青团', value: (e) => yesNo(e.massOrgs?.youthLeague), width: 6 },
  { header: '妇联', value: (e) => yesNo(e.massOrgs?.womensFederation), width: 6 },
];

/** The whole filtered ledger in batches of 1,000, by name: never all in memory. */
async function* ledgerRecords(repository: EnterprisesRepository, scopes: readonly string[], query: Omit<EnterpriseListQuery, 'after' | 'limit' | 'sort'>) {
  let after: EnterpriseListQuery['after'];
  for (;;) {
    const batch = await repository.list(scopes, { ...query, sort: 'name', after, limit: 1000 });
    yield* batch;
    if (batch.length < 1000) return;
    const last = batch[batch.length - 1];
    after = { value: last.name, id: last._id };
  }
}

export function exportLedger(
  format: 'xlsx' | 'csv',
  repository: EnterprisesRepository,
  scopes: readonly string[],
  query: Omit<EnterpriseListQuery, 'after' | 'limit' | 'sort'>,
): Readable {
  const out = new PassThrough();
  const records = ledgerRecords(repository, scopes, query);
  const write = async () => {
    if (format === 'csv') {
      // BOM so that Excel opens the UTF-8 Chinese text correctly.
      out.write(`\uFEFF${LEDGER_COLUMNS.map((c) => csvField(c.header)).join(',')}\r\n`);
      for await (const e of records) {
        if (!out.write(`${LEDGER_COLUMNS.map((c) => csvField(c.value(e))).join(',')}\r\n`)) await new Promise((r) => out.once('drain', r));
      }
      out.end();
      return;
    }
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const sheet = workbook.addWorksheet('市场主体台账');
    sheet.columns = LEDGER_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
    for await (const e of records) sheet.addRow(LEDGER_COLUMNS.map((c) => safeCell(c.value(e)))).commit();
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error) => out.destroy(error));
  return out;
}
