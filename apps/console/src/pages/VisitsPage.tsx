import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { CHECKLIST_GROUPS, CHECKLIST_LABELS, REQUEST_CATEGORY_LABELS, type ChecklistItem } from '@dangjian/domain-instructor';
import { body, useLoad } from '../api/hooks';
import { useSession } from '../auth/auth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { CursorPager } from '../components/CursorPager';
import { JurisdictionSelect } from '../components/JurisdictionSelect';
import { useDialogForm } from '../components/actions';
import { homePath } from '../lib/scope';
import type { Assignment, InstructorOverdue, Visit } from './views';

const short = (label: string) => label.split(' / ')[0];

/** 每月走访: an instructor logs the "345" visit on site (the form fits a phone); admins see who owes visits this month. */
export function VisitsPage() {
  const session = useSession();
  const instructorOnly = session.can('instructor-visit', 'create');
  return (
    <Card title="每月“345”走访" styles={{ body: { padding: 12 } }}>
      <Tabs
        items={
          instructorOnly
            ? [
                { key: 'log', label: '登记走访', children: <VisitForm /> },
                { key: 'mine', label: '我的走访记录', children: <MyVisits /> },
              ]
            : [{ key: 'overdue', label: '本月未走访', children: <Overdue /> }]
        }
      />
    </Card>
  );
}

interface VisitValues {
  enterpriseId: string;
  visitedOn: Dayjs;
  firsts?: ChecklistItem[];
  clears?: ChecklistItem[];
  roles?: ChecklistItem[];
  findings?: string;
  followUps?: { text: string }[];
  requests?: { category: string; title: string; department: string }[];
}

/** The instructor's own enterprises in force, for the form's choice. */
function useMyEnterprises() {
  return useLoad(async (a) => {
    const me = body(await a.instructor.GET('/api/instructor/instructors/me'));
    const all = body(await a.instructor.GET('/api/instructor/instructors/{id}/assignments', { params: { path: { id: me.id } } }));
    return all.filter((x: Assignment) => x.inForce);
  }, []);
}

function VisitForm() {
  const mine = useMyEnterprises();
  const [saved, setSaved] = useState<string>();
  const dialog = useDialogForm<VisitValues>(
    (api, v) =>
      api.instructor.POST('/api/instructor/visits', {
        body: {
          enterpriseId: v.enterpriseId,
          visitedOn: v.visitedOn.format('YYYY-MM-DD'),
          checklist: [...(v.firsts ?? []), ...(v.clears ?? []), ...(v.roles ?? [])],
          findings: v.findings || undefined,
          followUps: (v.followUps ?? []).filter((f) => f.text).map((f) => ({ text: f.text })),
          requests: (v.requests ?? []).filter((r) => r.title).map((r) => ({ category: r.category as 'other', title: r.title, department: r.department })),
        },
      }),
    (changed) => {
      if (!changed) return;
      setSaved(`已登记 ${dayjs().format('YYYY-MM-DD HH:mm')}`);
      dialog.form.resetFields();
    },
    '走访已登记 / Visit logged',
    (field) => (field === 'checklist' ? 'firsts' : field),
  );
  if (mine.error) return <ApiErrorAlert error={mine.error} />;
  return (
    <div style={{ maxWidth: 480 }}>
      {saved ? <Alert type="success" message={saved} style={{ marginBottom: 12 }} /> : null}
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} data-testid="visit-refusal" /> : null}
      <Form form={dialog.form} layout="vertical" initialValues={{ visitedOn: dayjs() }} onFinish={() => void dialog.save()}>
        <Form.Item name="enterpriseId" label="走访企业" rules={[{ required: true, message: '请选择企业' }]}>
          <Select loading={mine.loading} options={(mine.data ?? []).map((a: Assignment) => ({ value: a.enterpriseId, label: a.enterpriseName }))} />
        </Form.Item>
        <Form.Item name="visitedOn" label="走访日期" rules={[{ required: true, message: '请选择日期' }]}><DatePicker style={{ width: '100%' }} inputReadOnly /></Form.Item>
        {CHECKLIST_GROUPS.map((g) => (
          <Form.Item key={g.key} name={g.key} label={short(g.label)}>
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={g.items.map((i) => ({ value: i, label: short(CHECKLIST_LABELS[i]) }))} />
          </Form.Item>
        ))}
        <Form.Item name="findings" label="走访发现"><Input.TextArea rows={3} /></Form.Item>
        <Form.List name="followUps">
          {(fields, { add, remove }) => (
            <Form.Item label="跟进事项">
              {fields.map((f) => (
                <Space key={f.key} style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'text']} noStyle><Input placeholder="跟进事项" /></Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '' })}>添加跟进事项</Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.List name="requests">
          {(fields, { add, remove }) => (
            <Form.Item label="受理企业诉求">
              {fields.map((f) => (
                <Card key={f.key} size="small" style={{ marginBottom: 8 }} extra={<MinusCircleOutlined onClick={() => remove(f.name)} />}>
                  <Form.Item name={[f.name, 'category']} label="类别" rules={[{ required: true }]}><Select options={Object.entries(REQUEST_CATEGORY_LABELS).map(([value, label]) => ({ value, label: short(label) }))} /></Form.Item>
                  <Form.Item name={[f.name, 'title']} label="诉求" rules={[{ required: true, message: '请填写诉求' }]}><Input /></Form.Item>
                  <Form.Item name={[f.name, 'department']} label="责任单位" rules={[{ required: true, message: '请填写责任单位' }]}><Input /></Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ category: 'other' })}>添加诉求</Button>
            </Form.Item>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" block loading={dialog.saving}>提交走访记录</Button>
      </Form>
    </div>
  );
}

