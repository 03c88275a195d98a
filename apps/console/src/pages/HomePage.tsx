import { Card, Col, Empty, Row, Select, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../auth/auth';
import { body, useLoad } from '../api/hooks';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { Chart } from '../components/Chart';
import { formatNumber, formatRate } from '../components/format';
import { CENSUS_STAGES, CENSUS_STAGE_LABELS } from './labels';
import { homePath } from '../lib/scope';
import { useJurisdictions } from '../components/JurisdictionSelect';
import type { CensusProgress } from './views';

export function HomePage() {
  const session = useSession();
  const path = homePath(session.scopes);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>工作台</Typography.Title>
      {session.can('enterprise') && <LedgerCards path={path} />}
      {session.can('coverage') && path && <CoverageCards path={path} />}
      {session.can('census-campaign') && <CensusCard />}
    </Space>
  );
}

function LedgerCards({ path }: { path?: string }) {
  const summary = useLoad(async (api) => body(await api.registry.GET('/api/registry/enterprises/summary', { params: { query: {} } })), [path]);
  if (summary.error) return <ApiErrorAlert error={summary.error} />;
  const s = summary.data;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={8}>
        <Card title="党建基础台账 · 按类型" loading={summary.loading}>
          <Statistic title="市场主体总数" value={s?.total ?? 0} formatter={(v) => formatNumber(Number(v))} />
          <Chart testId="chart-by-kind" height={220} option={{
            tooltip: { trigger: 'item' },
            series: [{ type: 'pie', radius: ['40%', '70%'], data: (s?.byKind ?? []).map((r) => ({ name: r.label, value: r.count })) }],
          }} />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card title="按经营状态" loading={summary.loading}>
          <Chart testId="chart-by-status" option={{
            tooltip: {},
            xAxis: { type: 'category', data: (s?.byStatus ?? []).map((r) => r.label) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ type: 'bar', data: (s?.byStatus ?? []).map((r) => r.count), label: { show: true, position: 'top' } }],
          }} />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card title="按行业门类" loading={summary.loading}>
          <Chart testId="chart-by-industry" option={{
            tooltip: {},
            grid: { left: 150 },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', inverse: true, data: (s?.byIndustry ?? []).slice(0, 8).map((r) => r.label) },
            series: [{ type: 'bar', data: (s?.byIndustry ?? []).slice(0, 8).map((r) => r.count) }],
          }} />
        </Card>
      </Col>
    </Row>
  );
}

function CoverageCards({ path }: { path: string }) {
  const coverage = useLoad(async (api) => body(await api.organization.GET('/api/organization/coverage', { params: { query: { path } } })), [path]);
  if (coverage.error) return <ApiErrorAlert error={coverage.error} />;
  const c = coverage.data;
  const nextTarget = c?.targets.find((t) => !t.due) ?? c?.targets[c.targets.length - 1];
  return (
    <Card title={`两个覆盖 · ${c?.label ?? ''}（${c?.date ?? ''}）`} loading={coverage.loading}>
      <Row gutter={16}>
        <Col xs={12} md={6}><Statistic title="党建基数" value={formatNumber(c?.totals.base)} /></Col>
        <Col xs={12} md={6}><Statistic title="党的组织覆盖率" value={formatRate(c?.totals.organizationRate)} /></Col>
        <Col xs={12} md={6}><Statistic title="党的工作覆盖率" value={formatRate(c?.totals.workRate)} /></Col>
        <Col xs={12} md={6}><Statistic title={nextTarget ? `目标（${nextTarget.by} 前）` : '目标'} value={nextTarget ? `${nextTarget.organization}% / ${nextTarget.work}%` : '未设定'} /></Col>
      </Row>
      {c && c.totals.base > 0 && (
        <Chart testId="chart-base-by-kind" height={200} option={{
          title: { text: '党建基数构成', left: 'center', textStyle: { fontSize: 13 } },
          tooltip: { trigger: 'item' },
          series: [{ type: 'pie', radius: ['35%', '60%'], top: 20, data: c.byKind.filter((k) => k.base > 0).map((k) => ({ name: k.label, value: k.base })) }],
        }} />
      )}
      {c && c.children.length > 0 ? (
        <Chart testId="chart-coverage" height={320} option={{
          tooltip: { trigger: 'axis' },
          legend: { data: ['组织覆盖率', '工作覆盖率'] },
          xAxis: { type: 'category', data: c.children.map((r) => r.label), axisLabel: { interval: 0, rotate: c.children.length > 6 ? 30 : 0 } },
          yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
          series: [
            {
              name: '组织覆盖率', type: 'bar', data: c.children.map((r) => r.organizationRate ?? 0),
              markLine: nextTarget ? { symbol: 'none', data: [{ yAxis: nextTarget.organization, name: '目标' }], label: { formatter: `目标 ${nextTarget.organization}%` } } : undefined,
            },
            { name: '工作覆盖率', type: 'bar', data: c.children.map((r) => r.workRate ?? 0) },
          ],
        }} />
      ) : <Empty description="下级辖区暂无覆盖数据" />}
    </Card>
  );
}

function CensusCard() {
  const campaigns = useLoad(async (api) => body(await api.registry.GET('/api/registry/census/campaigns')).items, []);
  const [chosen, setChosen] = useState<string>();
  const id = chosen ?? campaigns.data?.[0]?.id;
  const progress = useLoad(
    async (api) => (id ? body(await api.registry.GET('/api/registry/census/campaigns/{id}/progress', { params: { path: { id } } })) : undefined),
    [id],
  );
  if (campaigns.error) return <ApiErrorAlert error={campaigns.error} />;
  const jurisdictions = useJurisdictions();
  const labelOf = (path: string) => jurisdictions.data?.find((u) => u.path === path)?.label ?? path.split('/').pop() ?? path;
  const rows = progress.data?.byJurisdiction ?? [];
  const stages = [...CENSUS_STAGES, 'in-base', 'excluded'];
  const value = (row: CensusProgress, stage: string) =>
    stage === 'in-base' ? row.inBase : stage === 'excluded' ? Object.values(row.excluded).reduce((a, b) => a + b, 0) : row.waitingAt[stage] ?? 0;
  return (
    <Card
      title="年度普查进度（五个查）"
      loading={campaigns.loading}
      extra={campaigns.data?.length ? (
        <Select style={{ width: 220 }} value={id} onChange={setChosen}
          options={campaigns.data.map((c) => ({ value: c.id, label: `${c.year} 年 · ${c.orgPath}` }))} />
      ) : undefined}
    >
      {progress.error ? <ApiErrorAlert error={progress.error} /> : rows.length ? (
        <Chart testId="chart-census" height={300} option={{
          tooltip: { trigger: 'axis' },
          legend: { data: stages.map((s) => CENSUS_STAGE_LABELS[s]) },
          xAxis: { type: 'category', data: rows.map((r) => labelOf(r.orgPath)) },
          yAxis: { type: 'value', minInterval: 1 },
          series: stages.map((stage) => ({ name: CENSUS_STAGE_LABELS[stage], type: 'bar', stack: 'all', data: rows.map((r) => value(r, stage)) })),
        }} />
      ) : <Empty description="暂无普查数据" />}
    </Card>
  );
}
