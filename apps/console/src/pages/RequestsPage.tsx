import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { REQUEST_CATEGORY_LABELS, REQUEST_STATUS_LABELS } from '@dangjian/domain-instructor';
import { body, errorMessage, useApi, useLoad } from '../api/hooks';
import { useSession } from '../auth/auth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { CursorPager } from '../components/CursorPager';
import { JurisdictionSelect } from '../components/JurisdictionSelect';
import { useAction, useDialogForm } from '../components/actions';
import { homePath } from '../lib/scope';
import type { Assignment, EnterpriseRequest } from './views';


const short = (label: string) => label.split(' / ')[0];
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label: short(label) }));
/** The board's colours: on time, due soon, overdue, done. */
export const SLA_COLOURS: Record<string, [string, string]> = { 'on-time': ['green', '按期'], 'due-soon': ['orange', '临期'], overdue: ['red', '超期'], done: ['default', '已办结'] };

/** 企业诉求: the board by status with time-limit colours, the period's figures, raising and moving requests on. */
export function RequestsPage() {
  const session = useSession();
  const api = useApi();
  const { message } = App.useApp();
  const overseer = session.can('enterprise-request', 'update') && !session.roles.includes('instructor');
  const [path, setPath] = useState(homePath(session.scopes) ?? '');
  const [status, setStatus] = useState<EnterpriseRequest['status'] | undefined>();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [version, setVersion] = useState(0);
  const [raising, setRaising] = useState(false);
  const [moving, setMoving] = useState<{ request: EnterpriseRequest; to: 'in-progress' | 'closed' | 'rejected' }>();
  const [rating, setRating] = useState(false);
  const cursor = cursors[cursors.length - 1];
  const page = useLoad(async (a) => body(await a.instructor.GET('/api/instructor/requests', { params: { query: { path, status, cursor, limit: 20 } } })), [path, status, cursor, version]);
  const stats = useLoad(async (a) => (overseer ? body(await a.instructor.GET('/api/instructor/requests/statistics', { params: { query: { path } } })) : undefined), [path, version, overseer]);
  const canMove = session.can('enterprise-request', 'update');
  const done = () => setVersion((v) => v + 1);
  return (
    <Card
      title="企业诉求"
      extra={
        <Space wrap>
          {overseer ? <JurisdictionSelect value={path} onChange={(v) => v && (setPath(v), setCursors([undefined]))} /> : null}
          <Select allowClear placeholder="状态" style={{ width: 120 }} value={status} onChange={(s) => { setStatus(s); setCursors([undefined]); }} options={options(REQUEST_STATUS_LABELS)} />
          {session.can('enterprise-request', 'create') ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setRaising(true)}>受理诉求</Button> : null}
          {session.can('instructor-feedback', 'create') ? <Button onClick={() => setRating(true)}>评价指导员</Button> : null}
          {overseer ? <Button icon={<DownloadOutlined />} onClick={() => api.download(`/api/instructor/requests/export?path=${encodeURIComponent(path)}`, '企业诉求台账.xlsx').catch((e: unknown) => message.error(errorMessage(e)))}>导出</Button> : null}
        </Space>
      }
    >
      {stats.data ? (
        <Row gutter={16} style={{ marginBottom: 16 }} data-testid="request-figures">
          <Col xs={12} md={4}><Statistic title="今年受理" value={stats.data.total.accepted} /></Col>
          <Col xs={12} md={4}><Statistic title="已销号" value={stats.data.total.closed} /></Col>
          <Col xs={12} md={4}><Statistic title="办理中" value={stats.data.total.inProgress} /></Col>
          <Col xs={12} md={4}><Statistic title="不予办理" value={stats.data.total.rejected} /></Col>
          <Col xs={12} md={4}><Statistic title="超期未办结" value={stats.data.total.overdue} valueStyle={{ color: stats.data.total.overdue ? '#cf1322' : undefined }} /></Col>
        </Row>
      ) : null}
      {page.error ? <ApiErrorAlert error={page.error} /> : null}
      <Table<EnterpriseRequest>
        rowKey="id"
        size="middle"
        loading={page.loading}
        dataSource={page.data?.items ?? []}
        pagination={false}
        expandable={{ expandedRowRender: (r) => <div>{r.detail || '—'}{r.resolution ? <p>办理结果：{r.resolution}</p> : null}{r.rejectReason ? <p>不予办理理由：{r.rejectReason}</p> : null}<p>{r.history.map((h) => `${h.at.slice(0, 10)} ${short(REQUEST_STATUS_LABELS[h.status as 'accepted'])}（${h.by}）${h.note ? `：${h.note}` : ''}`).join(' → ')}</p></div> }}
        columns={[
          { title: '受理日期', dataIndex: 'acceptedOn' },
          { title: '企业', dataIndex: 'enterpriseName' },
          { title: '类别', dataIndex: 'categoryLabel', render: short },
          { title: '诉求', dataIndex: 'title' },
          { title: '责任单位', dataIndex: 'department' },
          { title: '状态', dataIndex: 'statusLabel', render: short },
          { title: '时限', dataIndex: 'dueOn', render: (d: string, r) => <Tag color={SLA_COLOURS[r.sla][0]} data-testid={`sla-${r.id}`}>{SLA_COLOURS[r.sla][1]} {r.status === 'closed' || r.status === 'rejected' ? '' : d}{r.escalation ? `（已督办${r.escalation === 2 ? '至县' : '至园区'}）` : ''}</Tag> },
          ...(canMove
            ? [{
                title: '操作',
                render: (_: unknown, r: EnterpriseRequest) =>
                  r.status === 'accepted' || r.status === 'in-progress' ? (
                    <Space>
                      {r.status === 'accepted' ? <Button size="small" onClick={() => setMoving({ request: r, to: 'in-progress' })}>办理</Button> : null}
                      <Button size="small" type="primary" onClick={() => setMoving({ request: r, to: 'closed' })}>销号</Button>
                      <Button size="small" danger onClick={() => setMoving({ request: r, to: 'rejected' })}>不予办理</Button>
                    </Space>
                  ) : null,
              }]
            : []),
        ]}
      />
      <CursorPager page={cursors.length - 1} hasNext={!!page.data?.next} onPrevious={() => setCursors((c) => c.slice(0, -1))} onNext={() => setCursors((c) => [...c, page.data?.next])} />
      {raising ? <RaiseDialog path={path} onClose={(changed) => { setRaising(false); if (changed) done(); }} /> : null}
      {rating ? <RateDialog onClose={() => setRating(false)} /> : null}
      {moving ? <MoveDialog request={moving.request} to={moving.to} onClose={(changed) => { setMoving(undefined); if (changed) done(); }} /> : null}
    </Card>
  );
}

