import { App, Button, Card, Input, List, Modal, Select, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../auth/auth';
import { body, useLoad } from '../api/hooks';
import { useAction } from '../components/actions';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { formatDateTime } from '../components/format';
import { JurisdictionSelect } from '../components/JurisdictionSelect';
import { homePath } from '../lib/scope';
import type { Suggestion } from './views';

type Kind = 'form-independent' | 'form-at-registration' | 'form-joint' | 'leave-joint' | 'needs-instructor' | 'adjust-org';
type Status = Exclude<Suggestion['status'], 'obsolete'>;
const KIND_LABELS: Record<Kind, string> = {
  'form-independent': '应单独组建',
  'form-at-registration': '同步建立',
  'form-joint': '联合组建',
  'leave-joint': '脱联单独组建',
  'needs-instructor': '需选派指导员',
  'adjust-org': '调整或撤销',
};
const KIND_COLORS: Record<Kind, string> = { 'form-independent': 'red', 'form-at-registration': 'volcano', 'form-joint': 'orange', 'leave-joint': 'gold', 'needs-instructor': 'blue', 'adjust-org': 'purple' };
const STATUS_LABELS: Record<Status, string> = { open: '待处理', accepted: '已采纳', dismissed: '未采纳' };

export function FormationPage() {
  const session = useSession();
  const { modal } = App.useApp();
  const act = useAction();
  const [path, setPath] = useState(homePath(session.scopes) ?? '');
  const [status, setStatus] = useState<Status>('open');
  const [kind, setKind] = useState<Kind>();
  const [dismissing, setDismissing] = useState<Suggestion>();
  const [note, setNote] = useState('');
  const list = useLoad(
    async (a) => (path ? body(await a.organization.GET('/api/organization/formation/suggestions', { params: { query: { path, status, kind } } })).items : []),
    [path, status, kind],
  );
  const canDecide = session.can('formation', 'update');
  const accept = (s: Suggestion) =>
    modal.confirm({
      title: `采纳：${s.label.split(' / ')[0]}`,
      content: `${s.enterprises.map((e) => e.name).join('、')}。采纳后将直接调整组织架构并通知相关服务。`,
      okText: '采纳',
      cancelText: '取消',
      onOk: () => act((a) => a.organization.POST('/api/organization/formation/suggestions/{id}/accept', { params: { path: { id: s.id } }, body: {} }), '已采纳，组织架构已调整', list.reload),
    });
  const dismiss = () =>
    dismissing &&
    act((a) => a.organization.POST('/api/organization/formation/suggestions/{id}/dismiss', { params: { path: { id: dismissing.id } }, body: { note } }), '已记录不采纳理由', () => {
      setDismissing(undefined);
      setNote('');
      list.reload();
    });
  return (
    <Card title="组建建议" extra={
      <Space wrap>
        <JurisdictionSelect value={path} onChange={(v) => v && setPath(v)} />
        <Select allowClear placeholder="建议类型" style={{ width: 150 }} value={kind} onChange={setKind} options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))} />
        <Segmented value={status} onChange={(v) => setStatus(v as Status)} options={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))} />
      </Space>
    }>
      {list.error ? <ApiErrorAlert error={list.error} /> : null}
      <List<Suggestion>
        data-testid="suggestions"
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: '暂无建议' }}
        renderItem={(s) => (
          <List.Item data-testid={`suggestion-${s.id}`} actions={canDecide && s.status === 'open' ? [
            <Button key="accept" type="primary" size="small" onClick={() => accept(s)}>采纳</Button>,
            <Button key="dismiss" size="small" onClick={() => setDismissing(s)}>不采纳</Button>,
          ] : [s.note ?? '', s.decidedBy ? `${s.decidedBy} ${formatDateTime(s.closedAt)}` : '']}>
            <List.Item.Meta
              title={<Space><Tag color={KIND_COLORS[s.kind]}>{KIND_LABELS[s.kind]}</Tag>{s.enterprises.map((e) => e.name).join('、')}</Space>}
              description={<Space orientation="vertical" size={0}>
                <Typography.Text>{s.reason.split(' / ')[0]}</Typography.Text>
                <Typography.Text type="secondary">{s.jurisdiction} · 提出于 {formatDateTime(s.openedAt)}</Typography.Text>
              </Space>}
            />
          </List.Item>
        )}
      />
      <Modal open={!!dismissing} title="不采纳此建议" okText="确定" okButtonProps={{ disabled: !note.trim() }} onOk={dismiss} onCancel={() => setDismissing(undefined)}>
        <Input.TextArea rows={3} placeholder="理由（必填），如：企业正在迁出，暂不组建" value={note} onChange={(e) => setNote(e.target.value)} />
      </Modal>
    </Card>
  );
}
