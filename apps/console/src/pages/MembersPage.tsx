import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Dayjs } from 'dayjs';
import { DEVELOPMENT_STAGE_LABELS, EDUCATION_LABELS } from '@dangjian/domain-organization';
import { body, errorMessage, useApi, useLoad } from '../api/hooks';
import { useSession } from '../auth/auth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { BranchSelect } from '../components/BranchSelect';
import { CursorPager } from '../components/CursorPager';
import { useDialogForm } from '../components/actions';
import type { Member, OrgUnit, RosterImportResult } from './views';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const day = (d?: Dayjs) => d?.format('YYYY-MM-DD');

/** 党员花名册与发展队伍: one branch's members (masked IDs), the development board, entry, import and export. */
export function MembersPage() {
  const session = useSession();
  const [branch, setBranch] = useState<OrgUnit>();
  const [tab, setTab] = useState<'member' | 'candidate'>('member');
  const [version, setVersion] = useState(0);
  const [creating, setCreating] = useState(false);
  const canWrite = session.can('member', 'create');
  return (
    <Card
      title="党员花名册"
      extra={
        <Space>
          <BranchSelect value={branch?.id} onChange={setBranch} />
          {canWrite && branch ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>登记党员</Button> : null}
        </Space>
      }
    >
      {branch ? (
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as 'member' | 'candidate')}
          items={[
            { key: 'member', label: '花名册（预备、正式党员）', children: <Roster key={`${branch.id}-${version}`} branch={branch} onImported={() => setVersion((v) => v + 1)} /> },
            { key: 'candidate', label: '发展队伍', children: <PipelineBoard key={`${branch.id}-${version}`} branch={branch} /> },
          ]}
        />
      ) : null}
      {creating && branch ? <CreateMemberDialog branch={branch} onClose={(changed) => { setCreating(false); if (changed) setVersion((v) => v + 1); }} /> : null}
    </Card>
  );
}

function Roster({ branch, onImported }: { branch: OrgUnit; onImported(): void }) {
  const api = useApi();
  const session = useSession();
  const { message } = App.useApp();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [imported, setImported] = useState<RosterImportResult>();
  const cursor = cursors[cursors.length - 1];
  const page = useLoad(async (a) => body(await a.organization.GET('/api/organization/members', { params: { query: { path: branch.path, category: 'member', cursor, limit: 20 } } })), [branch.path, cursor]);
  const exportRoster = () =>
    api.download(`/api/organization/members/export?path=${encodeURIComponent(branch.path)}&category=member`, `党员花名册-${branch.label}.xlsx`).catch((e: unknown) => message.error(errorMessage(e)));
  const upload = async (file: File) => {
    try {
      const result = await api.upload<RosterImportResult>(`/api/organization/org-units/${branch.id}/members/import`, file);
      setImported(result);
      onImported();
    } catch (e) {
      message.error(errorMessage(e));
    }
    return false;
  };
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} onClick={exportRoster}>导出花名册</Button>
        {session.can('member', 'create') ? (
          <>
            <Button onClick={() => api.download('/api/organization/members/import-template', '党员花名册导入模板.xlsx')}>下载导入模板</Button>
            <Upload accept=".xlsx" showUploadList={false} beforeUpload={upload}><Button icon={<UploadOutlined />}>导入花名册</Button></Upload>
          </>
        ) : null}
      </Space>
      {imported ? (
        <Alert
          style={{ marginBottom: 12 }}
          type={imported.refused.length ? 'warning' : 'success'}
          message={`共 ${imported.total} 行，导入 ${imported.created} 人${imported.refused.length ? `，${imported.refused.length} 处未导入` : ''}`}
          description={imported.refused.length ? <ul data-testid="import-refusals">{imported.refused.map((r) => <li key={`${r.line}-${r.column}`}>第 {r.line} 行 {r.column}：{r.reason}</li>)}</ul> : undefined}
          closable
        />
      ) : null}
      {page.error ? <ApiErrorAlert error={page.error} /> : null}
      <Table<Member>
        rowKey="id"
        size="middle"
        loading={page.loading}
        dataSource={page.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '姓名', dataIndex: 'name', render: (name: string, m) => <Link to={`/members/${m.id}`}>{name}</Link> },
          { title: '性别', dataIndex: 'gender', render: (g: string) => (g === 'male' ? '男' : '女') },
          { title: '出生日期', dataIndex: 'birthDate' },
          { title: '身份证号', dataIndex: 'citizenId', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: '手机号', dataIndex: 'phone' },
          { title: '学历', dataIndex: 'education', render: (v: string | null) => (v ? EDUCATION_LABELS[v as keyof typeof EDUCATION_LABELS] : '') },
          { title: '类别', dataIndex: 'stage', render: (v: string) => <Tag color={v === 'formal' ? 'red' : 'orange'}>{DEVELOPMENT_STAGE_LABELS[v as keyof typeof DEVELOPMENT_STAGE_LABELS]}</Tag> },
          { title: '入党日期', dataIndex: 'joinedOn' },
          { title: '预备期满', dataIndex: 'probationEndsOn' },
        ]}
      />
      <CursorPager page={cursors.length - 1} hasNext={!!page.data?.next} onPrevious={() => setCursors((c) => c.slice(0, -1))} onNext={() => setCursors((c) => [...c, page.data?.next])} />
    </>
  );
}

