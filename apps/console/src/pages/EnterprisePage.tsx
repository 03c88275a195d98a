import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useSession } from '../auth/auth';
import { body, useLoad } from '../api/hooks';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { formatDate, formatDateTime, formatNumber } from '../components/format';
import { useDialogForm } from '../components/actions';
import { KIND_LABELS, STATUS_COLORS, STATUS_LABELS } from './labels';
import { JurisdictionName } from '../components/JurisdictionSelect';
import type { Enterprise } from './views';

export function EnterprisePage() {
  const { id = '' } = useParams();
  const session = useSession();
  const record = useLoad(async (api) => body(await api.registry.GET('/api/registry/enterprises/{id}', { params: { path: { id } } })), [id]);
  const [dialog, setDialog] = useState<'edit' | 'status' | 'merge' | 'propose'>();
  if (record.error) return <ApiErrorAlert error={record.error} whole />;
  const e = record.data;
  const canUpdate = session.can('enterprise', 'update');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        loading={record.loading}
        title={<Space>{e?.name}{e && <Tag color={STATUS_COLORS[e.status]}>{STATUS_LABELS[e.status]}</Tag>}</Space>}
        extra={e && session.can('enterprise-proposal', 'create') && e.liaisons?.includes(session.username) ? (
          <Button type="primary" onClick={() => setDialog('propose')}>提交信息变更申请</Button>
        ) : canUpdate && e ? (
          <Space>
            <Button onClick={() => setDialog('edit')}>编辑</Button>
            <Button onClick={() => setDialog('status')}>变更经营状态</Button>
            {(e.shadowSuspects?.length ?? 0) > 0 && <Button danger onClick={() => setDialog('merge')}>合并影子企业</Button>}
          </Space>
        ) : undefined}
      >
        {e && (
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
            <Descriptions.Item label="统一社会信用代码"><Typography.Text code>{e.uscc}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label="类型">{KIND_LABELS[e.kind]}</Descriptions.Item>
            <Descriptions.Item label="辖区"><JurisdictionName path={e.orgPath} /></Descriptions.Item>
            <Descriptions.Item label="网格">{e.grid ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="行业代码">{e.industryCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="法定代表人">{e.legalRep ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="地址">{e.address ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="职工人数">{formatNumber(e.employees)}</Descriptions.Item>
            <Descriptions.Item label="党员（含预备）">{formatNumber(e.partyMembers)}（预备 {formatNumber(e.probationaryMembers)}）</Descriptions.Item>
            <Descriptions.Item label="所属党组织">{e.partyOrg?.orgPath ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="联络员">{e.liaisons?.join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label="更新时间">{formatDateTime(e.updatedAt)}</Descriptions.Item>
          </Descriptions>
        )}
        {(e?.shadowSuspects?.length ?? 0) > 0 && <Alert type="warning" showIcon title={`疑似影子企业（重复登记）：${e?.shadowSuspects?.join('、')}`} />}
      </Card>
      <Card title="职工与党员人数变化">
        <Table size="small" rowKey="at" pagination={false} dataSource={[...(e?.countsHistory ?? [])].reverse()} columns={[
          { title: '时间', dataIndex: 'at', render: formatDateTime },
          { title: '职工', dataIndex: 'employees', align: 'right' },
          { title: '党员', dataIndex: 'partyMembers', align: 'right' },
          { title: '预备党员', dataIndex: 'probationaryMembers', align: 'right' },
          { title: '操作人', dataIndex: 'by' },
        ]} />
      </Card>
      <Card title="经营状态历史">
        <Timeline items={[...(e?.statusHistory ?? [])].reverse().map((h) => ({
          children: `${formatDate(h.effectiveOn)} ${h.from ? STATUS_LABELS[h.from] + ' → ' : ''}${STATUS_LABELS[h.to]}：${h.reason}（${h.by}）`,
        }))} />
      </Card>
      {e && dialog === 'edit' && <EditDialog enterprise={e} onDone={(changed) => { setDialog(undefined); if (changed) record.reload(); }} />}
      {e && dialog === 'status' && <StatusDialog enterprise={e} onDone={(changed) => { setDialog(undefined); if (changed) record.reload(); }} />}
      {e && dialog === 'propose' && <ProposeDialog enterprise={e} onDone={(changed) => { setDialog(undefined); if (changed) record.reload(); }} />}
      {e && dialog === 'merge' && <MergeDialog enterprise={e} onDone={(changed) => { setDialog(undefined); if (changed) record.reload(); }} />}
    </Space>
  );
}

interface DialogProps { enterprise: Enterprise; onDone(changed: boolean): void }

function EditDialog({ enterprise, onDone }: DialogProps) {
  const { form, banner, saving, save } = useDialogForm<Partial<Enterprise>>(
    (api, values) => api.registry.PATCH('/api/registry/enterprises/{id}', { params: { path: { id: enterprise.id } }, body: { ...values, version: enterprise.version } as never }),
    onDone,
    '已保存 / Saved',
  );
  return (
    <Modal open title="编辑台账信息" okText="保存" onOk={save} confirmLoading={saving} onCancel={() => onDone(false)} width={640}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{
        name: enterprise.name, grid: enterprise.grid ?? undefined, industryCode: enterprise.industryCode ?? undefined, address: enterprise.address ?? undefined,
        legalRep: enterprise.legalRep ?? undefined, employees: enterprise.employees, partyMembers: enterprise.partyMembers, probationaryMembers: enterprise.probationaryMembers,
      }}>
        <Form.Item name="name" label="名称" rules={[{ required: true, message: '请填写名称' }]}><Input /></Form.Item>
        <Space wrap>
          <Form.Item name="grid" label="网格"><Input /></Form.Item>
          <Form.Item name="industryCode" label="行业代码（GB/T 4754）"><Input /></Form.Item>
          <Form.Item name="legalRep" label="法定代表人"><Input /></Form.Item>
        </Space>
        <Form.Item name="address" label="地址"><Input /></Form.Item>
        <Space wrap>
          <Form.Item name="employees" label="职工人数"><InputNumber min={0} /></Form.Item>
          <Form.Item name="partyMembers" label="党员人数（含预备）"><InputNumber min={0} /></Form.Item>
          <Form.Item name="probationaryMembers" label="预备党员"><InputNumber min={0} /></Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

function StatusDialog({ enterprise, onDone }: DialogProps) {
  const { form, banner, saving, save } = useDialogForm<{ status: Enterprise['status']; effectiveOn: Dayjs; reason: string }>(
    (api, values) => api.registry.POST('/api/registry/enterprises/{id}/status', {
      params: { path: { id: enterprise.id } },
      body: { status: values.status, reason: values.reason, effectiveOn: values.effectiveOn.format('YYYY-MM-DD') },
    }),
    onDone,
    '经营状态已变更',
  );
  return (
    <Modal open title="变更经营状态" okText="确认变更" confirmLoading={saving} onOk={save} onCancel={() => onDone(false)}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ effectiveOn: dayjs() }}>
        <Form.Item name="status" label="新状态" rules={[{ required: true, message: '请选择状态' }]}>
          <Select options={Object.entries(STATUS_LABELS).filter(([k]) => k !== enterprise.status).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="effectiveOn" label="生效日期" rules={[{ required: true, message: '请选择日期' }]}><DatePicker /></Form.Item>
        <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请填写原因' }]}><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}

function MergeDialog({ enterprise, onDone }: DialogProps) {
  const { form, banner, saving, save } = useDialogForm<{ duplicateId: string; reason: string }>(
    (api, values) => api.registry.POST('/api/registry/enterprises/{id}/merge', { params: { path: { id: enterprise.id } }, body: values }),
    onDone,
    '已合并，双方历史均保留',
  );
  return (
    <Modal open title="合并影子企业" okText="确认合并" okButtonProps={{ danger: true }} confirmLoading={saving} onOk={save} onCancel={() => onDone(false)}>
      <Alert type="warning" showIcon title="合并后影子记录并入本记录，不可撤销。" style={{ marginBottom: 12 }} />
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="duplicateId" label="影子记录" rules={[{ required: true, message: '请选择影子记录' }]}>
          <Select options={(enterprise.shadowSuspects ?? []).map((id) => ({ value: id, label: id }))} />
        </Form.Item>
        <Form.Item name="reason" label="合并原因" rules={[{ required: true, message: '请填写原因' }]}><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}

function ProposeDialog({ enterprise, onDone }: DialogProps) {
  const { form, banner, saving, save } = useDialogForm<Record<string, unknown>>(
    (api, values) => api.registry.POST('/api/registry/enterprises/{id}/proposals', {
      params: { path: { id: enterprise.id } },
      body: Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')),
    }),
    onDone,
    '已提交，待园区（乡镇）确认',
  );
  return (
    <Modal open title="提交信息变更申请" okText="提交" confirmLoading={saving} onOk={save} onCancel={() => onDone(false)}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ employees: enterprise.employees, partyMembers: enterprise.partyMembers, probationaryMembers: enterprise.probationaryMembers }}>
        <Space wrap>
          <Form.Item name="employees" label="职工人数"><InputNumber min={0} /></Form.Item>
          <Form.Item name="partyMembers" label="党员人数（含预备）"><InputNumber min={0} /></Form.Item>
          <Form.Item name="probationaryMembers" label="预备党员"><InputNumber min={0} /></Form.Item>
        </Space>
        <Form.Item name="noOrgReason" label="未建立党组织原因"><Input /></Form.Item>
        <Form.Item name="developmentNeeds" label="发展需求"><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}
