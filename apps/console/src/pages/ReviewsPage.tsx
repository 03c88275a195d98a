import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import dayjs from 'dayjs';
import { REVIEW_PASS_SCORE } from '@dangjian/domain-instructor';
import { body, errorMessage, useApi, useLoad } from '../api/hooks';
import { useSession } from '../auth/auth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { CursorPager } from '../components/CursorPager';
import { JurisdictionSelect } from '../components/JurisdictionSelect';
import { useDialogForm } from '../components/actions';
import { homePath } from '../lib/scope';
import type { ReviewRow } from './views';

const RESULT_COLOURS: Record<string, string> = { excellent: 'gold', pass: 'green', fail: 'red' };

/** 指导员年度考核: proposed scores from the year's work, the park's final score, and the export for home units. */
export function ReviewsPage() {
  const session = useSession();
  const api = useApi();
  const { message } = App.useApp();
  const [path, setPath] = useState(homePath(session.scopes) ?? '');
  const [year, setYear] = useState(dayjs().year());
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [version, setVersion] = useState(0);
  const [finalizing, setFinalizing] = useState<ReviewRow>();
  const cursor = cursors[cursors.length - 1];
  const page = useLoad(async (a) => body(await a.instructor.GET('/api/instructor/reviews', { params: { query: { path, year, cursor, limit: 50 } } })), [path, year, cursor, version]);
  const canFinalize = session.can('instructor-review', 'update');
  return (
    <Card
      title="指导员年度考核"
      extra={
        <Space wrap>
          <JurisdictionSelect value={path} onChange={(v) => v && (setPath(v), setCursors([undefined]))} />
          <Select value={year} style={{ width: 100 }} onChange={(y) => { setYear(y); setCursors([undefined]); }} options={[0, 1, 2].map((n) => ({ value: dayjs().year() - n, label: `${dayjs().year() - n} 年` }))} />
          <Button icon={<DownloadOutlined />} onClick={() => api.download(`/api/instructor/reviews/export?path=${encodeURIComponent(path)}&year=${year}`, `指导员年度考核-${year}.xlsx`).catch((e: unknown) => message.error(errorMessage(e)))}>导出（供派出单位）</Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">建议分：按时走访 40 分、诉求销号 30 分、联系企业新建党组织 10 分、企业评价 20 分；园区评定最终得分，{REVIEW_PASS_SCORE} 分以下为不合格，应召回调整。</Typography.Paragraph>
      {page.error ? <ApiErrorAlert error={page.error} /> : null}
      <Table<ReviewRow>
        rowKey="instructorId"
        size="middle"
        loading={page.loading}
        dataSource={page.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '派出单位', dataIndex: 'homeUnit' },
          { title: '按时走访', render: (_, r) => `${r.facts.visitsDone}/${r.facts.visitsDue}` },
          { title: '诉求销号', render: (_, r) => `${r.facts.requestsClosed}/${r.facts.requests}` },
          { title: '新建组织', render: (_, r) => r.facts.orgsFormed },
          { title: '企业评价', render: (_, r) => r.facts.feedbackMean ?? '—' },
          { title: '建议得分', render: (_, r) => <strong>{r.proposed.total}</strong> },
          { title: '考核结果', render: (_, r) => (r.review ? <Tag color={RESULT_COLOURS[r.review.result]}>{r.review.finalScore} 分 · {r.review.resultLabel.split(' / ')[0]}</Tag> : <Tag>未评定</Tag>) },
          ...(canFinalize ? [{ title: '操作', render: (_: unknown, r: ReviewRow) => (r.review ? null : <Button size="small" onClick={() => setFinalizing(r)}>评定</Button>) }] : []),
        ]}
      />
      <CursorPager page={cursors.length - 1} hasNext={!!page.data?.next} onPrevious={() => setCursors((c) => c.slice(0, -1))} onNext={() => setCursors((c) => [...c, page.data?.next])} />
      {finalizing ? <FinalizeDialog row={finalizing} year={year} onClose={(changed) => { setFinalizing(undefined); if (changed) setVersion((v) => v + 1); }} /> : null}
    </Card>
  );
}

function FinalizeDialog({ row, year, onClose }: { row: ReviewRow; year: number; onClose(changed: boolean): void }) {
  const dialog = useDialogForm<{ finalScore: number; comment?: string }>((api, v) => api.instructor.POST('/api/instructor/reviews', { body: { instructorId: row.instructorId, year, finalScore: v.finalScore, comment: v.comment || undefined } }), onClose, '已评定 / Finalized');
  return (
    <Modal open title={`评定 ${year} 年度考核 — ${row.name}`} onOk={dialog.save} confirmLoading={dialog.saving} onCancel={() => onClose(false)} okText="评定">
      {dialog.banner ? <Alert type="error" message={dialog.banner} style={{ marginBottom: 12 }} /> : null}
      <Typography.Paragraph>建议得分 {row.proposed.total}（走访 {row.proposed.visits}、诉求 {row.proposed.requests}、建组织 {row.proposed.orgsFormed}、评价 {row.proposed.feedback}）。</Typography.Paragraph>
      <Form form={dialog.form} layout="vertical" initialValues={{ finalScore: row.proposed.total }}>
        <Form.Item name="finalScore" label="最终得分" rules={[{ required: true, message: '请填写得分' }]}><InputNumber min={0} max={100} /></Form.Item>
        <Form.Item name="comment" label="评语"><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}
