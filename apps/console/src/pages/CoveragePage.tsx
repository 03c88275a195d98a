import { App, Button, Card, DatePicker, Popconfirm, Progress, Segmented, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useSession } from '../auth/auth';
import { body, errorMessage, useApi, useLoad } from '../api/hooks';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { Chart } from '../components/Chart';
import { CursorPager } from '../components/CursorPager';
import { formatNumber, formatRate } from '../components/format';
import { JurisdictionName, JurisdictionSelect } from '../components/JurisdictionSelect';
import { homePath } from '../lib/scope';
import { KIND_LABELS } from './labels';
import type { CoverageRebuild, CoverageView, FiguresRow, GapItem, StatisticsRow } from './views';

type Gap = 'organization' | 'work' | 'large-without-members';
const GAPS: Record<Gap, string> = { organization: '未建党组织', work: '党的工作未覆盖', 'large-without-members': '职工达线但无党员' };

export function CoveragePage() {
  const session = useSession();
  const [path, setPath] = useState(homePath(session.scopes) ?? '');
  const [date, setDate] = useState<Dayjs>();
  const day = date?.format('YYYY-MM-DD');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Space wrap>
          <span>辖区</span>
          <JurisdictionSelect value={path} onChange={(v) => v && setPath(v)} />
          <span>统计日期</span>
          <DatePicker value={date} onChange={(d) => setDate(d ?? undefined)} placeholder="今天" disabledDate={(d) => d.isAfter(dayjs())} />
        </Space>
      </Card>
      {path && <CoverageFigures path={path} date={day} />}
      {path && <StatisticsTable path={path} date={day} />}
      {path && <GapList path={path} />}
      {session.can('coverage', 'update') && <RebuildCard />}
    </Space>
  );
}

function exportButton(url: string, filename: string, download: (u: string, f: string) => Promise<void>, onError: (e: unknown) => void) {
  return <Button icon={<DownloadOutlined />} onClick={() => download(url, filename).catch(onError)}>导出 xlsx</Button>;
}

function CoverageFigures({ path, date }: { path: string; date?: string }) {
  const api = useApi();
  const { message } = App.useApp();
  const coverage = useLoad(async (a) => body(await a.organization.GET('/api/organization/coverage', { params: { query: { path, date } } })), [path, date]);
  if (coverage.error) return <ApiErrorAlert error={coverage.error} />;
  const c = coverage.data;
  const query = new URLSearchParams({ path, ...(date ? { date } : {}) }).toString();
  const columns = <R extends FiguresRow>(first: { title: string; render: (r: R) => string }) => [
    { title: first.title, key: 'name', render: (_: unknown, r: R) => first.render(r) },
    { title: '党建基数', dataIndex: 'base', align: 'right' as const, render: formatNumber },
    { title: '已建党组织', dataIndex: 'organization', align: 'right' as const, render: formatNumber },
    { title: '组织覆盖率', dataIndex: 'organizationRate', align: 'right' as const, render: formatRate },
    { title: '工作覆盖', dataIndex: 'work', align: 'right' as const, render: formatNumber },
    { title: '工作覆盖率', dataIndex: 'workRate', align: 'right' as const, render: formatRate },
    { title: '达线企业', dataIndex: 'large', align: 'right' as const, render: formatNumber },
    { title: '达线无党员', dataIndex: 'largeWithoutMembers', align: 'right' as const, render: formatNumber },
  ];
  return (
    <Card title={`两个覆盖 · ${c?.label ?? ''}（${c?.date ?? ''}${c?.source === 'snapshot' ? '，当日快照' : ''}）`} loading={coverage.loading}
      extra={exportButton(`/api/organization/coverage/export?${query}`, `两个覆盖-${c?.label ?? ''}-${c?.date ?? ''}.xlsx`, api.download, (e) => message.error(errorMessage(e)))}>
      {c && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text>组织覆盖率 <b data-testid="organization-rate">{formatRate(c.totals.organizationRate)}</b></Typography.Text>
            <Typography.Text>工作覆盖率 <b>{formatRate(c.totals.workRate)}</b></Typography.Text>
            {c.targets.map((t) => (
              <Tag key={t.by} color={t.organizationMet && t.workMet ? 'success' : t.due ? 'error' : 'warning'}>
                {t.by} 前：组织 {t.organization}%、工作 {t.work}%（{t.organizationMet && t.workMet ? '已达标' : t.due ? '逾期未达标' : '未达标'}）
              </Tag>
            ))}
          </Space>
          <Table size="small" rowKey="path" pagination={false} dataSource={c.children} columns={columns<CoverageView['children'][number]>({ title: '下级辖区', render: (r) => r.label })} />
          <Table size="small" rowKey="kind" pagination={false} dataSource={c.byKind} columns={columns<CoverageView['byKind'][number]>({ title: '类型', render: (r) => KIND_LABELS[r.kind] ?? r.label })} />
          {c.byIndustry.length > 0 && (
            <Chart height={260} option={{
              tooltip: { trigger: 'axis' },
              legend: { data: ['党建基数', '已建党组织'] },
              xAxis: { type: 'category', data: c.byIndustry.map((i) => i.label), axisLabel: { interval: 0, rotate: 20 } },
              yAxis: { type: 'value', minInterval: 1 },
              series: [{ name: '党建基数', type: 'bar', data: c.byIndustry.map((i) => i.base) }, { name: '已建党组织', type: 'bar', data: c.byIndustry.map((i) => i.organization) }],
            }} />
          )}
        </Space>
      )}
    </Card>
  );
}