function MyVisits() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const page = useLoad(async (a) => body(await a.instructor.GET('/api/instructor/visits', { params: { query: { cursor, limit: 20 } } })), [cursor]);
  return (
    <>
      {page.error ? <ApiErrorAlert error={page.error} /> : null}
      <Table<Visit>
        rowKey="id"
        size="small"
        loading={page.loading}
        dataSource={page.data?.items ?? []}
        pagination={false}
        expandable={{ expandedRowRender: (v) => <Typography.Paragraph>{v.findings || '无'}</Typography.Paragraph> }}
        columns={[
          { title: '日期', dataIndex: 'visitedOn' },
          { title: '企业', dataIndex: 'enterpriseName' },
          { title: '清单', dataIndex: 'checklist', render: (c: string[]) => `${c.length}/12` },
        ]}
      />
      <CursorPager page={cursors.length - 1} hasNext={!!page.data?.next} onPrevious={() => setCursors((c) => c.slice(0, -1))} onNext={() => setCursors((c) => [...c, page.data?.next])} />
    </>
  );
}

function Overdue() {
  const session = useSession();
  const [path, setPath] = useState(homePath(session.scopes) ?? '');
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const data = useLoad(async (a) => body(await a.instructor.GET('/api/instructor/visits/overdue', { params: { query: { path, month: month.format('YYYY-MM') } } })), [path, month.format('YYYY-MM')]);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <JurisdictionSelect value={path} onChange={(v) => v && setPath(v)} />
        <DatePicker picker="month" value={month} onChange={(m) => m && setMonth(m)} allowClear={false} />
        {data.data ? <Tag color={data.data.overdue ? 'red' : 'green'} data-testid="overdue-total">联系企业 {data.data.assigned} 家，未按要求走访 {data.data.overdue} 家（每月 {data.data.required} 次）</Tag> : null}
      </Space>
      {data.error ? <ApiErrorAlert error={data.error} /> : null}
      <Table<InstructorOverdue>
        rowKey="instructorId"
        size="middle"
        loading={data.loading}
        dataSource={data.data?.instructors ?? []}
        pagination={false}
        expandable={{ expandedRowRender: (i) => i.enterprises.map((e) => `${e.enterpriseName}（已走访 ${e.visits} 次，差 ${e.missing} 次）`).join('；') || '均已走访' }}
        columns={[
          { title: '指导员', dataIndex: 'instructorName' },
          { title: '联系企业', dataIndex: 'assigned' },
          { title: '未按要求走访', dataIndex: 'overdue', render: (n: number) => <Tag color={n ? 'red' : 'green'}>{n}</Tag> },
        ]}
      />
    </>
  );
}
