import { Button, Card, Form, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App } from 'antd';
import { body, errorMessage, useApi, useLoad } from '../api/hooks';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { CursorPager } from '../components/CursorPager';
import { formatNumber } from '../components/format';
import { CENSUS_STAGE_LABELS, KIND_LABELS, STATUS_COLORS, STATUS_LABELS } from './labels';
import type { Enterprise } from './views';
import { JurisdictionName, JurisdictionSelect } from '../components/JurisdictionSelect';
import { filterQuery } from '../lib/scope';

export interface LedgerFilters {
  q?: string;
  orgPath?: string;
  kind?: Enterprise['kind'];
  status?: Enterprise['status'];
  industry?: string;
  hasMembers?: 'true' | 'false';
  employeesMin?: number;
  employeesMax?: number;
  censusStage?: 'township-preliminary' | 'liaison-on-site' | 'industry-filter' | 'responsible-unit-summary' | 'org-dept-standard' | 'in-base' | 'excluded';
  censusYear?: number;
  sort?: 'name' | 'employees' | 'updatedAt';
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function LedgerPage() {
  const api = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<LedgerFilters>();
  const [filters, setFilters] = useState<LedgerFilters>({});
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const page = useLoad(
    async (a) => body(await a.registry.GET('/api/registry/enterprises', { params: { query: { ...filters, cursor, limit: 20 } } })),
    [JSON.stringify(filters), cursor],
  );
  const search = (values: LedgerFilters) => {
    setFilters(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) as LedgerFilters);
    setCursors([undefined]);
  };
  const exportLedger = () =>
    api.download(`/api/registry/enterprises/export?${filterQuery({ ...filters, sort: undefined })}`, `市场主体台账-${new Date().toISOString().slice(0, 10)}.xlsx`).then(
      () => message.success('已导出 / Exported'),
      (e: unknown) => message.error(errorMessage(e)),
    );
  return (
    <Card title="市场主体台账" extra={<Button icon={<DownloadOutlined />} onClick={exportLedger}>按当前条件导出</Button>}>
      <Form form={form} layout="inline" onFinish={search} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="q"><Input allowClear placeholder="名称或统一社会信用代码" style={{ width: 220 }} /></Form.Item>
        <Form.Item name="orgPath"><JurisdictionSelect placeholder="辖区" /></Form.Item>
        <Form.Item name="kind"><Select allowClear placeholder="类型" style={{ width: 130 }} options={options(KIND_LABELS)} /></Form.Item>
        <Form.Item name="status"><Select allowClear placeholder="经营状态" style={{ width: 120 }} options={options(STATUS_LABELS)} /></Form.Item>
        <Form.Item name="industry"><Input allowClear placeholder="行业代码前缀，如 C34" style={{ width: 170 }} /></Form.Item>
        <Form.Item name="hasMembers"><Select allowClear placeholder="有无党员" style={{ width: 110 }} options={[{ value: 'true', label: '有党员' }, { value: 'false', label: '无党员' }]} /></Form.Item>
        <Form.Item name="employeesMin"><InputNumber min={0} placeholder="职工≥" style={{ width: 90 }} /></Form.Item>
        <Form.Item name="employeesMax"><InputNumber min={0} placeholder="职工≤" style={{ width: 90 }} /></Form.Item>
        <Form.Item name="censusStage"><Select allowClear placeholder="普查进度" style={{ width: 150 }} options={options(CENSUS_STAGE_LABELS)} /></Form.Item>
        <Form.Item name="censusYear"><InputNumber min={2000} max={2100} placeholder="普查年度" style={{ width: 110 }} /></Form.Item>
        <Form.Item name="sort"><Select placeholder="排序" style={{ width: 120 }} options={[{ value: 'name', label: '按名称' }, { value: 'employees', label: '按职工人数' }, { value: 'updatedAt', label: '按更新时间' }]} /></Form.Item>
        <Form.Item><Button type="primary" htmlType="submit" icon={<SearchOutlined />}>查询</Button></Form.Item>
      </Form>
      {page.error ? <ApiErrorAlert error={page.error} /> : null}
      <Table<Enterprise>
        rowKey="id"
        size="middle"
        loading={page.loading}
        dataSource={page.data?.items ?? []}
        pagination={false}
        scroll={{ x: 1100 }}
        columns={[
          { title: '名称', dataIndex: 'name', render: (name: string, e) => <Link to={`/ledger/${e.id}`}>{name}</Link>, fixed: 'left', width: 240 },
          { title: '统一社会信用代码', dataIndex: 'uscc', width: 190, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: '类型', dataIndex: 'kind', width: 100, render: (v: string) => KIND_LABELS[v] },
          { title: '辖区', dataIndex: 'orgPath', width: 200, render: (p: string) => <JurisdictionName path={p} /> },
          { title: '行业', dataIndex: 'industryCode', width: 80 },
          { title: '状态', dataIndex: 'status', width: 100, render: (v: string) => <Tag color={STATUS_COLORS[v]}>{STATUS_LABELS[v]}</Tag> },
          { title: '职工', dataIndex: 'employees', width: 80, align: 'right', render: formatNumber },
          { title: '党员', dataIndex: 'partyMembers', width: 80, align: 'right', render: formatNumber },
        ]}
      />
      <CursorPager
        page={cursors.length - 1}
        hasNext={!!page.data?.next}
        onPrevious={() => setCursors((c) => c.slice(0, -1))}
        onNext={() => setCursors((c) => [...c, page.data?.next])}
      />
    </Card>
  );
}
