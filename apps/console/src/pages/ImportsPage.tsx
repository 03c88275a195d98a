import { App, Alert, Button, Card, Progress, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useSession } from '../auth/auth';
import { body, errorMessage, useApi, useLoad } from '../api/hooks';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { formatDateTime } from '../components/format';
import type { ImportJob, RowError } from './views';

const STATUS: Record<string, { label: string; color: string }> = {
  queued: { label: '排队中', color: 'default' },
  running: { label: '导入中', color: 'processing' },
  completed: { label: '已完成', color: 'success' },
  failed: { label: '失败', color: 'error' },
};
const finished = (job?: ImportJob) => job?.status === 'completed' || job?.status === 'failed';

export function ImportsPage() {
  const api = useApi();
  const session = useSession();
  const { message } = App.useApp();
  const jobs = useLoad(async (a) => body(await a.registry.GET('/api/registry/enterprises/imports', { params: { query: { limit: 20 } } })), []);
  const [current, setCurrent] = useState<ImportJob>();
  const [uploadError, setUploadError] = useState<unknown>();

  // Progress of the job just uploaded, polled until it ends.
  useEffect(() => {
    if (!current || finished(current)) return;
    const timer = setTimeout(async () => {
      try {
        setCurrent(body(await api.registry.GET('/api/registry/enterprises/imports/{id}', { params: { path: { id: current.id } } })));
      } catch (error) {
        setUploadError(error);
      }
    }, 800);
    return () => clearTimeout(timer);
  }, [api, current]);
  useEffect(() => {
    if (finished(current)) jobs.reload();
  }, [current?.status]);

  const upload = async (file: File) => {
    setUploadError(undefined);
    try {
      setCurrent(await api.upload<ImportJob>(`/api/registry/enterprises/imports?fileName=${encodeURIComponent(file.name)}`, file));
    } catch (error) {
      setUploadError(error);
    }
    return false;
  };
  const template = () => api.download('/api/registry/enterprises/import-template?format=xlsx', '市场主体台账导入模板.xlsx').catch((e: unknown) => message.error(errorMessage(e)));
  const percent = current?.totalRows ? Math.round(((current.processedRows ?? 0) / current.totalRows) * 100) : 0;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title="台账导入" extra={<Button icon={<DownloadOutlined />} onClick={template}>下载导入模板</Button>}>
        <Typography.Paragraph type="secondary">
          按模板填写后上传 xlsx 或 csv 文件。已有的统一社会信用代码更新原记录，新代码登记为新记录；有问题的行不导入，并列出原因。
        </Typography.Paragraph>
        {session.can('enterprise-import', 'create') && (
          <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={upload}>
            <Button type="primary" icon={<UploadOutlined />} data-testid="import-upload">选择文件并导入</Button>
          </Upload>
        )}
        {uploadError ? <div style={{ marginTop: 16 }}><ApiErrorAlert error={uploadError} /></div> : null}
        {current && (
          <div style={{ marginTop: 16 }} data-testid="import-progress">
            <Typography.Text strong>{current.fileName}</Typography.Text> <Tag color={STATUS[current.status]?.color}>{STATUS[current.status]?.label ?? current.status}</Tag>
            <Progress percent={finished(current) ? 100 : percent} status={current.status === 'failed' ? 'exception' : finished(current) ? 'success' : 'active'} />
            {finished(current) && (
              <Alert
                type={current.failed ? 'warning' : 'success'}
                showIcon
                data-testid="import-result"
                title={`共 ${current.totalRows ?? 0} 行：新增 ${current.created ?? 0}，更新 ${current.updated ?? 0}，未变 ${current.unchanged ?? 0}，未导入 ${current.failed ?? 0}`}
              />
            )}
            {finished(current) && (current.failed ?? 0) > 0 && <RowErrors jobId={current.id} />}
          </div>
        )}
      </Card>
      <Card title="导入记录">
        {jobs.error ? <ApiErrorAlert error={jobs.error} /> : (
          <Table<ImportJob> rowKey="id" size="small" loading={jobs.loading} dataSource={jobs.data ?? []} pagination={false} columns={[
            { title: '文件', dataIndex: 'fileName' },
            { title: '状态', dataIndex: 'status', render: (s: string) => <Tag color={STATUS[s]?.color}>{STATUS[s]?.label ?? s}</Tag> },
            { title: '总行数', dataIndex: 'totalRows', align: 'right' },
            { title: '新增', dataIndex: 'created', align: 'right' },
            { title: '更新', dataIndex: 'updated', align: 'right' },
            { title: '未导入', dataIndex: 'failed', align: 'right' },
            { title: '上传时间', dataIndex: 'createdAt', render: formatDateTime },
            { title: '', key: 'errors', render: (_, job) => (job.failed ?? 0) > 0 ? <Button size="small" onClick={() => setCurrent(job)}>查看未导入的行</Button> : null },
          ]} />
        )}
      </Card>
    </Space>
  );
}

function RowErrors({ jobId }: { jobId: string }) {
  const api = useApi();
  const { message } = App.useApp();
  const errors = useLoad(async (a) => body(await a.registry.GET('/api/registry/enterprises/imports/{id}/errors', { params: { path: { id: jobId }, query: { limit: 200 } } })).items, [jobId]);
  const workbook = () => api.download(`/api/registry/enterprises/imports/${jobId}/errors?format=xlsx`, `未导入的行-${jobId}.xlsx`).catch((e: unknown) => message.error(errorMessage(e)));
  return (
    <Card size="small" title="未导入的行" style={{ marginTop: 12 }} extra={<Button size="small" icon={<DownloadOutlined />} onClick={workbook}>下载错误清单（xlsx）</Button>}>
      {errors.error ? <ApiErrorAlert error={errors.error} /> : (
        <Table<RowError> data-testid="import-errors" rowKey={(r) => `${r.line}-${r.column}`} size="small" loading={errors.loading} dataSource={errors.data ?? []} pagination={{ pageSize: 20 }} columns={[
          { title: '行号', dataIndex: 'line', width: 80 },
          { title: '信用代码', dataIndex: 'uscc', width: 200 },
          { title: '列', dataIndex: 'column', width: 140 },
          { title: '原因', dataIndex: 'reason' },
        ]} />
      )}
    </Card>
  );
}
