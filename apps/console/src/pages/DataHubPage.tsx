import { Alert, Button, Card, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useSession } from '../auth/auth';
import { body, useLoad } from '../api/hooks';
import { useAction, useDialogForm } from '../components/actions';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { formatDateTime } from '../components/format';
import type { HeldChange as Held, HubRun } from './views';

const RUN_STATUS: Record<string, { label: string; color: string }> = { running: { label: '同步中', color: 'processing' }, completed: { label: '完成', color: 'success' }, failed: { label: '失败', color: 'error' } };
const TRIGGERS: Record<string, string> = { manual: '手动', schedule: '定时', 'file-drop': '文件投放' };
const HELD_STATUS: Record<Held['status'], string> = { open: '待处理', resolved: '已写入', dismissed: '已忽略' };

export function DataHubPage() {
  const session = useSession();
  const act = useAction();
  const runs = useLoad(async (a) => body(await a.registry.GET('/api/registry/data-hub/runs', { params: { query: { limit: 20 } } })), []);
  const [status, setStatus] = useState<Held['status']>('open');
  const held = useLoad(async (a) => body(await a.registry.GET('/api/registry/data-hub/quarantine', { params: { query: { status, limit: 100 } } })), [status]);
  const [resolving, setResolving] = useState<{ item: Held; action: 'apply' | 'dismiss' }>();
  const pull = () => act((a) => a.registry.POST('/api/registry/data-hub/runs'), '已开始同步', runs.reload);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title="数据共享平台同步" extra={<Space>
        <Typography.Text type="secondary">同步到：{runs.data?.watermark ? formatDateTime(runs.data.watermark) : '—'}</Typography.Text>
        {session.can('data-hub', 'create') && <Button icon={<SyncOutlined />} onClick={pull}>立即同步</Button>}
        <Button onClick={runs.reload}>刷新</Button>
      </Space>}>
        {runs.error ? <ApiErrorAlert error={runs.error} /> : (
          <Table<HubRun> rowKey="id" size="small" loading={runs.loading} dataSource={runs.data?.items ?? []} pagination={false} columns={[
            { title: '开始', dataIndex: 'startedAt', render: formatDateTime },
            { title: '方式', dataIndex: 'trigger', render: (t: string, r) => `${TRIGGERS[t] ?? t}${r.fileName ? `（${r.fileName}）` : ''}` },
            { title: '状态', dataIndex: 'status', render: (s: string, r) => <Space><Tag color={RUN_STATUS[s]?.color}>{RUN_STATUS[s]?.label ?? s}</Tag>{r.error}</Space> },
            { title: '获取', dataIndex: 'fetched', align: 'right' },
            { title: '新增', dataIndex: 'created', align: 'right' },
            { title: '更新', dataIndex: 'updated', align: 'right' },
            { title: '待处理', dataIndex: 'quarantined', align: 'right' },
          ]} />
        )}
      </Card>
      <Card title="待人工处理的异常数据" extra={<Segmented value={status} onChange={(v) => setStatus(v as Held['status'])} options={Object.entries(HELD_STATUS).map(([value, label]) => ({ value, label }))} />}>
        {held.error ? <ApiErrorAlert error={held.error} /> : (
          <Table<Held> rowKey="_id" size="small" loading={held.loading} dataSource={held.data ?? []} pagination={{ pageSize: 20 }} columns={[
            { title: '名称', key: 'name', render: (_, h) => String(h.raw.name ?? h.raw.entName ?? '—') },
            { title: '信用代码', key: 'uscc', render: (_, h) => String(h.raw.uscc ?? h.raw.creditCode ?? '—') },
            { title: '原因', dataIndex: 'reasons', render: (r: string[]) => r.join('；') },
            { title: '接收时间', dataIndex: 'createdAt', render: formatDateTime },
            {
              title: '操作', key: 'actions', render: (_, h) => h.status === 'open' && session.can('data-hub', 'update') ? (
                <Space>
                  <Button size="small" type="primary" onClick={() => setResolving({ item: h, action: 'apply' })}>写入台账</Button>
                  <Button size="small" onClick={() => setResolving({ item: h, action: 'dismiss' })}>忽略</Button>
                </Space>
              ) : h.note,
            },
          ]} />
        )}
      </Card>
      {resolving && <ResolveDialog item={resolving.item} action={resolving.action} onDone={(changed) => { setResolving(undefined); if (changed) held.reload(); }} />}
    </Space>
  );
}

/** The fields of a held change a clerk may correct before applying it (the file's and the hub's own names). */
const CORRECTABLE = [
  { key: 'uscc', label: '统一社会信用代码' },
  { key: 'name', label: '名称' },
  { key: 'regionCode', label: '区划代码' },
  { key: 'industryCode', label: '行业代码' },
] as const;

function ResolveDialog({ item, action, onDone }: { item: Held; action: 'apply' | 'dismiss'; onDone(changed: boolean): void }) {
  const raw = item.raw as Record<string, unknown>;
  const { form, banner, saving, save } = useDialogForm<Record<string, string>>(
    (api, values) => {
      const correction = Object.fromEntries(CORRECTABLE.map(({ key }) => [key, values[key]]).filter(([key, v]) => v !== undefined && v !== (raw[key as string] ?? '')));
      return api.registry.POST('/api/registry/data-hub/quarantine/{id}/resolve', {
        params: { path: { id: item._id } },
        body: { action, note: values.note || undefined, ...(action === 'apply' && Object.keys(correction).length ? { correction: correction as Record<string, never> } : {}) },
      });
    },
    onDone,
    action === 'apply' ? '已写入台账' : '已忽略',
  );
  return (
    <Modal open title={action === 'apply' ? '修正后写入台账' : '忽略此条变更'} okText={action === 'apply' ? '写入台账' : '忽略'} confirmLoading={saving} onOk={save} onCancel={() => onDone(false)}>
      <Typography.Paragraph type="secondary">未写入的原因：{item.reasons.join('；')}</Typography.Paragraph>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={Object.fromEntries(CORRECTABLE.map(({ key }) => [key, raw[key] === undefined || raw[key] === null ? '' : String(raw[key])]))}>
        {action === 'apply' && CORRECTABLE.map(({ key, label }) => <Form.Item key={key} name={key} label={label}><Input /></Form.Item>)}
        <Form.Item name="note" label="处理说明" rules={action === 'dismiss' ? [{ required: true, message: '忽略须说明理由' }] : []}><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}