function StatisticsTable({ path, date }: { path: string; date?: string }) {
  const api = useApi();
  const { message } = App.useApp();
  const stats = useLoad(async (a) => body(await a.organization.GET('/api/organization/statistics', { params: { query: { path, date } } })), [path, date]);
  if (stats.error) return <ApiErrorAlert error={stats.error} />;
  const query = new URLSearchParams({ path, ...(date ? { date } : {}) }).toString();
  const rows = stats.data ? [...stats.data.rows, { ...stats.data.total, label: '合计', path: '__total' }] : [];
  return (
    <Card title="非公企业和社会组织党建工作统计表" loading={stats.loading}
      extra={exportButton(`/api/organization/statistics/export?${query}`, `党建统计表-${stats.data?.label ?? ''}-${stats.data?.date ?? ''}.xlsx`, api.download, (e) => message.error(errorMessage(e)))}>
      <Table<StatisticsRow> data-testid="statistics-table" size="small" rowKey="path" pagination={false} dataSource={rows} scroll={{ x: 1300 }} bordered columns={[
        { title: '辖区', dataIndex: 'label', fixed: 'left', width: 160 },
        { title: '非公企业', children: [
          { title: '基数', key: 'eb', align: 'right', render: (_, r) => formatNumber(r.enterprises.base) },
          { title: '已建', key: 'eo', align: 'right', render: (_, r) => formatNumber(r.enterprises.organization) },
          { title: '覆盖率', key: 'er', align: 'right', render: (_, r) => formatRate(r.enterprises.rate) },
        ] },
        { title: '社会组织', children: [
          { title: '基数', key: 'sb', align: 'right', render: (_, r) => formatNumber(r.socialOrgs.base) },
          { title: '已建', key: 'so', align: 'right', render: (_, r) => formatNumber(r.socialOrgs.organization) },
          { title: '覆盖率', key: 'sr', align: 'right', render: (_, r) => formatRate(r.socialOrgs.rate) },
        ] },
        { title: '工作覆盖率', key: 'wr', align: 'right', render: (_, r) => formatRate(r.workRate) },
        { title: '党组织', children: [
          { title: '党委', key: 'pc', align: 'right', render: (_, r) => r.orgs.partyCommittees },
          { title: '党总支', key: 'gb', align: 'right', render: (_, r) => r.orgs.generalBranches },
          { title: '党支部', key: 'b', align: 'right', render: (_, r) => r.orgs.branches },
          { title: '单独', key: 'i', align: 'right', render: (_, r) => r.orgs.independent },
          { title: '联合', key: 'j', align: 'right', render: (_, r) => r.orgs.joint },
          { title: '依托', key: 'h', align: 'right', render: (_, r) => r.orgs.hosted },
          { title: '党小组', key: 'pg', align: 'right', render: (_, r) => r.orgs.partyGroups },
          { title: '本年新建', key: 'f', align: 'right', render: (_, r) => r.orgs.formedThisYear },
          { title: '本年撤销', key: 'rv', align: 'right', render: (_, r) => r.orgs.revokedThisYear },
        ] },
        { title: '党员', children: [
          { title: '正式', key: 'mf', align: 'right', render: (_, r) => formatNumber(r.members.formal) },
          { title: '预备', key: 'mp', align: 'right', render: (_, r) => formatNumber(r.members.probationary) },
        ] },
      ]} />
    </Card>
  );
}