/** 双找双培: applicants, activists and development targets in columns, each card leading to the person's record. */
function PipelineBoard({ branch }: { branch: OrgUnit }) {
  const page = useLoad(async (a) => body(await a.organization.GET('/api/organization/members', { params: { query: { path: branch.path, category: 'candidate', limit: 200 } } })), [branch.path]);
  const stages = ['applicant', 'activist', 'target'] as const;
  return (
    <>
      {page.error ? <ApiErrorAlert error={page.error} /> : null}
      <div style={{ display: 'flex', gap: 12 }} data-testid="pipeline-board">
        {stages.map((stage) => (
          <Card key={stage} size="small" title={DEVELOPMENT_STAGE_LABELS[stage]} style={{ flex: 1, background: '#fafafa' }}>
            {(page.data?.items ?? []).filter((m) => m.stage === stage).map((m) => (
              <Card key={m.id} size="small" style={{ marginBottom: 8 }}>
                <Link to={`/members/${m.id}`}>{m.name}</Link>
                <div style={{ color: '#888', fontSize: 12 }}>{m.steps[m.steps.length - 1]?.on} 起</div>
              </Card>
            ))}
          </Card>
        ))}
      </div>
    </>
  );
}

interface CreateValues {
  name: string;
  citizenId: string;
  phone?: string;
  education?: string;
  position?: string;
  stage: Member['stage'];
  since: Dayjs;
  joinedOn?: Dayjs;
}

function CreateMemberDialog({ branch, onClose }: { branch: OrgUnit; onClose(changed: boolean): void }) {
  const dialog = useDialogForm<CreateValues>(
    async (api, v) =>
      api.organization.POST('/api/organization/members', {
        body: { orgId: branch.id, name: v.name, citizenId: v.citizenId, phone: v.phone || undefined, education: v.education as never, position: v.position || undefined, stage: v.stage, since: day(v.since)!, joinedOn: day(v.joinedOn) },
      }),
    onClose,
    '已登记 / Entered',
  );
  const stage = Form.useWatch('stage', dialog.form);
  return (
    <Modal open title={`登记党员 — ${branch.label}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="保存">
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} /> : null}
      <Form form={dialog.form} layout="vertical" initialValues={{ stage: 'formal' }}>
        <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}><Input /></Form.Item>
        <Form.Item name="citizenId" label="公民身份号码" rules={[{ required: true, message: '请填写身份证号' }]}><Input maxLength={18} /></Form.Item>
        <Form.Item name="phone" label="手机号码"><Input /></Form.Item>
        <Form.Item name="education" label="学历"><Select allowClear options={options(EDUCATION_LABELS)} /></Form.Item>
        <Form.Item name="position" label="企业职务"><Input /></Form.Item>
        <Form.Item name="stage" label="类别" rules={[{ required: true }]}><Select options={options(DEVELOPMENT_STAGE_LABELS)} /></Form.Item>
        <Form.Item name="since" label={stage === 'formal' ? '转正日期' : stage === 'probationary' ? '支部大会通过日期' : '进入本阶段日期'} rules={[{ required: true, message: '请选择日期' }]}><DatePicker /></Form.Item>
        {stage === 'formal' ? <Form.Item name="joinedOn" label="入党日期"><DatePicker /></Form.Item> : null}
      </Form>
    </Modal>
  );
}