interface RaiseValues {
  enterpriseId: string;
  category: EnterpriseRequest['category'];
  title: string;
  detail?: string;
  department: string;
}

/** The enterprises the user may raise a request for: an instructor's assigned ones, a liaison's own, an admin's in the jurisdiction. */
function useRaisable(path: string) {
  const session = useSession();
  return useLoad(async (a) => {
    if (session.roles.includes('instructor')) {
      const me = body(await a.instructor.GET('/api/instructor/instructors/me'));
      const all = body(await a.instructor.GET('/api/instructor/instructors/{id}/assignments', { params: { path: { id: me.id } } }));
      return all.filter((x: Assignment) => x.inForce).map((x: Assignment) => ({ value: x.enterpriseId, label: x.enterpriseName }));
    }
    const ledger = body(await a.registry.GET('/api/registry/enterprises', { params: { query: session.roles.includes('enterprise-liaison') ? { limit: 50 } : { orgPath: path, limit: 200 } } }));
    return ledger.items.map((e) => ({ value: e.id, label: e.name }));
  }, [path]);
}

function RaiseDialog({ path, onClose }: { path: string; onClose(changed: boolean): void }) {
  const raisable = useRaisable(path);
  const dialog = useDialogForm<RaiseValues>((api, v) => api.instructor.POST('/api/instructor/requests', { body: { ...v, detail: v.detail || undefined } }), onClose, '诉求已受理 / Accepted');
  return (
    <Modal open title="受理企业诉求" onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="受理">
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} /> : null}
      <Form form={dialog.form} layout="vertical" initialValues={{ category: 'financing' }}>
        <Form.Item name="enterpriseId" label="企业" rules={[{ required: true, message: '请选择企业' }]}><Select showSearch optionFilterProp="label" loading={raisable.loading} options={raisable.data ?? []} /></Form.Item>
        <Form.Item name="category" label="类别" rules={[{ required: true }]}><Select options={options(REQUEST_CATEGORY_LABELS)} /></Form.Item>
        <Form.Item name="title" label="诉求" rules={[{ required: true, message: '请填写诉求' }]}><Input /></Form.Item>
        <Form.Item name="detail" label="具体内容"><Input.TextArea rows={3} /></Form.Item>
        <Form.Item name="department" label="责任单位" rules={[{ required: true, message: '请填写责任单位' }]}><Input /></Form.Item>
      </Form>
    </Modal>
  );
}

