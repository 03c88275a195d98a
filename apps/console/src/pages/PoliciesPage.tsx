import { Alert, Select, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSession } from '../auth/auth';
import { body, useLoad } from '../api/hooks';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { formatDate } from '../components/format';
import { useDialogForm } from '../components/actions';
import { JurisdictionSelect } from '../components/JurisdictionSelect';
import { homePath } from '../lib/scope';
import { REQUEST_CATEGORIES, REQUEST_CATEGORY_LABELS, RequestCategory } from '@dangjian/domain-instructor';
import type { PolicyVersion } from './views';

type Source = { kind: 'default' } | { kind: 'jurisdiction'; orgPath: string; versionId: string; effectiveFrom: string };

function showValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return '未设定';
  if (key === 'coverageTargets') return (value as { by: string; organization: number; work: number }[]).map((t) => `${t.by} 前组织 ${t.organization}%、工作 ${t.work}%`).join('；') || '未设定';
  if (key === 'meetingCadence') {
    const m = value as Record<string, number>;
    return `党员大会 ${m.generalMeetingsPerYear}/年，支委会 ${m.committeeMeetingsPerYear}/年，党小组会 ${m.groupMeetingsPerYear}/年，党课 ${m.partyLecturesPerYear}/年`;
  }
  if (key === 'developmentMinimums') {
    const m = value as Record<string, number>;
    return `积极分子满 ${m.activistMonths} 个月可列为发展对象，预备期 ${m.probationMonths} 个月，最多延长 ${m.maxExtensionMonths} 个月`;
  }
  if (key === 'duesBands') {
    const bands = value as Record<'employed' | 'retired', { upToYuan: number | null; permille: number }[]>;
    const text = (list: { upToYuan: number | null; permille: number }[]) => list.map((b) => `${b.upToYuan === null ? '以上' : `≤${b.upToYuan}元`} ${b.permille / 10}%`).join('，');
    return `在职：${text(bands.employed)}；离退休：${text(bands.retired)}`;
  }
  if (key === 'memberPoints') {
    const p = value as { enabled: boolean; perMeeting: number };
    return p.enabled ? `开启，每次参会 ${p.perMeeting} 分` : '关闭';
  }
  if (key === 'leaderRule') {
    const r = value as { enterprisesPerCountyLeader: number; orgsPerCommitteeMember: number };
    return `县领导各联系 ${r.enterprisesPerCountyLeader} 家企业，工委委员各指导 ${r.orgsPerCommitteeMember} 个党组织`;
  }
  if (key === 'requestSlaDays') {
    const days = value as Record<RequestCategory, number>;
    return REQUEST_CATEGORIES.map((c) => `${REQUEST_CATEGORY_LABELS[c].split(' / ')[0]} ${days[c]} 天`).join('，');
  }
  return String(value);
}
const sourceText = (s: Source) => (s.kind === 'default' ? <Tag>全国默认</Tag> : <Tag color="blue">{s.orgPath}（{s.effectiveFrom} 起）</Tag>);

export function PoliciesPage() {
  const session = useSession();
  const [path, setPath] = useState(homePath(session.scopes) ?? '');
  const [date, setDate] = useState<Dayjs>(dayjs());
  const [editing, setEditing] = useState(false);
  const day = date.format('YYYY-MM-DD');
  const effective = useLoad(async (a) => (path ? body(await a.organization.GET('/api/organization/policies/effective', { params: { query: { path, date: day } } })) : undefined), [path, day]);
  const versions = useLoad(async (a) => (path ? body(await a.organization.GET('/api/organization/policies', { params: { query: { path } } })).versions : []), [path]);
  const e = effective.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title="党建政策设置" extra={
        <Space>
          <JurisdictionSelect value={path} onChange={(v) => v && setPath(v)} />
          <DatePicker value={date} onChange={(d) => d && setDate(d)} allowClear={false} />
          {session.can('policy', 'create') && <Button type="primary" onClick={() => setEditing(true)}>新增版本</Button>}
        </Space>
      }>
        {effective.error ? <ApiErrorAlert error={effective.error} /> : null}
        <Typography.Paragraph type="secondary">{day} 起作用的设置；下级辖区继承上级，可逐项覆盖。每项注明来自哪一级的哪一版本。</Typography.Paragraph>
        {e && (
          <Descriptions bordered size="small" column={1} data-testid="effective-policy">
            {Object.entries(e.settings).map(([key, value]) => (
              <Descriptions.Item key={key} label={(e.labels[key] ?? key).split(' / ')[0]}>
                <Space>{showValue(key, value)}{sourceText(e.sources[key] as Source)}</Space>
              </Descriptions.Item>
            ))}
          </Descriptions>
        )}
      </Card>
      <Card title="本辖区的版本">
        {versions.error ? <ApiErrorAlert error={versions.error} /> : (
          <Table<PolicyVersion> size="small" rowKey="id" loading={versions.loading} dataSource={versions.data ?? []} pagination={false} columns={[
            { title: '生效', dataIndex: 'effectiveFrom', render: formatDate },
            { title: '失效', dataIndex: 'effectiveUntil', render: (v?: string | null) => (v ? formatDate(v) : '至下一版本') },
            { title: '覆盖的设置', dataIndex: 'settings', render: (s: Record<string, unknown>) => Object.entries(s).map(([k, v]) => <div key={k}>{(e?.labels[k] ?? k).split(' / ')[0]}：{showValue(k, v)}</div>) },
            { title: '依据', dataIndex: 'note' },
          ]} />
        )}
      </Card>
      {editing && <VersionDialog path={path} onDone={(changed) => { setEditing(false); if (changed) { effective.reload(); versions.reload(); } }} />}
    </Space>
  );
}