function GapList({ path }: { path: string }) {
  const [gap, setGap] = useState<Gap>('organization');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const page = useLoad(async (a) => body(await a.organization.GET('/api/organization/coverage/gaps', { params: { query: { path, gap, cursor, limit: 20 } } })), [path, gap, cursor]);
  return (
    <Card title="覆盖缺口名单" extra={<Segmented value={gap} onChange={(v) => { setGap(v as Gap); setCursors([undefined]); }} options={Object.entries(GAPS).map(([value, label]) => ({ value, label }))} />}>
      {page.error ? <ApiErrorAlert error={page.error} /> : null}
      <Table<GapItem> size="small" rowKey="enterpriseId" loading={page.loading} dataSource={page.data?.items ?? []} pagination={false} columns={[
        { title: '名称', dataIndex: 'name' },
        { title: '信用代码', dataIndex: 'uscc' },
        { title: '辖区', dataIndex: 'orgPath', render: (p: string) => <JurisdictionName path={p} /> },
        { title: '类型', dataIndex: 'kind', render: (k: string) => KIND_LABELS[k] },
        { title: '行业门类', dataIndex: 'industry' },
        { title: '有党员', dataIndex: 'hasMembers', render: (v: boolean) => (v ? '是' : '否') },
      ]} />
      <CursorPager page={cursors.length - 1} hasNext={!!page.data?.next} onPrevious={() => setCursors((c) => c.slice(0, -1))} onNext={() => setCursors((c) => [...c, page.data?.next])} />
    </Card>
  );
}


function RebuildCard() {
  const api = useApi();
  const { message } = App.useApp();
  const [state, setState] = useState<CoverageRebuild>({});
  const load = async () => setState(body(await api.organization.GET('/api/organization/coverage/rebuild')));
  useEffect(() => {
    void load().catch(() => undefined);
  }, []);
  useEffect(() => {
    if (state.status !== 'running' && state.status !== 'recounting') return;
    const timer = setTimeout(() => void load().catch(() => undefined), 1000);
    return () => clearTimeout(timer);
  }, [state]);
  const start = async () => {
    try {
      setState(body(await api.organization.POST('/api/organization/coverage/rebuild')));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const percent = state.total ? Math.round(((state.processed ?? 0) / state.total) * 100) : 0;
  return (
    <Card title="重算覆盖数据" extra={
      <Popconfirm title="逐户重算全县覆盖数据，可能需要几分钟。确定开始吗？" okText="开始" cancelText="取消" onConfirm={start}>
        <Button icon={<ReloadOutlined />} disabled={state.status === 'running' || state.status === 'recounting'}>全部重算</Button>
      </Popconfirm>
    }>
      <Typography.Paragraph type="secondary">逐户重算两个覆盖并校正计数；中断后从断点继续。</Typography.Paragraph>
      {state.status && <Progress percent={state.status === 'completed' ? 100 : percent} status={state.status === 'completed' ? 'success' : 'active'} />}
      {state.status === 'completed' && <Typography.Text>已处理 {formatNumber(state.processed)} 户，校正 {formatNumber(state.corrected)} 处。</Typography.Text>}
    </Card>
  );
}