const MOVES = { 'in-progress': '转入办理', closed: '销号', rejected: '不予办理' } as const;

/** Moves a request on; the service's refusal (no resolution, no reason) shows beside its field. */
function MoveDialog({ request, to, onClose }: { request: EnterpriseRequest; to: 'in-progress' | 'closed' | 'rejected'; onClose(changed: boolean): void }) {
  const dialog = useDialogForm<{ resolution?: string; reason?: string; note?: string }>(
    (api, v) => api.instructor.POST('/api/instructor/requests/{id}/transition', { params: { path: { id: request.id } }, body: { status: to, version: request.version, resolution: v.resolution || undefined, reason: v.reason || undefined, note: v.note || undefined } }),
    onClose,
    `已${MOVES[to]}`,
  );
  return (
    <Modal open title={`${MOVES[to]} — ${request.title}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText={MOVES[to]}>
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} /> : null}
      <Form form={dialog.form} layout="vertical">
        {to === 'closed' ? <Form.Item name="resolution" label="办理结果"><Input.TextArea rows={3} /></Form.Item> : null}
        {to === 'rejected' ? <Form.Item name="reason" label="不予办理理由"><Input.TextArea rows={3} /></Form.Item> : null}
        {to === 'in-progress' ? <Form.Item name="note" label="办理说明"><Input.TextArea rows={2} /></Form.Item> : null}
      </Form>
    </Modal>
  );
}

/** A liaison rates the instructors who served their enterprise this year (the rating counts in the yearly review). */
function RateDialog({ onClose }: { onClose(): void }) {
  const act = useAction();
  const year = new Date().getFullYear();
  const [version, setVersion] = useState(0);
  const [scores, setScores] = useState<Record<string, number | null>>({});
  const list = useLoad(async (a) => body(await a.instructor.GET('/api/instructor/reviews/feedback/instructors', { params: { query: { year } } })), [version]);
  return (
    <Modal open title={`评价本企业的党建指导员（${year} 年）`} footer={null} onCancel={onClose}>
      {list.error ? <ApiErrorAlert error={list.error} /> : null}
      {list.data && list.data.length === 0 ? <Alert type="info" message="今年没有指导员联系本企业" /> : null}
      {(list.data ?? []).map((i) => (
        <Space key={i.instructorId} style={{ display: 'flex', marginBottom: 8 }} data-testid={`rate-${i.name}`}>
          <span style={{ minWidth: 160 }}>{i.name}（{i.enterpriseName}）</span>
          <InputNumber min={0} max={100} placeholder="0–100" value={scores[i.instructorId] ?? i.score} onChange={(v) => setScores((s) => ({ ...s, [i.instructorId]: v }))} />
          <Button
            type="primary"
            size="small"
            disabled={(scores[i.instructorId] ?? i.score) === null || (scores[i.instructorId] ?? i.score) === undefined}
            onClick={() => act((a) => a.instructor.POST('/api/instructor/reviews/feedback', { body: { instructorId: i.instructorId, year, score: Number(scores[i.instructorId] ?? i.score) } }), '已评价', () => setVersion((v) => v + 1))}
          >
            评价
          </Button>
        </Space>
      ))}
    </Modal>
  );
}
