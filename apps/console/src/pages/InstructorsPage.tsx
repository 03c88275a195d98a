import { Alert, Button, Card, Descriptions, Drawer, Form, Input, InputNumber, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import dayjs from 'dayjs';
import { INSTRUCTOR_SOURCE_LABELS } from '@dangjian/domain-instructor';
import { body, useLoad } from '../api/hooks';
import { useSession } from '../auth/auth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { CursorPager } from '../components/CursorPager';
import { JurisdictionSelect } from '../components/JurisdictionSelect';
import { useAction, useDialogForm } from '../components/actions';
import { homePath } from '../lib/scope';
import type { Assignment, InstructorView, UnassignedEnterprise } from './views';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label: label.split(' / ')[0] }));
const STATUS_COLOURS: Record<string, string> = { active: 'green', recalled: 'red', left: 'default' };

/** 党建指导员: the jurisdiction's instructors, their enterprises (with history), and the enterprises no instructor covers. */
export function InstructorsPage() {
  const session = useSession();
  const [path, setPath] = useState(homePath(session.scopes) ?? '');
  const admin = session.can('instructor', 'create');
  return (
    <Card title="党建指导员" extra={admin ? <JurisdictionSelect value={path} onChange={(v) => v && setPath(v)} /> : null}>
      <Tabs
        items={[
          { key: 'team', label: admin ? '指导员队伍' : '我的联系企业', children: <Team path={path} /> },
          ...(admin ? [{ key: 'gaps', label: '无党员无指导员企业', children: <Unassigned path={path} /> }] : []),
        ]}
      />
    </Card>
  );
}

function Team({ path }: { path: string }) {
  const session = useSession();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [version, setVersion] = useState(0);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<InstructorView>();
  const cursor = cursors[cursors.length - 1];
  const page = useLoad(async (a) => body(await a.instructor.GET('/api/instructor/instructors', { params: { query: { path, cursor, limit: 20 } } })), [path, cursor, version]);
  const admin = session.can('instructor', 'create');
  return (
    <>
      {admin ? <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setCreating(true)}>登记指导员</Button> : null}
      {page.error ? <ApiErrorAlert error={page.error} /> : null}
      <Table<InstructorView>
        rowKey="id"
        size="middle"
        loading={page.loading}
        dataSource={page.data?.items ?? []}
        pagination={false}
        onRow={(i) => ({ onClick: () => setOpen(i), style: { cursor: 'pointer' } })}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '来源', dataIndex: 'sourceLabel', render: (v: string) => v.split(' / ')[0] },
          { title: '派出单位', dataIndex: 'homeUnit' },
          { title: '联系电话', dataIndex: 'phoneMasked' },
          { title: '培训学时', dataIndex: 'trainingHours' },
          { title: '状态', dataIndex: 'status', render: (s: string, i) => <Tag color={STATUS_COLOURS[s]}>{i.statusLabel.split(' / ')[0]}</Tag> },
        ]}
      />
      <CursorPager page={cursors.length - 1} hasNext={!!page.data?.next} onPrevious={() => setCursors((c) => c.slice(0, -1))} onNext={() => setCursors((c) => [...c, page.data?.next])} />
      {creating ? <CreateInstructorDialog path={path} onClose={(changed) => { setCreating(false); if (changed) setVersion((v) => v + 1); }} /> : null}
      {open ? <InstructorDrawer instructor={open} path={path} onClose={() => { setOpen(undefined); setVersion((v) => v + 1); }} /> : null}
    </>
  );
}

interface InstructorValues {
  name: string;
  source: InstructorView['source'];
  homeUnit: string;
  phone?: string;
  account?: string;
}

function CreateInstructorDialog({ path, onClose }: { path: string; onClose(changed: boolean): void }) {
  const dialog = useDialogForm<InstructorValues>((api, v) => api.instructor.POST('/api/instructor/instructors', { body: { ...v, orgPath: path, phone: v.phone || undefined, account: v.account || undefined } }), onClose, '已登记 / Registered');
  return (
    <Modal open title="登记党建指导员" onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="保存">
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} /> : null}
      <Form form={dialog.form} layout="vertical" initialValues={{ source: 'organ' }}>
        <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}><Input /></Form.Item>
        <Form.Item name="source" label="来源" rules={[{ required: true }]}><Select options={options(INSTRUCTOR_SOURCE_LABELS)} /></Form.Item>
        <Form.Item name="homeUnit" label="派出单位" rules={[{ required: true, message: '请填写派出单位' }]}><Input /></Form.Item>
        <Form.Item name="phone" label="联系电话"><Input /></Form.Item>
        <Form.Item name="account" label="平台账号（用户名）"><Input /></Form.Item>
      </Form>
      <Typography.Text type="secondary">选派辖区：{path}</Typography.Text>
    </Modal>
  );
}

