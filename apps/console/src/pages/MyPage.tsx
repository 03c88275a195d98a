import { Card, Descriptions, Empty, Space, Table, Tag, Timeline } from 'antd';
import { DEVELOPMENT_STAGE_LABELS } from '@dangjian/domain-organization';
import { body, useLoad } from '../api/hooks';
import { ApiError } from '../api/errors';
import { ApiErrorAlert } from '../components/ApiErrorAlert';

/** 我的党员信息: the user's own record (masked like every answer), development steps and points of the year. */
export function MyPage() {
  const me = useLoad(async (a) => body(await a.organization.GET('/api/organization/members/me')), []);
  const points = useLoad(async (a) => body(await a.organization.GET('/api/organization/members/me/points', { params: { query: {} } })), []);
  if (me.error instanceof ApiError && me.error.status === 404) return <Card title="我的党员信息"><Empty description="您的账号尚未关联党员信息，请联系所在党支部" /></Card>;
  if (me.error) return <ApiErrorAlert error={me.error} />;
  const m = me.data;
  if (!m) return <Card loading />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title="我的党员信息">
        <Descriptions column={2} size="small">
          <Descriptions.Item label="姓名"><span data-testid="my-name">{m.name}</span></Descriptions.Item>
          <Descriptions.Item label="类别"><Tag color="red">{m.stageLabel}</Tag></Descriptions.Item>
          <Descriptions.Item label="身份证号">{m.citizenId}</Descriptions.Item>
          <Descriptions.Item label="所在党组织">{m.orgPath}</Descriptions.Item>
          <Descriptions.Item label="入党日期">{m.joinedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="转正日期">{m.formalOn ?? '—'}</Descriptions.Item>
        </Descriptions>
        <Timeline style={{ marginTop: 16 }} items={m.steps.map((s) => ({ children: `${s.on} ${DEVELOPMENT_STAGE_LABELS[s.stage as keyof typeof DEVELOPMENT_STAGE_LABELS]}` }))} />
      </Card>
      <Card title={`我的积分（${points.data?.year ?? ''} 年）`} extra={points.data ? <Tag color="blue" data-testid="my-points">{points.data.balance} 分</Tag> : null}>
        <Table rowKey="sourceId" size="small" pagination={false} dataSource={points.data?.entries ?? []} locale={{ emptyText: '暂无积分（所在辖区未开启积分，或本年尚无记录）' }} columns={[{ title: '日期', dataIndex: 'on' }, { title: '事由', dataIndex: 'reason' }, { title: '积分', dataIndex: 'points' }]} />
      </Card>
    </Space>
  );
}
