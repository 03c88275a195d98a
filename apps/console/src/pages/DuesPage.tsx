import { App, Button, Card, DatePicker, Popconfirm, Space, Table, Tabs, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { body, errorMessage, useApi, useLoad } from '../api/hooks';
import { useSession } from '../auth/auth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { BranchSelect } from '../components/BranchSelect';
import { JurisdictionSelect } from '../components/JurisdictionSelect';
import { useAction } from '../components/actions';
import { homePath } from '../lib/scope';
import type { AccountsBookRow, DuesReceipt, LedgerEntry, OrgUnit, PublicationRow } from './views';

const yuan = (fen?: number | null) => (fen === null || fen === undefined ? '—' : (fen / 100).toFixed(2));
const ARREARS: Record<string, [string, string]> = { ok: ['正常', 'green'], warning: ['欠缴预警', 'orange'], lapse: ['连续 6 个月未缴', 'red'] };

/** 党费 "一册一账一票": a branch's roster book, ledger, receipts and the month's publication list; a jurisdiction's totals. */
export function DuesPage() {
  const session = useSession();
  const isBranch = session.roles.includes('branch-secretary');
  return (
    <Card title="党费收缴">
      <Tabs items={[{ key: 'books', label: '支部账簿', children: <BranchBooks /> }, ...(!isBranch ? [{ key: 'totals', label: '辖区汇总', children: <Totals /> }] : [])]} />
    </Card>
  );
}

function BranchBooks() {
  const api = useApi();
  const session = useSession();
  const { message } = App.useApp();
  const act = useAction();
  const [branch, setBranch] = useState<OrgUnit>();
  const [version, setVersion] = useState(0);
  const year = dayjs().year();
  const [month, setMonth] = useState(dayjs());
  const useBook = <T,>(fn: (id: string) => Promise<T>) => useLoad(async () => (branch ? fn(branch.id) : undefined), [branch?.id, version, month.format('YYYY-MM')]);
  const accounts = useBook(async (id) => body(await api.organization.GET('/api/organization/org-units/{id}/dues/accounts', { params: { path: { id }, query: { year } } })));
  const ledger = useBook(async (id) => body(await api.organization.GET('/api/organization/org-units/{id}/dues/ledger', { params: { path: { id }, query: { year } } })));
  const receipts = useBook(async (id) => body(await api.organization.GET('/api/organization/org-units/{id}/dues/receipts', { params: { path: { id }, query: { year } } })));
  const publication = useBook(async (id) => body(await api.organization.GET('/api/organization/org-units/{id}/dues/publication', { params: { path: { id }, query: { month: month.format('YYYY-MM') } } })));
  const exportBook = (book: 'accounts' | 'ledger' | 'receipts', name: string) =>
    branch && api.download(`/api/organization/org-units/${branch.id}/dues/${book}/export?year=${year}`, `${name}-${branch.label}-${year}.xlsx`).catch((e: unknown) => message.error(errorMessage(e)));
  const lastMonth = dayjs().subtract(1, 'month').format('YYYY-MM');
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <BranchSelect value={branch?.id} onChange={setBranch} />
        {accounts.data?.closedUpTo ? <Tag>已结账至 {accounts.data.closedUpTo}</Tag> : null}
        {branch && session.can('dues', 'update') ? (
          <Popconfirm title={`结账至 ${lastMonth}？结账后该月不能再登记`} onConfirm={() => act((a) => a.organization.POST('/api/organization/org-units/{id}/dues/close', { params: { path: { id: branch.id } }, body: { month: lastMonth } }), '已结账', () => setVersion((v) => v + 1))}>
            <Button>结账至上月</Button>
          </Popconfirm>
        ) : null}
      </Space>
      {[accounts, ledger, receipts, publication].map((l, i) => (l.error ? <ApiErrorAlert key={i} error={l.error} /> : null))}
      <Tabs
        items={[
          {
            key: 'accounts',
            label: '党费名册（一册）',
            children: (
              <>
                <Button icon={<DownloadOutlined />} style={{ marginBottom: 8 }} onClick={() => exportBook('accounts', '党费名册')}>导出</Button>
                <Table<AccountsBookRow>
                  rowKey="memberId"
                  size="small"
                  pagination={false}
                  dataSource={accounts.data?.rows ?? []}
                  columns={[
                    { title: '姓名', dataIndex: 'name', render: (n: string, r) => <Link to={`/members/${r.memberId}`}>{n}</Link> },
                    { title: '缴费类别', render: (_, r) => r.account?.categoryLabel ?? <Tag>未核定</Tag> },
                    { title: '月缴（元）', render: (_, r) => yuan(r.account?.monthlyFen) },
                    { title: `${year} 年已缴`, render: (_, r) => r.paid.map((p) => p.month.slice(5)).join('、') },
                    { title: '合计（元）', dataIndex: 'paidFen', render: yuan },
                    { title: '状态', render: (_, r) => (r.arrears ? <Tag color={ARREARS[r.arrears.level][1]}>{ARREARS[r.arrears.level][0]}{r.arrears.unpaidMonths ? `（${r.arrears.unpaidMonths} 个月）` : ''}</Tag> : null) },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'ledger',
            label: '收缴台账（一账）',
            children: (
              <>
                <Space style={{ marginBottom: 8 }}>
                  <Button icon={<DownloadOutlined />} onClick={() => exportBook('ledger', '党费台账')}>导出</Button>
                  <span>本年合计 {yuan(ledger.data?.totalFen)} 元</span>
                </Space>
                <Table<LedgerEntry>
                  rowKey={(e) => `${e.memberId}:${e.month}`}
                  size="small"
                  pagination={false}
                  dataSource={ledger.data?.entries ?? []}
                  columns={[
                    { title: '月份', dataIndex: 'month' },
                    { title: '姓名', dataIndex: 'memberName' },
                    { title: '金额（元）', dataIndex: 'amountFen', render: yuan },
                    { title: '收据号', dataIndex: 'receiptNo' },
                    { title: '缴纳日期', dataIndex: 'paidOn' },
                    { title: '经手人', dataIndex: 'by' },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'receipts',
            label: '收据（一票）',
            children: (
              <>
                <Button icon={<DownloadOutlined />} style={{ marginBottom: 8 }} onClick={() => exportBook('receipts', '党费收据')}>导出</Button>
                <Table<DuesReceipt>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={receipts.data?.items ?? []}
                  columns={[
                    { title: '收据号', dataIndex: 'receiptNo' },
                    { title: '姓名', dataIndex: 'memberName' },
                    { title: '所缴月份', dataIndex: 'months', render: (m: string[]) => m.join('、') },
                    { title: '金额（元）', dataIndex: 'amountFen', render: yuan },
                    { title: '开具日期', dataIndex: 'issuedOn' },
                    { title: '状态', dataIndex: 'status', render: (s: string, r) => (s === 'void' ? <Tag color="red">作废：{r.voidReason}</Tag> : <Tag color="green">有效</Tag>) },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'publication',
            label: '收缴公示',
            children: (
              <>
                <Space style={{ marginBottom: 8 }}>
                  <DatePicker picker="month" value={month} allowClear={false} onChange={(m) => m && setMonth(m)} />
                  <span>已缴 {publication.data?.paidCount ?? 0} 人，共 {yuan(publication.data?.collectedFen)} 元</span>
                </Space>
                <Table<PublicationRow>
                  rowKey="memberId"
                  size="small"
                  pagination={false}
                  dataSource={publication.data?.rows ?? []}
                  columns={[
                    { title: '姓名', dataIndex: 'name' },
                    { title: '应缴（元）', dataIndex: 'monthlyFen', render: yuan },
                    { title: '是否已缴', dataIndex: 'paid', render: (p: boolean) => (p ? <Tag color="green">已缴</Tag> : <Tag color="orange">未缴</Tag>) },
                    { title: '收据号', dataIndex: 'receiptNo' },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
    </>
  );
}

function Totals() {
  const session = useSession();
  const [path, setPath] = useState(homePath(session.scopes) ?? '');
  const year = dayjs().year();
  const totals = useLoad(async (a) => (path ? body(await a.organization.GET('/api/organization/dues/totals', { params: { query: { path, year } } })) : undefined), [path]);
  return (
    <>
      <JurisdictionSelect value={path} onChange={(v) => setPath(v ?? '')} />
      {totals.error ? <ApiErrorAlert error={totals.error} /> : null}
      <Table
        style={{ marginTop: 12 }}
        rowKey="path"
        size="small"
        pagination={false}
        dataSource={[...(totals.data?.rows ?? []), ...(totals.data ? [{ path: '合计', label: '合计', ...totals.data.total }] : [])]}
        columns={[
          { title: '单位', dataIndex: 'label' },
          { title: '缴纳人数', dataIndex: 'payers' },
          { title: '笔数', dataIndex: 'payments' },
          { title: `${year} 年收缴（元）`, dataIndex: 'collectedFen', render: yuan },
        ]}
      />
    </>
  );
}
