import { Alert, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../auth/auth';
import { body, useLoad } from '../api/hooks';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { CursorPager } from '../components/CursorPager';
import { useAction, useDialogForm } from '../components/actions';
import { JurisdictionName, JurisdictionSelect } from '../components/JurisdictionSelect';
import { CENSUS_STAGES, CENSUS_STAGE_LABELS, EXCLUSION_LABELS, KIND_LABELS } from './labels';
import type { CensusCampaign, CensusProgress, CensusRecord } from './views';

type Stage = (typeof CENSUS_STAGES)[number];
interface CheckValues { verdict: 'pass' | 'exclude'; reason?: 'shell' | 'zombie' | 'shadow' | 'other'; comment?: string }

const CAMPAIGN_STATUS: Record<string, string> = { preparing: '准备中', open: '进行中', closed: '已结束' };
const outcomeTag = (r: CensusRecord) =>
  r.outcome === 'in-base' ? <Tag color="success">已纳入基数</Tag>
    : r.outcome === 'excluded' ? <Tag color="default">已剔除：{EXCLUSION_LABELS[r.exclusion?.reason ?? ''] ?? r.exclusion?.reason}</Tag>
      : <Tag color="processing">待{CENSUS_STAGE_LABELS[CENSUS_STAGES[r.passed]]}</Tag>;

export function CensusPage() {
  const session = useSession();
  const campaigns = useLoad(async (a) => body(await a.registry.GET('/api/registry/census/campaigns')).items, []);
  const [chosen, setChosen] = useState<string>();
  const [starting, setStarting] = useState(false);
  const id = chosen ?? campaigns.data?.[0]?.id;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title="年度普查（五个查）" extra={session.can('census-campaign', 'create') && <Button type="primary" onClick={() => setStarting(true)}>发起普查</Button>}>
        {campaigns.error ? <ApiErrorAlert error={campaigns.error} /> : (
          <Table<CensusCampaign> rowKey="id" size="small" loading={campaigns.loading} dataSource={campaigns.data ?? []} pagination={false}
            rowSelection={{ type: 'radio', selectedRowKeys: id ? [id] : [], onChange: (keys) => setChosen(String(keys[0])) }}
            columns={[
              { title: '年度', dataIndex: 'year' },
              { title: '范围', dataIndex: 'orgPath', render: (p: string) => <JurisdictionName path={p} /> },
              { title: '企业数', dataIndex: 'records', align: 'right' },
              { title: '状态', dataIndex: 'status', render: (s: string) => CAMPAIGN_STATUS[s] ?? s },
            ]} />
        )}
      </Card>
      {id && <CampaignProgress id={id} />}
      {id && <CampaignRecords id={id} />}
      {starting && <StartDialog onDone={(changed) => { setStarting(false); if (changed) campaigns.reload(); }} />}
    </Space>
  );
}

function CampaignProgress({ id }: { id: string }) {
  const progress = useLoad(async (a) => body(await a.registry.GET('/api/registry/census/campaigns/{id}/progress', { params: { path: { id } } })), [id]);
  if (progress.error) return <ApiErrorAlert error={progress.error} />;
  return (
    <Card title="各辖区进度" loading={progress.loading}>
      <Table<CensusProgress> rowKey="orgPath" size="small" pagination={false} dataSource={progress.data?.byJurisdiction ?? []} scroll={{ x: 900 }} columns={[
        { title: '辖区', dataIndex: 'orgPath', fixed: 'left', render: (p: string) => <JurisdictionName path={p} /> },
        { title: '企业数', dataIndex: 'total', align: 'right' },
        ...CENSUS_STAGES.map((stage) => ({ title: `待${CENSUS_STAGE_LABELS[stage]}`, key: stage, align: 'right' as const, render: (_: unknown, r: CensusProgress) => r.waitingAt[stage] ?? 0 })),
        { title: '已纳入基数', dataIndex: 'inBase', align: 'right' },
        { title: '已剔除', key: 'excluded', align: 'right', render: (_, r) => Object.values(r.excluded).reduce((a, b) => a + b, 0) },
      ]} />
    </Card>
  );
}