/** One instructor: the enterprises in force and before, assigning one, ending one, training, recall. */
function InstructorDrawer({ instructor, path, onClose }: { instructor: InstructorView; path: string; onClose(): void }) {
  const session = useSession();
  const act = useAction();
  const [version, setVersion] = useState(0);
  const [assigning, setAssigning] = useState(false);
  const [recalling, setRecalling] = useState(false);
  const [training, setTraining] = useState(false);
  const current = useLoad(async (a) => body(await a.instructor.GET('/api/instructor/instructors/{id}', { params: { path: { id: instructor.id } } })), [instructor.id, version]);
  const assignments = useLoad(async (a) => body(await a.instructor.GET('/api/instructor/instructors/{id}/assignments', { params: { path: { id: instructor.id } } })), [instructor.id, version]);
  const canAssign = session.can('instructor-assignment', 'create');
  const canUpdate = session.can('instructor', 'update');
  const i = current.data ?? instructor;
  const done = () => setVersion((v) => v + 1);
  return (
    <Drawer open width={720} title={`指导员 — ${i.name}`} onClose={onClose}>
      <Descriptions size="small" column={2} items={[
        { label: '来源', children: i.sourceLabel.split(' / ')[0] },
        { label: '派出单位', children: i.homeUnit },
        { label: '选派辖区', children: i.orgPath },
        { label: '联系电话', children: i.phoneMasked ?? '—' },
        { label: '状态', children: i.statusLabel.split(' / ')[0] },
        { label: '培训', children: `${i.training.length} 次，${i.trainingHours} 学时` },
        ...(i.recall ? [{ label: '召回', children: `${i.recall.on}：${i.recall.reason}` }] : []),
      ]} />
      <Space style={{ margin: '12px 0' }}>
        {canAssign && i.status === 'active' ? <Button type="primary" onClick={() => setAssigning(true)}>选派联系企业</Button> : null}
        {canUpdate ? <Button onClick={() => setTraining(true)}>登记培训</Button> : null}
        {canUpdate && i.status === 'active' ? <Button danger onClick={() => setRecalling(true)}>召回调整</Button> : null}
      </Space>
      {assignments.error ? <ApiErrorAlert error={assignments.error} /> : null}
      <Table<Assignment>
        rowKey="id"
        size="small"
        loading={assignments.loading}
        dataSource={assignments.data ?? []}
        pagination={false}
        columns={[
          { title: '企业', dataIndex: 'enterpriseName' },
          { title: '开始', dataIndex: 'from' },
          { title: '结束', dataIndex: 'until', render: (v: string | null, a) => (v ? `${v}（${a.endReasonLabel?.split(' / ')[0] ?? ''}）` : <Tag color="green">联系中</Tag>) },
          ...(session.can('instructor-assignment', 'update')
            ? [{ title: '操作', render: (_: unknown, a: Assignment) => (a.inForce ? <Button size="small" onClick={() => act((api) => api.instructor.POST('/api/instructor/assignments/{id}/end', { params: { path: { id: a.id } }, body: { reason: 'reassigned' } }), '已结束联系', done)}>结束联系</Button> : null) }]
            : []),
        ]}
      />
      {assigning ? <AssignDialog instructor={i} path={path} onClose={(changed) => { setAssigning(false); if (changed) done(); }} /> : null}
      {training ? <TrainingDialog instructor={i} onClose={(changed) => { setTraining(false); if (changed) done(); }} /> : null}
      {recalling ? <RecallDialog instructor={i} path={path} onClose={(changed) => { setRecalling(false); if (changed) done(); }} /> : null}
    </Drawer>
  );
}

