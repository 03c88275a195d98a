import { Button, Card, Input, Modal, Popconfirm, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/auth';
import { body, useLoad } from '../api/hooks';
import { useAction } from '../components/actions';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { formatDateTime } from '../components/format';
import type { Proposal } from './views';

export const PROPOSAL_FIELD_LABELS: Record<string, string> = {
  employees: '职工人数', partyMembers: '党员人数', probationaryMembers: '预备党员', partyOrgStatus: '党组织情况', noOrgReason: '未建党组织原因',
  investor: '出资人', developmentNeeds: '发展需求', massOrgs: '群团组织',
};
const STATUS: Record<Proposal['status'], { label: string; color: string }> = {
  pending: { label: '待确认', color: 'processing' },
  confirmed: { label: '已确认', color: 'success' },
  rejected: { label: '已退回', color: 'error' },
};
const show = (v: unknown) => (v === undefined || v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function ProposalsPage() {
  const session = useSession();
  const act = useAction();
  const [status, setStatus] = useState<Proposal['status']>('pending');
  const [rejecting, setRejecting] = useState<Proposal>();
  const [note, setNote] = useState('');
  const list = useLoad(async (a) => body(await a.registry.GET('/api/registry/enterprises/proposals', { params: { query: { status, limit: 100 } } })), [status]);
  const canDecide = session.can('enterprise-proposal', 'update');
  const confirm = (p: Proposal) => act((a) => a.registry.POST('/api/registry/enterprises/proposals/{id}/confirm', { params: { path: { id: p.id } }, body: {} }), '已确认，台账已更新', list.reload);
  const reject = () =>
    rejecting &&
    act((a) => a.registry.POST('/api/registry/enterprises/proposals/{id}/reject', { params: { path: { id: rejecting.id } }, body: { note } }), '已退回', () => {
      setRejecting(undefined);
      setNote('');
      list.reload();
    });
  return (
    <Card title="企业信息变更申请" extra={<Segmented value={status} onChange={(v) => setStatus(v as Proposal['status'])} options={Object.entries(STATUS).map(([value, s]) => ({ value, label: s.label }))} />}>
      {list.error ? <ApiErrorAlert error={list.error} /> : null}
      <Table<Proposal> rowKey="id" loading={list.loading} dataSource={list.data ?? []} pagination={{ pageSize: 20 }} columns={[
        { title: '企业', dataIndex: 'enterpriseName', render: (n: string, p) => <Link to={`/ledger/${p.enterpriseId}`}>{n}</Link> },
        {
          title: '申请变更', key: 'fields', render: (_, p) => (
            <Space orientation="vertical" size={0}>
              {Object.entries(p.fields).map(([k, v]) => <span key={k}>{PROPOSAL_FIELD_LABELS[k] ?? k}：{show(p.before[k])} → <b>{show(v)}</b></span>)}
            </Space>
          ),
        },
        { title: '申请人', dataIndex: 'proposedBy' },
        { title: '申请时间', dataIndex: 'proposedAt', render: formatDateTime },
        { title: '状态', dataIndex: 'status', render: (s: Proposal['status'], p) => <Space><Tag color={STATUS[s].color}>{STATUS[s].label}</Tag>{p.note}</Space> },
        {
          title: '操作', key: 'actions', render: (_, p) => canDecide && p.status === 'pending' ? (
            <Space>
              <Popconfirm title="确认后台账按申请更新，确定吗？" okText="确认" cancelText="取消" onConfirm={() => confirm(p)}><Button size="small" type="primary">确认</Button></Popconfirm>
              <Button size="small" danger onClick={() => setRejecting(p)}>退回</Button>
            </Space>
          ) : null,
        },
      ]} />
      <Modal open={!!rejecting} title={`退回 ${rejecting?.enterpriseName ?? ''} 的申请`} okText="退回" okButtonProps={{ danger: true, disabled: !note.trim() }} onOk={reject} onCancel={() => setRejecting(undefined)}>
        <Input.TextArea rows={3} placeholder="退回原因（必填，联络员可见）" value={note} onChange={(e) => setNote(e.target.value)} />
      </Modal>
    </Card>
  );
}
