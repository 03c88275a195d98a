import { Card, DatePicker, Input, Segmented, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Api } from '../api/client';
import { body, useLoad } from '../api/hooks';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { CursorPager } from '../components/CursorPager';
import { formatDateTime } from '../components/format';
import type { AuditEntry } from './views';

type Service = 'registry' | 'organization';
const SERVICES: Record<Service, string> = { registry: '台账与普查', organization: '组织与覆盖' };

interface AuditQuery { action?: string; actorId?: string; targetId?: string; from?: string; to?: string; cursor?: string; limit?: number }

/** Each service keeps its own trail; the page reads the one chosen. */
async function readTrail(api: Api, service: Service, query: AuditQuery) {
  const result = service === 'registry'
    ? await api.registry.GET('/api/registry/audit', { params: { query } })
    : await api.organization.GET('/api/organization/audit', { params: { query } });
  return body(result);
}

const show = (v: unknown) => (v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function AuditPage() {
  const [service, setService] = useState<Service>('registry');
  const [action, setAction] = useState<string>();
  const [actor, setActor] = useState<string>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const query: AuditQuery = {
    action: action || undefined,
    actorId: actor || undefined,
    from: range?.[0]?.startOf('day').toISOString(),
    to: range?.[1]?.endOf('day').toISOString(),
    cursor,
    limit: 50,
  };
  const page = useLoad((api) => readTrail(api, service, query), [service, JSON.stringify(query)]);
  const reset = () => setCursors([undefined]);
  return (
    <Card title="操作审计日志" extra={
      <Space wrap>
        <Segmented value={service} onChange={(v) => { setService(v as Service); reset(); }} options={Object.entries(SERVICES).map(([value, label]) => ({ value, label }))} />
        <Input.Search allowClear placeholder="操作，如 enterprise.update" style={{ width: 220 }} onSearch={(v) => { setAction(v); reset(); }} />
        <Input.Search allowClear placeholder="操作人 id" style={{ width: 180 }} onSearch={(v) => { setActor(v); reset(); }} />
        <DatePicker.RangePicker onChange={(r) => { setRange(r); reset(); }} />
      </Space>
    }>
      {page.error ? <ApiErrorAlert error={page.error} /> : null}
      <Table<AuditEntry> size="small" rowKey="_id" loading={page.loading} dataSource={page.data?.items ?? []} pagination={false} columns={[
        { title: '时间', dataIndex: 'at', width: 150, render: formatDateTime },
        { title: '操作', dataIndex: 'action', width: 180, render: (a: string) => <Typography.Text code>{a}</Typography.Text> },
        { title: '操作人', dataIndex: 'actor', width: 160, render: (a: AuditEntry['actor']) => a.username ?? a.id },
        { title: '对象', dataIndex: 'target', width: 260, render: (t?: AuditEntry['target']) => (t ? `${t.kind} ${t.orgPath ?? t.id}` : '') },
        { title: '变更', dataIndex: 'changes', render: (c?: AuditEntry['changes']) => Object.entries(c ?? {}).map(([k, v]) => <div key={k}>{k}：{show((v as { from?: unknown }).from)} → {show((v as { to?: unknown }).to)}</div>) },
      ]} />
      <CursorPager page={cursors.length - 1} hasNext={!!page.data?.next} onPrevious={() => setCursors((c) => c.slice(0, -1))} onNext={() => setCursors((c) => [...c, page.data?.next])} />
    </Card>
  );
}