function AssignDialog({ instructor, path, onClose }: { instructor: InstructorView; path: string; onClose(changed: boolean): void }) {
  const [q, setQ] = useState('');
  // Searched by name on the server: a park may have thousands of enterprises without members.
  const candidates = useLoad(async (a) => body(await a.instructor.GET('/api/instructor/enterprises/unassigned', { params: { query: { path: instructor.orgPath.startsWith(path) ? instructor.orgPath : path, limit: 50, q: q || undefined } } })), [instructor.orgPath, path, q]);
  const dialog = useDialogForm<{ enterpriseId: string }>((api, v) => api.instructor.POST('/api/instructor/instructors/{id}/assignments', { params: { path: { id: instructor.id } }, body: { enterpriseId: v.enterpriseId, from: dayjs().format('YYYY-MM-DD') } }), onClose, '已选派 / Assigned');
  return (
    <Modal open title={`选派联系企业 — ${instructor.name}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="选派">
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} /> : null}
      <Form form={dialog.form} layout="vertical">
        <Form.Item name="enterpriseId" label="企业（无党员且无指导员）" rules={[{ required: true, message: '请选择企业' }]}>
          <Select showSearch filterOption={false} onSearch={setQ} placeholder="输入企业名称搜索" loading={candidates.loading} options={(candidates.data?.items ?? []).map((e: UnassignedEnterprise) => ({ value: e.id, label: `${e.name}（${e.orgPath.split('/').pop()}）` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function TrainingDialog({ instructor, onClose }: { instructor: InstructorView; onClose(changed: boolean): void }) {
  const dialog = useDialogForm<{ title: string; hours: number }>((api, v) => api.instructor.POST('/api/instructor/instructors/{id}/training', { params: { path: { id: instructor.id } }, body: { on: dayjs().format('YYYY-MM-DD'), title: v.title, hours: v.hours } }), onClose, '已登记 / Recorded');
  return (
    <Modal open title={`登记培训 — ${instructor.name}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="保存">
      <Form form={dialog.form} layout="vertical" initialValues={{ hours: 8 }}>
        <Form.Item name="title" label="培训名称" rules={[{ required: true, message: '请填写培训名称' }]}><Input /></Form.Item>
        <Form.Item name="hours" label="学时" rules={[{ required: true }]}><InputNumber min={0.5} max={200} /></Form.Item>
      </Form>
    </Modal>
  );
}

function RecallDialog({ instructor, path, onClose }: { instructor: InstructorView; path: string; onClose(changed: boolean): void }) {
  const others = useLoad(async (a) => body(await a.instructor.GET('/api/instructor/instructors', { params: { query: { path, status: 'active', limit: 200 } } })), [path]);
  const dialog = useDialogForm<{ reason: string; replacementId?: string }>((api, v) => api.instructor.POST('/api/instructor/instructors/{id}/recall', { params: { path: { id: instructor.id } }, body: { reason: v.reason, replacementId: v.replacementId } }), onClose, '已召回，联系企业已移交 / Recalled');
  return (
    <Modal open title={`召回调整 — ${instructor.name}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="召回" okButtonProps={{ danger: true }}>
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} /> : null}
      <Form form={dialog.form} layout="vertical">
        <Form.Item name="reason" label="召回原因" rules={[{ required: true, message: '请填写召回原因' }]}><Input.TextArea rows={2} /></Form.Item>
        <Form.Item name="replacementId" label="接替的指导员（联系企业连同历史移交）">
          <Select allowClear options={(others.data?.items ?? []).filter((o: InstructorView) => o.id !== instructor.id).map((o: InstructorView) => ({ value: o.id, label: `${o.name}（${o.homeUnit}）` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Unassigned({ path }: { path: string }) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const page = useLoad(async (a) => body(await a.instructor.GET('/api/instructor/enterprises/unassigned', { params: { query: { path, cursor, limit: 50 } } })), [path, cursor]);
  return (
    <>
      <Typography.Paragraph type="secondary">无党员且无指导员的企业是党的工作覆盖缺口，选派指导员后即计入工作覆盖。</Typography.Paragraph>
      {page.error ? <ApiErrorAlert error={page.error} /> : null}
      <Table<UnassignedEnterprise>
        rowKey="id"
        size="middle"
        loading={page.loading}
        dataSource={page.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '企业名称', dataIndex: 'name' },
          { title: '统一社会信用代码', dataIndex: 'uscc' },
          { title: '所属辖区', dataIndex: 'orgPath' },
        ]}
      />
      <CursorPager page={cursors.length - 1} hasNext={!!page.data?.next} onPrevious={() => setCursors((c) => c.slice(0, -1))} onNext={() => setCursors((c) => [...c, page.data?.next])} />
    </>
  );
}

