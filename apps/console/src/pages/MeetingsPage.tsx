import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, Modal, Select, Space, Table, Tabs, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { MEETING_KIND_LABELS } from '@dangjian/domain-organization';
import { body, errorMessage, useApi, useLoad } from '../api/hooks';
import { useSession } from '../auth/auth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { BranchSelect } from '../components/BranchSelect';
import { JurisdictionSelect } from '../components/JurisdictionSelect';
import { useAction, useDialogForm } from '../components/actions';
import { homePath } from '../lib/scope';
import type { ActivityDay, KindStanding, Meeting, OrgUnit, OverdueOrg } from './views';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** 组织生活: a branch's meeting records and standing, the jurisdiction's overdue list, and general branches' activity days. */
export function MeetingsPage() {
  const session = useSession();
  return (
    <Card title="组织生活">
      <Tabs
        items={[
          { key: 'records', label: '会议记录', children: <BranchMeetings /> },
          ...(session.can('meeting') && !session.roles.includes('branch-secretary') ? [{ key: 'overdue', label: '逾期清单', children: <OverdueList /> }] : []),
          ...(session.can('activity-day') ? [{ key: 'activity', label: '固定活动日', children: <ActivityDays /> }] : []),
        ]}
      />
    </Card>
  );
}

function BranchMeetings() {
  const api = useApi();
  const session = useSession();
  const { message } = App.useApp();
  const [branch, setBranch] = useState<OrgUnit>();
  const [recording, setRecording] = useState(false);
  const [version, setVersion] = useState(0);
  const year = dayjs().year();
  const meetings = useLoad(async (a) => (branch ? body(await a.organization.GET('/api/organization/org-units/{id}/meetings', { params: { path: { id: branch.id }, query: { year, limit: 100 } } })) : undefined), [branch?.id, version]);
  const standing = useLoad(async (a) => (branch ? body(await a.organization.GET('/api/organization/org-units/{id}/meeting-compliance', { params: { path: { id: branch.id } } })) : undefined), [branch?.id, version]);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <BranchSelect value={branch?.id} onChange={setBranch} />
        {branch && session.can('meeting', 'create') ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>登记会议</Button> : null}
        {branch ? <Button icon={<DownloadOutlined />} onClick={() => api.download(`/api/organization/org-units/${branch.id}/meetings/export?year=${year}`, `组织生活记录-${branch.label}.xlsx`).catch((e: unknown) => message.error(errorMessage(e)))}>导出</Button> : null}
      </Space>
      {standing.data ? (
        <Space wrap style={{ marginBottom: 12 }} data-testid="compliance">
          {standing.data.kinds.filter((k: KindStanding) => k.perYear > 0).map((k: KindStanding) => (
            <Tag key={k.kind} color={k.overdueSince ? 'red' : 'green'}>{k.kindLabel}：{k.overdueSince ? `逾期（自 ${k.overdueSince}）` : '按时'}{k.lastHeld ? `，最近 ${k.lastHeld}` : ''}</Tag>
          ))}
        </Space>
      ) : null}
      {meetings.error ? <ApiErrorAlert error={meetings.error} /> : null}
      <Table<Meeting>
        rowKey="id"
        size="middle"
        loading={meetings.loading}
        dataSource={meetings.data?.items ?? []}
        pagination={false}
        expandable={{ expandedRowRender: (m) => <div>缺席：{m.attendance.filter((a) => !a.present).map((a) => `${a.name}（${a.reason ?? ''}）`).join('、') || '无'}{m.minutes ? <p>{m.minutes}</p> : null}</div> }}
        columns={[
          { title: '日期', dataIndex: 'heldOn' },
          { title: '类型', dataIndex: 'kindLabel' },
          { title: '主题', dataIndex: 'topic' },
          { title: '到会', dataIndex: 'presentCount' },
          { title: '缺席', dataIndex: 'absentCount' },
          { title: '记录人', dataIndex: 'recordedBy' },
        ]}
      />
      {recording && branch ? <RecordMeetingDialog branch={branch} onClose={(changed) => { setRecording(false); if (changed) setVersion((v) => v + 1); }} /> : null}
    </>
  );
}