interface VersionValues {
  effectiveFrom: Dayjs;
  note?: string;
  independentBranchMinFormalMembers?: number;
  jointBranchMaxEnterprises?: number;
  employeeRuleThreshold?: number;
  instructorVisitsPerMonth?: number;
  coverageTargets?: { by: Dayjs; organization: number; work: number }[];
  developmentMinimums?: { activistMonths?: number; probationMonths?: number; maxExtensionMonths?: number };
  memberPoints?: { enabled?: boolean; perMeeting?: number };
  requestSlaDays?: Partial<Record<RequestCategory, number>>;
}

const filled = (o?: Record<string, unknown>) => !!o && Object.values(o).some((v) => v !== undefined && v !== null);

/** A new version overrides only the settings filled in; the rest stay inherited. Field errors come back from the service beside their fields. */
function VersionDialog({ path, onDone }: { path: string; onDone(changed: boolean): void }) {
  const { form, banner, saving, save } = useDialogForm<VersionValues>(
    (api, v) => {
      const settings: Record<string, unknown> = {};
      for (const key of ['independentBranchMinFormalMembers', 'jointBranchMaxEnterprises', 'employeeRuleThreshold', 'instructorVisitsPerMonth'] as const) if (v[key] !== undefined && v[key] !== null) settings[key] = v[key];
      if (filled(v.developmentMinimums)) settings.developmentMinimums = v.developmentMinimums;
      if (filled(v.memberPoints)) settings.memberPoints = { perMeeting: 1, ...v.memberPoints };
      if (filled(v.requestSlaDays)) settings.requestSlaDays = v.requestSlaDays;
      if (v.coverageTargets?.length) settings.coverageTargets = v.coverageTargets.map((t) => ({ by: t.by.format('YYYY-MM-DD'), organization: t.organization, work: t.work }));
      return api.organization.POST('/api/organization/policies', { body: { path, effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'), note: v.note || undefined, settings } });
    },
    onDone,
    '已保存新版本',
    // The form holds the settings at its top level; the request nests them under `settings`.
    (field) => field.replace(/^settings\./, ''),
  );
  return (
    <Modal open title={`新增政策版本：${path}`} okText="保存" confirmLoading={saving} onOk={save} onCancel={() => onDone(false)} width={640}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ effectiveFrom: dayjs().add(1, 'day') }}>
        <Space wrap>
          <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true }]}><DatePicker /></Form.Item>
          <Form.Item name="note" label="依据（文件名、文号）"><Input style={{ width: 300 }} /></Form.Item>
        </Space>
        <Typography.Paragraph type="secondary">只填写要覆盖的项，其余继承上级。</Typography.Paragraph>
        <Space wrap>
          <Form.Item name="independentBranchMinFormalMembers" label="单独组建所需正式党员数"><InputNumber /></Form.Item>
          <Form.Item name="jointBranchMaxEnterprises" label="联合党支部最多企业数"><InputNumber /></Form.Item>
          <Form.Item name="employeeRuleThreshold" label="须有党员的职工人数线"><InputNumber /></Form.Item>
          <Form.Item name="instructorVisitsPerMonth" label="指导员每月走访次数"><InputNumber /></Form.Item>
        </Space>
        <Typography.Text strong>发展党员最短期限（月，三项同填）</Typography.Text>
        <Space wrap>
          <Form.Item name={['developmentMinimums', 'activistMonths']} label="积极分子到发展对象"><InputNumber /></Form.Item>
          <Form.Item name={['developmentMinimums', 'probationMonths']} label="预备期"><InputNumber /></Form.Item>
          <Form.Item name={['developmentMinimums', 'maxExtensionMonths']} label="预备期最多延长"><InputNumber /></Form.Item>
        </Space>
        <Typography.Text strong>党员积分</Typography.Text>
        <Space wrap>
          <Form.Item name={['memberPoints', 'enabled']} label="是否开启"><Select allowClear style={{ width: 120 }} options={[{ value: true, label: '开启' }, { value: false, label: '关闭' }]} /></Form.Item>
          <Form.Item name={['memberPoints', 'perMeeting']} label="每次参会积分"><InputNumber /></Form.Item>
        </Space>
        <Typography.Text strong>企业诉求办理时限（天，六类同填）</Typography.Text>
        <Space wrap>
          {REQUEST_CATEGORIES.map((c) => <Form.Item key={c} name={['requestSlaDays', c]} label={REQUEST_CATEGORY_LABELS[c].split(' / ')[0]}><InputNumber style={{ width: 90 }} /></Form.Item>)}
        </Space>
        <Form.List name="coverageTargets">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'by']} label="期限" rules={[{ required: true, message: '请选择期限' }]}><DatePicker /></Form.Item>
                  <Form.Item name={[f.name, 'organization']} label="组织覆盖率 %" rules={[{ required: true, message: '必填' }]}><InputNumber /></Form.Item>
                  <Form.Item name={[f.name, 'work']} label="工作覆盖率 %" rules={[{ required: true, message: '必填' }]}><InputNumber /></Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>添加覆盖率目标</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
