import { Button, Card, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { body, useLoad } from '../api/hooks';
import { useSession } from '../auth/auth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { CursorPager } from '../components/CursorPager';
import { useAction } from '../components/actions';
import type { Transfer } from './views';

const KINDS: Record<string, string> = { 'within-county': '县内转接', outward: '转出县外', inward: '县外转入' };
const STATUSES: Record<string, [string, string]> = { pending: ['待接收', 'orange'], completed: ['已办结', 'green'], rejected: ['已退回', 'red'], withdrawn: ['已撤回', 'default'] };

/** 组织关系转接: transfers into and out of the user's units; the receiving side receives or rejects, the sending side withdraws. */
export function TransfersPage() {
  const session = useSession();
  const act = useAction();
  const [status, setStatus] = useState<Transfer['status'] | undefined>('pending');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [version, setVersion] = useState(0);
  const [rejecting, setRejecting] = useState<Transfer>();
  const [note, setNote] = useState('');
  const cursor = cursors[cursors.length - 1];
  const page = useLoad(async (a) => body(await a.organization.GET('/api/organization/transfers', { params: { query: { status, cursor, limit: 20 } } })), [status, cursor, version]);
  const inScope = (path?: string) => !!path && session.scopes.some((s) => path === s || path.startsWith(`${s}/`));
  const done = () => setVersion((v) => v + 1);
  const canAct = session.can('member-transfer', 'update');
  return (
    <Card title="组织关系转接" extra={<Select allowClear placeholder="状态" style={{ width: 120 }} value={status} onChange={(s) => { setStatus(s); setCursors([undefined]); }} options={Object.entries(STATUSES).map(([value, [label]]) => ({ value, label }))} />}>
      {page.error ? <ApiErrorAlert error={page.error} /> : null}
      <Table<Transfer>
        rowKey="id"
        size="middle"
        loading={page.loading}
        dataSource={page.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '日期', dataIndex: 'createdAt', render: (v: string) => v.slice(0, 10) },
          { title: '姓名', dataIndex: 'memberName' },
          { title: '类型', dataIndex: 'kind', render: (k: string) => KINDS[k] },
          { title: '转出', render: (_, t) => t.from?.label ?? t.externalOrg },
          { title: '转入', render: (_, t) => t.to?.label ?? t.externalOrg },
          { title: '介绍信编号', dataIndex: 'letterNo' },
          { title: '状态', dataIndex: 'status', render: (s: string) => <Tag color={STATUSES[s][1]}>{STATUSES[s][0]}</Tag> },
          {
            title: '操作',
            render: (_, t) =>
              canAct && t.status === 'pending' ? (
                <Space>
                  {inScope(t.to?.orgPath) ? <Button size="small" type="primary" onClick={() => act((a) => a.organization.POST('/api/organization/transfers/{id}/receive', { params: { path: { id: t.id } }, body: {} }), '已接收，党员已转入', done)}>接收</Button> : null}
                  {inScope(t.to?.orgPath) ? <Button size="small" danger onClick={() => { setNote(''); setRejecting(t); }}>退回</Button> : null}
                  {inScope(t.from?.orgPath) ? <Button size="small" onClick={() => act((a) => a.organization.POST('/api/organization/transfers/{id}/withdraw', { params: { path: { id: t.id } }, body: {} }), '已撤回', done)}>撤回</Button> : null}
                </Space>
              ) : null,
          },
        ]}
      />
      <CursorPager page={cursors.length - 1} hasNext={!!page.data?.next} onPrevious={() => setCursors((c) => c.slice(0, -1))} onNext={() => setCursors((c) => [...c, page.data?.next])} />
      <Modal
        open={!!rejecting}
        title={`退回 — ${rejecting?.memberName ?? ''}`}
        okText="退回"
        okButtonProps={{ disabled: !note.trim() }}
        onCancel={() => setRejecting(undefined)}
        onOk={() => rejecting && act((a) => a.organization.POST('/api/organization/transfers/{id}/reject', { params: { path: { id: rejecting.id } }, body: { note } }), '已退回', () => { setRejecting(undefined); done(); })}
      >
        <Input.TextArea rows={3} placeholder="退回原因（必填）" value={note} onChange={(e) => setNote(e.target.value)} />
      </Modal>
    </Card>
  );
}