interface MeetingValues {
  kind: Meeting['kind'];
  heldOn: Dayjs;
  topic: string;
  place?: string;
  minutes?: string;
  attendance: { memberId: string; present: boolean; reason?: string }[];
}

function RecordMeetingDialog({ branch, onClose }: { branch: OrgUnit; onClose(changed: boolean): void }) {
  const roster = useLoad(async (a) => body(await a.organization.GET('/api/organization/members', { params: { query: { path: branch.path, category: 'member', limit: 200 } } })), [branch.path]);
  const dialog = useDialogForm<MeetingValues>(
    (api, v) =>
      api.organization.POST('/api/organization/org-units/{id}/meetings', {
        params: { path: { id: branch.id } },
        body: {
          kind: v.kind,
          heldOn: v.heldOn.format('YYYY-MM-DD'),
          topic: v.topic,
          place: v.place || undefined,
          minutes: v.minutes || undefined,
          attendance: (v.attendance ?? []).map((a) => ({ memberId: a.memberId, present: a.present, reason: a.present ? undefined : a.reason || undefined })),
        },
      }),
    onClose,
    '已登记 / Recorded',
  );
  const people = roster.data?.items ?? [];
  const initial = people.map((m) => ({ memberId: m.id, present: true }));
  return (
    <Modal open width={720} title={`登记会议 — ${branch.label}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="保存">
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} data-testid="meeting-refusal" /> : null}
      {roster.loading ? null : (
        <Form form={dialog.form} layout="vertical" initialValues={{ kind: 'committee-meeting', heldOn: dayjs(), attendance: initial }}>
          <Space>
            <Form.Item name="kind" label="会议类型" rules={[{ required: true }]}><Select style={{ width: 180 }} options={options(MEETING_KIND_LABELS)} /></Form.Item>
            <Form.Item name="heldOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}><DatePicker /></Form.Item>
          </Space>
          <Form.Item name="topic" label="主题" rules={[{ required: true, message: '请填写主题' }]}><Input /></Form.Item>
          <Form.Item name="place" label="地点"><Input /></Form.Item>
          <Form.Item label="出席情况" required>
            <Form.List name="attendance">
              {(fields) =>
                fields.map((f) => (
                  <Space key={f.key} align="baseline">
                    <Form.Item name={[f.name, 'memberId']} hidden><Input /></Form.Item>
                    <Form.Item name={[f.name, 'present']} valuePropName="checked">
                      <Checkbox>{people[f.name]?.name}</Checkbox>
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {({ getFieldValue }) =>
                        getFieldValue(['attendance', f.name, 'present']) === false ? (
                          <Form.Item name={[f.name, 'reason']}><Input placeholder="缺席原因" /></Form.Item>
                        ) : null
                      }
                    </Form.Item>
                  </Space>
                ))
              }
            </Form.List>
          </Form.Item>
          <Form.Item name="minutes" label="会议记录"><Input.TextArea rows={3} /></Form.Item>
        </Form>
      )}
    </Modal>
  );
}

function OverdueList() {
  const api = useApi();
  const session = useSession();
  const { message } = App.useApp();
  const [path, setPath] = useState(homePath(session.scopes) ?? '');
  const overdue = useLoad(async (a) => (path ? body(await a.organization.GET('/api/organization/meetings/overdue', { params: { query: { path, limit: 500 } } })) : undefined), [path]);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <JurisdictionSelect value={path} onChange={(v) => setPath(v ?? '')} />
        <Button icon={<DownloadOutlined />} onClick={() => api.download(`/api/organization/meetings/overdue/export?path=${encodeURIComponent(path)}`, '组织生活逾期清单.xlsx').catch((e: unknown) => message.error(errorMessage(e)))}>导出</Button>
      </Space>
      {overdue.error ? <ApiErrorAlert error={overdue.error} /> : null}
      <Table<OverdueOrg>
        rowKey="orgId"
        size="middle"
        loading={overdue.loading}
        dataSource={overdue.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '党支部', dataIndex: 'label' },
          { title: '逾期的会议（自何时起）', render: (_, o) => o.overdue.map((k) => <Tag key={k.kind} color="red">{k.kindLabel} 自 {k.overdueSince}，缺 {k.missed.length} 次</Tag>) },
        ]}
      />
    </>
  );
}

function ActivityDays() {
  const session = useSession();
  const [path, setPath] = useState(homePath(session.scopes) ?? '');
  const [month, setMonth] = useState(dayjs());
  const [version, setVersion] = useState(0);
  const act = useAction();
  const list = useLoad(async (a) => (path ? body(await a.organization.GET('/api/organization/activity-days', { params: { query: { path, month: month.format('YYYY-MM') } } })) : undefined), [path, month.format('YYYY-MM'), version]);
  const [scheduling, setScheduling] = useState<ActivityDay>();
  const canCheck = session.can('activity-day', 'update');
  const STATUS: Record<string, [string, string]> = { held: ['已开展', 'green'], 'not-held': ['未开展', 'red'], unchecked: ['未检查', 'orange'], unscheduled: ['未设定', 'default'] };
  const check = (d: ActivityDay, held: boolean) =>
    act((api) => api.organization.POST('/api/organization/org-units/{id}/activity-day/checks', { params: { path: { id: d.orgId } }, body: { month: month.format('YYYY-MM'), held } }), '已记录检查结果', () => setVersion((v) => v + 1));
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <JurisdictionSelect value={path} onChange={(v) => setPath(v ?? '')} />
        <DatePicker picker="month" value={month} onChange={(m) => m && setMonth(m)} allowClear={false} />
      </Space>
      {list.error ? <ApiErrorAlert error={list.error} /> : null}
      <Table<ActivityDay>
        rowKey="orgId"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '党总支', dataIndex: 'label' },
          { title: '每月', dataIndex: 'dayOfMonth', render: (d: number | null) => (d ? `${d} 日` : '—') },
          { title: '地点', dataIndex: 'place' },
          { title: '结果', dataIndex: 'status', render: (s: string) => <Tag color={STATUS[s][1]}>{STATUS[s][0]}</Tag> },
          {
            title: '操作',
            render: (_, d) =>
              canCheck ? (
                <Space>
                  <Button size="small" onClick={() => setScheduling(d)}>设定活动日</Button>
                  {d.dueOn ? <Button size="small" onClick={() => check(d, true)}>已开展</Button> : null}
                  {d.dueOn ? <Button size="small" danger onClick={() => check(d, false)}>未开展</Button> : null}
                </Space>
              ) : null,
          },
        ]}
      />
      {scheduling ? <ScheduleDialog day={scheduling} onClose={(changed) => { setScheduling(undefined); if (changed) setVersion((v) => v + 1); }} /> : null}
    </>
  );
}

function ScheduleDialog({ day, onClose }: { day: ActivityDay; onClose(changed: boolean): void }) {
  const dialog = useDialogForm<{ dayOfMonth: number; place: string }>(
    (api, v) => api.organization.PUT('/api/organization/org-units/{id}/activity-day', { params: { path: { id: day.orgId } }, body: { dayOfMonth: Number(v.dayOfMonth), place: v.place } }),
    onClose,
    '已设定 / Set',
  );
  return (
    <Modal open title={`固定活动日 — ${day.label}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="保存">
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} /> : null}
      <Form form={dialog.form} layout="vertical" initialValues={{ dayOfMonth: day.dayOfMonth ?? 15, place: day.place ?? '' }}>
        <Form.Item name="dayOfMonth" label="每月几号（1–28）"><Input type="number" /></Form.Item>
        <Form.Item name="place" label="地点"><Input /></Form.Item>
      </Form>
    </Modal>
  );
}