function CampaignRecords({ id }: { id: string }) {
  const session = useSession();
  const act = useAction();
  const [stage, setStage] = useState<Stage | undefined>('township-preliminary');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [selected, setSelected] = useState<string[]>([]);
  const [checking, setChecking] = useState<{ stage: Stage; ids: string[] }>();
  const after = cursors[cursors.length - 1];
  const records = useLoad(
    async (a) => body(await a.registry.GET('/api/registry/census/campaigns/{id}/records', { params: { path: { id }, query: { stage, cursor: after, limit: 50 } } })),
    [id, stage, after],
  );
  const canCheck = session.can('census-check', 'create');
  const check = async (values: CheckValues) => {
    if (!checking) return;
    const { stage, ids } = checking;
    await act(
      (api) => ids.length === 1
        ? api.registry.POST('/api/registry/census/campaigns/{id}/records/{enterpriseId}/checks', { params: { path: { id, enterpriseId: ids[0] } }, body: { stage, ...values } })
        : api.registry.POST('/api/registry/census/campaigns/{id}/checks', { params: { path: { id } }, body: { stage, enterpriseIds: ids, ...values } }),
      `已登记 ${ids.length} 户的${CENSUS_STAGE_LABELS[stage]}结论`,
      () => {
        setChecking(undefined);
        setSelected([]);
        records.reload();
      },
    );
  };
  return (
    <Card title="普查对象" extra={
      <Space>
        <Select style={{ width: 180 }} allowClear placeholder="全部" value={stage} onChange={(v) => { setStage(v); setCursors([undefined]); setSelected([]); }}
          options={CENSUS_STAGES.map((s) => ({ value: s, label: `待${CENSUS_STAGE_LABELS[s]}` }))} />
        {canCheck && stage && <Button disabled={!selected.length} onClick={() => setChecking({ stage, ids: selected })}>批量核查（{selected.length}）</Button>}
      </Space>
    }>
      {records.error ? <ApiErrorAlert error={records.error} /> : null}
      <Table<CensusRecord> rowKey="enterpriseId" size="small" loading={records.loading} dataSource={records.data?.items ?? []} pagination={false}
        rowSelection={canCheck && stage ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) } : undefined}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '信用代码', dataIndex: 'uscc', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: '类型', dataIndex: 'kind', render: (k: string) => KIND_LABELS[k] },
          { title: '辖区', dataIndex: 'orgPath', render: (p: string) => <JurisdictionName path={p} /> },
          { title: '进度', key: 'outcome', render: (_, r) => outcomeTag(r) },
          {
            title: '操作', key: 'check', render: (_, r) => canCheck && r.outcome === 'pending'
              ? <Button size="small" onClick={() => setChecking({ stage: CENSUS_STAGES[r.passed], ids: [r.enterpriseId] })}>{CENSUS_STAGE_LABELS[CENSUS_STAGES[r.passed]]}</Button> : null,
          },
        ]} />
      <CursorPager page={cursors.length - 1} hasNext={!!records.data?.next} onPrevious={() => setCursors((c) => c.slice(0, -1))} onNext={() => setCursors((c) => [...c, records.data?.next])} />
      {checking && <CheckDialog stage={checking.stage} count={checking.ids.length} onOk={check} onCancel={() => setChecking(undefined)} />}
    </Card>
  );
}

function CheckDialog({ stage, count, onOk, onCancel }: { stage: Stage; count: number; onOk(v: CheckValues): Promise<void>; onCancel(): void }) {
  const [form] = Form.useForm<CheckValues>();
  const verdict = Form.useWatch('verdict', form);
  return (
    <Modal open title={`${CENSUS_STAGE_LABELS[stage]}（${count} 户）`} okText="登记结论" onOk={async () => onOk(await form.validateFields())} onCancel={onCancel}>
      <Form form={form} layout="vertical" initialValues={{ verdict: 'pass' }}>
        <Form.Item name="verdict" label="结论"><Select options={[{ value: 'pass', label: '通过' }, { value: 'exclude', label: '剔除' }]} /></Form.Item>
        {verdict === 'exclude' && (
          <Form.Item name="reason" label="剔除原因" rules={[{ required: true, message: '剔除须选择原因' }]}>
            <Select options={Object.entries(EXCLUSION_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        )}
        <Form.Item name="comment" label="说明"><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}

function StartDialog({ onDone }: { onDone(changed: boolean): void }) {
  const { form, banner, saving, save } = useDialogForm<{ year: number; orgPath: string }>(
    (api, values) => api.registry.POST('/api/registry/census/campaigns', { body: values }),
    onDone,
    '普查已发起，正在生成普查对象',
  );
  return (
    <Modal open title="发起年度普查" okText="发起" confirmLoading={saving} onOk={save} onCancel={() => onDone(false)}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear() }}>
        <Form.Item name="year" label="年度" rules={[{ required: true }]}><InputNumber min={2000} max={2100} /></Form.Item>
        <Form.Item name="orgPath" label="范围" rules={[{ required: true, message: '请选择普查范围' }]}><JurisdictionSelect /></Form.Item>
      </Form>
    </Modal>
  );
}
