import { Alert, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { LEADER_KIND_LABELS, ORG_CLASSES, type OrgClass } from '@dangjian/domain-instructor';
import { body, useLoad } from '../api/hooks';
import { useSession } from '../auth/auth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { JurisdictionSelect } from '../components/JurisdictionSelect';
import { useDialogForm } from '../components/actions';
import { homePath } from '../lib/scope';
import type { Leader } from './views';

const short = (label: string) => label.split(' / ')[0];

/** 领导联系点: leaders, what they contact or guide, their visits, and whether each keeps the rule. */
export function LeadersPage() {
  const session = useSession();
  const [path, setPath] = useState(homePath(session.scopes) ?? '');
  const [version, setVersion] = useState(0);
  const [creating, setCreating] = useState(false);
  const [linking, setLinking] = useState<Leader>();
  const [visiting, setVisiting] = useState<Leader>();
  const list = useLoad(async (a) => body(await a.instructor.GET('/api/instructor/leaders', { params: { query: { path } } })), [path, version]);
  const canEdit = session.can('leader-contact', 'update');
  const done = (changed: boolean) => changed && setVersion((v) => v + 1);
  return (
    <Card
      title="领导联系点"
      extra={
        <Space>
          <JurisdictionSelect value={path} onChange={(v) => v && setPath(v)} />
          {session.can('leader-contact', 'create') ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>登记领导</Button> : null}
        </Space>
      }
    >
      {list.data ? <Typography.Paragraph data-testid="leader-summary">共 {list.data.total} 人，{list.data.keepingRule} 人符合联系规则（县领导各联系 1 家企业；工委委员各指导 7 个不同类别的党组织）。</Typography.Paragraph> : null}
      {list.error ? <ApiErrorAlert error={list.error} /> : null}
      <Table<Leader>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        expandable={{ expandedRowRender: (l) => (l.contacts.length ? l.contacts.map((c) => `${c.on} ${l.links.find((x) => x.target === c.target)?.name ?? ''}：${c.note}`).join('；') : '暂无联系记录') }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '职务', dataIndex: 'title' },
          { title: '类型', dataIndex: 'kindLabel', render: (v: string) => short(v).replace(/（.*）/, '') },
          { title: '联系对象', render: (_, l) => l.links.map((x) => `${x.name}${x.orgClass ? `（${x.orgClass}类）` : ''}`).join('、') || '—' },
          { title: '规则', render: (_, l) => (l.keepsRule ? <Tag color="green">符合</Tag> : <Tag color="red" title={l.problems.join('；')}>{short(l.problems[0] ?? '')}</Tag>) },
          ...(canEdit
            ? [{ title: '操作', render: (_: unknown, l: Leader) => <Space><Button size="small" onClick={() => setLinking(l)}>设定联系对象</Button>{l.links.length ? <Button size="small" onClick={() => setVisiting(l)}>登记联系</Button> : null}</Space> }]
            : []),
        ]}
      />
      {creating ? <CreateLeaderDialog path={path} onClose={(c) => { setCreating(false); done(c); }} /> : null}
      {linking ? <LinksDialog leader={linking} path={path} onClose={(c) => { setLinking(undefined); done(c); }} /> : null}
      {visiting ? <ContactDialog leader={visiting} onClose={(c) => { setVisiting(undefined); done(c); }} /> : null}
    </Card>
  );
}

function CreateLeaderDialog({ path, onClose }: { path: string; onClose(changed: boolean): void }) {
  const dialog = useDialogForm<{ name: string; title: string; kind: Leader['kind'] }>((api, v) => api.instructor.POST('/api/instructor/leaders', { body: { ...v, orgPath: path } }), onClose, '已登记 / Registered');
  return (
    <Modal open title="登记联系领导" onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="保存">
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} /> : null}
      <Form form={dialog.form} layout="vertical" initialValues={{ kind: 'county-leader' }}>
        <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}><Input /></Form.Item>
        <Form.Item name="title" label="职务" rules={[{ required: true, message: '请填写职务' }]}><Input /></Form.Item>
        <Form.Item name="kind" label="类型" rules={[{ required: true }]}><Select options={Object.entries(LEADER_KIND_LABELS).map(([value, label]) => ({ value, label: short(label) }))} /></Form.Item>
      </Form>
    </Modal>
  );
}

function LinksDialog({ leader, path, onClose }: { leader: Leader; path: string; onClose(changed: boolean): void }) {
  const ledger = useLoad(async (a) => (leader.kind === 'county-leader' ? body(await a.registry.GET('/api/registry/enterprises', { params: { query: { orgPath: path, limit: 200 } } })).items : []), [path, leader.kind]);
  const orgs = useLoad(async (a) => (leader.kind === 'committee-member' ? body(await a.organization.GET('/api/organization/org-units', { params: { query: { path, limit: 200 } } })).items.filter((u) => ['branch', 'general-branch', 'party-committee'].includes(u.kind)) : []), [path, leader.kind]);
  const dialog = useDialogForm<{ links: { target: string; orgClass?: string }[] }>(
    (api, v) => api.instructor.PUT('/api/instructor/leaders/{id}/links', { params: { path: { id: leader.id } }, body: { version: leader.version, links: (v.links ?? []).map((l) => ({ kind: leader.kind === 'county-leader' ? ('enterprise' as const) : ('org' as const), target: l.target, orgClass: (l.orgClass || undefined) as OrgClass | undefined })) } }),
    onClose,
    '已设定 / Saved',
  );
  const targets = leader.kind === 'county-leader' ? (ledger.data ?? []).map((e) => ({ value: e.id, label: e.name })) : (orgs.data ?? []).map((u) => ({ value: u.path, label: u.label }));
  return (
    <Modal open width={640} title={`${leader.kind === 'county-leader' ? '联系企业' : '指导党组织'} — ${leader.name}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="保存">
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} /> : null}
      <Form form={dialog.form} layout="vertical" initialValues={{ links: leader.links.map((l) => ({ target: l.target, orgClass: l.orgClass ?? undefined })) }}>
        <Form.List name="links">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'target']} rules={[{ required: true, message: '请选择' }]}><Select showSearch optionFilterProp="label" style={{ width: 320 }} options={targets} /></Form.Item>
                  {leader.kind === 'committee-member' ? <Form.Item name={[f.name, 'orgClass']}><Select placeholder="类别" style={{ width: 90 }} options={ORG_CLASSES.map((c) => ({ value: c, label: `${c} 类` }))} /></Form.Item> : null}
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>添加</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

function ContactDialog({ leader, onClose }: { leader: Leader; onClose(changed: boolean): void }) {
  const dialog = useDialogForm<{ on: Dayjs; target: string; note: string }>((api, v) => api.instructor.POST('/api/instructor/leaders/{id}/contacts', { params: { path: { id: leader.id } }, body: { on: v.on.format('YYYY-MM-DD'), target: v.target, note: v.note } }), onClose, '已登记 / Recorded');
  return (
    <Modal open title={`登记联系 — ${leader.name}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="保存">
      <Form form={dialog.form} layout="vertical" initialValues={{ on: dayjs(), target: leader.links[0]?.target }}>
        <Form.Item name="target" label="联系对象" rules={[{ required: true }]}><Select options={leader.links.map((l) => ({ value: l.target, label: l.name }))} /></Form.Item>
        <Form.Item name="on" label="日期" rules={[{ required: true }]}><DatePicker /></Form.Item>
        <Form.Item name="note" label="联系情况" rules={[{ required: true, message: '请填写联系情况' }]}><Input.TextArea rows={3} /></Form.Item>
      </Form>
    </Modal>
  );
}
