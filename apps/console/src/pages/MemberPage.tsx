import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import dayjs, { type Dayjs } from 'dayjs';
import { DEVELOPMENT_STAGES, DEVELOPMENT_STAGE_LABELS, DUES_CATEGORY_LABELS, EDUCATION_LABELS } from '@dangjian/domain-organization';
import { body, useLoad } from '../api/hooks';
import { useSession } from '../auth/auth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useDialogForm } from '../components/actions';
import { allOrgUnits } from '../api/org-units';
import type { Member } from './views';

const yuan = (fen?: number | null) => (fen === null || fen === undefined ? '—' : `${(fen / 100).toFixed(2)} 元`);
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const TRANSFER_STATUS: Record<string, string> = { pending: '待接收', completed: '已办结', rejected: '已退回', withdrawn: '已撤回' };

/** One member: the record (masked), the full number for the roles allowed it, development steps, dues, transfers and points. */
export function MemberPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const member = useLoad(async (a) => body(await a.organization.GET('/api/organization/members/{id}', { params: { path: { id } } })), [id]);
  const [dialog, setDialog] = useState<'step' | 'dues' | 'pay' | 'transfer' | 'identity' | 'remove'>();
  const [version, setVersion] = useState(0);
  if (member.error) return <ApiErrorAlert error={member.error} />;
  const m = member.data;
  if (!m) return <Card loading />;
  const close = (changed: boolean) => {
    setDialog(undefined);
    if (changed) {
      member.reload();
      setVersion((v) => v + 1);
    }
  };
  const canUpdate = session.can('member', 'update') && m.status === 'active';
  const next = DEVELOPMENT_STAGES[DEVELOPMENT_STAGES.indexOf(m.stage) + 1];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={<span data-testid="member-name">{m.name}</span>}
        extra={
          <Space>
            {session.can('member-identity') ? <Button onClick={() => setDialog('identity')}>查看完整身份证号</Button> : null}
            {canUpdate && next ? <Button type="primary" onClick={() => setDialog('step')}>发展下一步：{DEVELOPMENT_STAGE_LABELS[next]}</Button> : null}
            {session.can('member-transfer', 'create') && m.status === 'active' ? <Button onClick={() => setDialog('transfer')}>组织关系转出</Button> : null}
            {canUpdate ? <Button danger onClick={() => setDialog('remove')}>移出</Button> : null}
          </Space>
        }
      >
        <Descriptions column={3} size="small">
          <Descriptions.Item label="身份证号"><Typography.Text code data-testid="masked-id">{m.citizenId}</Typography.Text></Descriptions.Item>
          <Descriptions.Item label="手机号">{m.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="性别">{m.gender === 'male' ? '男' : '女'}</Descriptions.Item>
          <Descriptions.Item label="出生日期">{m.birthDate}</Descriptions.Item>
          <Descriptions.Item label="学历">{m.education ? EDUCATION_LABELS[m.education as keyof typeof EDUCATION_LABELS] : '—'}</Descriptions.Item>
          <Descriptions.Item label="企业职务">{m.position ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="所在党组织">{m.orgPath}</Descriptions.Item>
          <Descriptions.Item label="类别"><Tag color="red" data-testid="member-stage">{m.stageLabel}</Tag></Descriptions.Item>
          <Descriptions.Item label="状态">{m.status === 'active' ? '在册' : m.status === 'transferred-out' ? '已转出' : '不在册'}</Descriptions.Item>
          <Descriptions.Item label="入党日期">{m.joinedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="转正日期">{m.formalOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="预备期满">{m.probationEndsOn ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title="发展经历">
        <Timeline items={m.steps.map((s) => ({ children: `${s.on} ${DEVELOPMENT_STAGE_LABELS[s.stage as keyof typeof DEVELOPMENT_STAGE_LABELS]}${s.documents.length ? `（${s.documents.map((d) => d.title + (d.number ? ` ${d.number}` : '')).join('、')}）` : ''}` }))} />
      </Card>
      {m.category === 'member' && session.can('dues') ? <DuesCard version={version} member={m} onPay={() => setDialog('pay')} onSet={() => setDialog('dues')} /> : null}
      {session.can('member-transfer') ? <TransfersCard version={version} memberId={m.id} /> : null}
      {dialog === 'identity' ? <IdentityDialog id={m.id} onClose={() => setDialog(undefined)} /> : null}
      {dialog === 'step' && next ? <StepDialog member={m} stage={next} onClose={close} /> : null}
      {dialog === 'dues' ? <DuesAccountDialog member={m} onClose={close} /> : null}
      {dialog === 'pay' ? <PayDialog member={m} onClose={close} /> : null}
      {dialog === 'transfer' ? <TransferDialog member={m} onClose={close} /> : null}
      {dialog === 'remove' ? <RemoveDialog member={m} onClose={close} /> : null}
    </Space>
  );
}

function IdentityDialog({ id, onClose }: { id: string; onClose(): void }) {
  const identity = useLoad(async (a) => body(await a.organization.GET('/api/organization/members/{id}/identity', { params: { path: { id } } })), [id]);
  return (
    <Modal open title="完整身份信息（本次查看已记入审计）" onOk={onClose} onCancel={onClose} cancelButtonProps={{ style: { display: 'none' } }}>
      {identity.error ? <ApiErrorAlert error={identity.error} /> : null}
      <Descriptions column={1}>
        <Descriptions.Item label="身份证号"><Typography.Text copyable data-testid="full-id">{identity.data?.citizenId}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label="手机号">{identity.data?.phone ?? '—'}</Descriptions.Item>
      </Descriptions>
    </Modal>
  );
}

function StepDialog({ member, stage, onClose }: { member: Member; stage: Member['stage']; onClose(changed: boolean): void }) {
  const dialog = useDialogForm<{ on: Dayjs; title?: string; number?: string }>(
    (api, v) =>
      api.organization.POST('/api/organization/members/{id}/steps', {
        params: { path: { id: member.id } },
        body: { stage, on: v.on.format('YYYY-MM-DD'), documents: v.title ? [{ title: v.title, number: v.number || undefined }] : [] },
      }),
    onClose,
    `已列为${DEVELOPMENT_STAGE_LABELS[stage]}`,
  );
  return (
    <Modal open title={`${member.name}：${DEVELOPMENT_STAGE_LABELS[stage]}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="确定">
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} data-testid="step-refusal" /> : null}
      <Form form={dialog.form} layout="vertical" initialValues={{ on: dayjs() }}>
        <Form.Item name="on" label={stage === 'probationary' ? '支部大会通过日期' : '日期'} rules={[{ required: true, message: '请选择日期' }]}><DatePicker /></Form.Item>
        <Form.Item name="title" label="依据材料"><Input placeholder="如：支部大会决议" /></Form.Item>
        <Form.Item name="number" label="文号"><Input /></Form.Item>
      </Form>
    </Modal>
  );
}

function DuesCard({ member, version, onPay, onSet }: { member: Member; version: number; onPay(): void; onSet(): void }) {
  const session = useSession();
  const year = dayjs().year();
  const book = useLoad(async (a) => body(await a.organization.GET('/api/organization/org-units/{id}/dues/accounts', { params: { path: { id: member.orgId }, query: { year } } })), [member.orgId, version]);
  const row = book.data?.rows.find((r) => r.memberId === member.id);
  return (
    <Card
      size="small"
      title="党费"
      extra={
        <Space>
          {session.can('dues', 'update') ? <Button size="small" onClick={onSet}>核定缴费基数</Button> : null}
          {session.can('dues', 'create') && row?.account ? <Button size="small" type="primary" onClick={onPay}>收缴党费</Button> : null}
        </Space>
      }
    >
      {book.error ? <ApiErrorAlert error={book.error} /> : null}
      {row?.account ? (
        <Descriptions size="small" column={4}>
          <Descriptions.Item label="缴费类别">{row.account.categoryLabel}</Descriptions.Item>
          <Descriptions.Item label="月缴">{yuan(row.account.monthlyFen)}</Descriptions.Item>
          <Descriptions.Item label={`${year} 年已缴`}>{row.paid.map((p) => p.month.slice(5)).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="连续未缴">{row.arrears ? `${row.arrears.unpaidMonths} 个月` : '—'}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">尚未核定缴费基数</Typography.Text>
      )}
    </Card>
  );
}

function DuesAccountDialog({ member, onClose }: { member: Member; onClose(changed: boolean): void }) {
  const dialog = useDialogForm<{ category: string; incomeYuan: number; dueFrom?: Dayjs }>(
    (api, v) =>
      api.organization.PUT('/api/organization/members/{id}/dues/account', {
        params: { path: { id: member.id } },
        body: { category: v.category as never, incomeFen: Math.round((v.incomeYuan ?? 0) * 100), dueFrom: v.dueFrom?.format('YYYY-MM') },
      }),
    onClose,
    '已核定 / Set',
    (field) => (field === 'incomeFen' ? 'incomeYuan' : field),
  );
  return (
    <Modal open title={`核定缴费基数 — ${member.name}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="保存">
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} /> : null}
      <Form form={dialog.form} layout="vertical" initialValues={{ category: 'employed', incomeYuan: 0 }}>
        <Form.Item name="category" label="缴费类别" rules={[{ required: true }]}><Select options={options(DUES_CATEGORY_LABELS)} /></Form.Item>
        <Form.Item name="incomeYuan" label="税后月收入（元）"><InputNumber min={0} precision={2} style={{ width: 200 }} /></Form.Item>
        <Form.Item name="dueFrom" label="起缴月份"><DatePicker picker="month" /></Form.Item>
      </Form>
    </Modal>
  );
}

function PayDialog({ member, onClose }: { member: Member; onClose(changed: boolean): void }) {
  const months = Array.from({ length: 7 }, (_, i) => dayjs().subtract(i, 'month').format('YYYY-MM'));
  const dialog = useDialogForm<{ months: string[] }>(
    (api, v) => api.organization.POST('/api/organization/members/{id}/dues/payments', { params: { path: { id: member.id } }, body: { months: v.months } }),
    onClose,
    '已收缴并开具收据 / Paid, receipt issued',
    (field) => (field.startsWith('months') ? 'months' : field),
  );
  return (
    <Modal open title={`收缴党费 — ${member.name}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="收缴">
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} /> : null}
      <Form form={dialog.form} layout="vertical" initialValues={{ months: [months[0]] }}>
        <Form.Item name="months" label="所缴月份（可补缴 6 个月内）" rules={[{ required: true, message: '请选择月份' }]}>
          <Select mode="multiple" options={months.map((m) => ({ value: m, label: m }))} data-testid="pay-months" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function TransferDialog({ member, onClose }: { member: Member; onClose(changed: boolean): void }) {
  const branches = useLoad((api) => allOrgUnits(api, { kind: 'branch' }), []);
  const dialog = useDialogForm<{ kind: 'within-county' | 'outward'; toOrgId?: string; externalOrg?: string; letterNo?: string; note?: string }>(
    (api, v) => api.organization.POST('/api/organization/members/{id}/transfers', { params: { path: { id: member.id } }, body: v }),
    onClose,
    '已办理转出 / Sent',
  );
  const kind = Form.useWatch('kind', dialog.form);
  return (
    <Modal open title={`组织关系转出 — ${member.name}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="转出">
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} /> : null}
      <Form form={dialog.form} layout="vertical" initialValues={{ kind: 'within-county' }}>
        <Form.Item name="kind" label="转接类型"><Select options={[{ value: 'within-county', label: '县内转接（转入方确认）' }, { value: 'outward', label: '转出县外（凭介绍信）' }]} /></Form.Item>
        {kind === 'outward' ? (
          <>
            <Form.Item name="externalOrg" label="接收单位"><Input /></Form.Item>
            <Form.Item name="letterNo" label="介绍信编号"><Input /></Form.Item>
          </>
        ) : (
          <Form.Item name="toOrgId" label="转入党支部"><Select showSearch optionFilterProp="label" options={(branches.data ?? []).filter((b) => b.id !== member.orgId).map((b) => ({ value: b.id, label: b.label }))} /></Form.Item>
        )}
        <Form.Item name="note" label="说明"><Input /></Form.Item>
      </Form>
    </Modal>
  );
}

function TransfersCard({ memberId, version }: { memberId: string; version: number }) {
  const transfers = useLoad(async (a) => body(await a.organization.GET('/api/organization/members/{id}/transfers', { params: { path: { id: memberId } } })), [memberId, version]);
  return (
    <Card size="small" title="组织关系转接">
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={transfers.data?.items ?? []}
        columns={[
          { title: '日期', dataIndex: 'createdAt', render: (v: string) => v.slice(0, 10) },
          { title: '转出', render: (_, t) => t.from?.label ?? t.externalOrg },
          { title: '转入', render: (_, t) => t.to?.label ?? t.externalOrg },
          { title: '介绍信', dataIndex: 'letterNo' },
          { title: '状态', dataIndex: 'status', render: (s: string) => TRANSFER_STATUS[s] },
        ]}
      />
    </Card>
  );
}

function RemoveDialog({ member, onClose }: { member: Member; onClose(changed: boolean): void }) {
  const dialog = useDialogForm<{ reason: string; on?: Dayjs }>(
    (api, v) => api.organization.POST('/api/organization/members/{id}/remove', { params: { path: { id: member.id } }, body: { reason: v.reason, on: v.on?.format('YYYY-MM-DD') } }),
    onClose,
    '已移出，记录保留 / Taken off; the record stays',
  );
  return (
    <Modal open title={`移出 — ${member.name}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="移出" okButtonProps={{ danger: true }}>
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} /> : null}
      <Form form={dialog.form} layout="vertical">
        <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请填写原因' }]}><Input placeholder="如：病故、出党、撤回入党申请" /></Form.Item>
        <Form.Item name="on" label="日期"><DatePicker /></Form.Item>
      </Form>
    </Modal>
  );
}
