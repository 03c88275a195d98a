import { App, Alert, Button, Card, Checkbox, Col, DatePicker, Descriptions, Empty, Form, Input, Modal, Row, Select, Space, Table, Tabs, Tag, Tree, TreeSelect, Typography } from 'antd';
import type { DataNode, EventDataNode } from 'antd/es/tree';
import dayjs, { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/auth';
import { Api } from '../api/client';
import { body, errorMessage, useApi, useLoad } from '../api/hooks';
import { allOrgUnits } from '../api/org-units';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { formatDate, formatDateTime } from '../components/format';
import { useAction, useDialogForm } from '../components/actions';
import { FORM_LABELS, ORG_STATUS_LABELS } from './labels';
import type { Enterprise, OrgUnit } from './views';

const PARTY_ORG_KINDS = ['party-committee', 'general-branch', 'branch', 'party-group'];
const KIND_OPTIONS = [
  { value: 'park', label: '园区' }, { value: 'township', label: '乡镇' }, { value: 'party-committee', label: '党委' },
  { value: 'general-branch', label: '党总支' }, { value: 'branch', label: '党支部' }, { value: 'party-group', label: '党小组' },
];

const CHECKLIST_TITLES: Record<string, string> = { 'starter-kit': '党建大礼包', 'activity-room': '活动阵地“六有”' };

const children = (api: Api, parentPath: string) => allOrgUnits(api, { parentPath });

function toNode(unit: OrgUnit): DataNode & { unit: OrgUnit } {
  const closed = unit.status && unit.status !== 'active';
  return {
    key: unit.path,
    unit,
    title: <span data-testid={`tree-${unit.name}`}>{unit.label} <Typography.Text type="secondary" style={{ fontSize: 12 }}>{unit.kindLabel}{unit.form ? `·${FORM_LABELS[unit.form]}` : ''}</Typography.Text>{closed ? <Tag style={{ marginLeft: 4 }}>{ORG_STATUS_LABELS[unit.status!]}</Tag> : null}</span>,
    isLeaf: unit.kind === 'party-group',
  };
}

function replaceChildren(nodes: DataNode[], key: string, kids: DataNode[]): DataNode[] {
  return nodes.map((n) => (n.key === key ? { ...n, children: kids } : n.children ? { ...n, children: replaceChildren(n.children, key, kids) } : n));
}

export function OrgTreePage() {
  const api = useApi();
  const session = useSession();
  const [tree, setTree] = useState<DataNode[]>([]);
  const [selected, setSelected] = useState<OrgUnit>();
  const [error, setError] = useState<unknown>();
  const [version, setVersion] = useState(0);

  const loadRoots = useCallback(async () => {
    try {
      const roots = await Promise.all(session.scopes.map(async (path) => body(await api.organization.GET('/api/organization/org-units/by-path', { params: { query: { path } } }))));
      // Roots open with their children shown; deeper levels load as they are opened.
      const withChildren = await Promise.all(roots.map(async (root) => ({ ...toNode(root), children: (await children(api, root.path)).map(toNode) })));
      setTree(withChildren);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(e);
    }
  }, [api, session.scopes]);
  useEffect(() => void loadRoots(), [loadRoots]);

  const loadData = async (node: EventDataNode<DataNode>) => {
    const kids = await children(api, String(node.key));
    setTree((t) => replaceChildren(t, String(node.key), kids.map(toNode)));
  };
  const refresh = async (unit?: OrgUnit) => {
    await loadRoots();
    if (unit) setSelected(body(await api.organization.GET('/api/organization/org-units/{id}', { params: { path: { id: unit.id } } })));
  };
  return (
    <Row gutter={16}>
      <Col xs={24} lg={9}>
        <Card title="组织架构" extra={<Button size="small" onClick={() => void refresh(selected)}>刷新</Button>}>
          {error ? <ApiErrorAlert error={error} /> : null}
          <Tree
            key={version}
            data-testid="org-tree"
            treeData={tree}
            loadData={loadData}
            defaultExpandedKeys={tree.map((n) => n.key)}
            selectedKeys={selected ? [selected.path] : []}
            onSelect={(_, info) => setSelected((info.node as unknown as { unit: OrgUnit }).unit)}
            showLine
          />
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        {selected ? <UnitPanel key={selected.id} unit={selected} onChanged={refresh} /> : <Card><Empty description="在左侧选择一个辖区或党组织" /></Card>}
      </Col>
    </Row>
  );
}

function UnitPanel({ unit, onChanged }: { unit: OrgUnit; onChanged(u?: OrgUnit): Promise<void> }) {
  const session = useSession();
  const [dialog, setDialog] = useState<'create' | 'rename' | 'move' | 'close' | 'revoke'>();
  const isOrg = PARTY_ORG_KINDS.includes(unit.kind);
  const done = (changed: boolean) => {
    setDialog(undefined);
    if (changed) void onChanged(unit);
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={<Space>{unit.label}<Tag>{unit.kindLabel}</Tag>{unit.status && <Tag color={unit.status === 'active' ? 'green' : 'default'}>{ORG_STATUS_LABELS[unit.status]}</Tag>}</Space>}
        extra={
          <Space wrap>
            {session.can('org-unit', 'create') && unit.status !== 'closed' && unit.status !== 'revoked' && <Button size="small" type="primary" onClick={() => setDialog('create')}>新建下级</Button>}
            {session.can('org-unit', 'update') && <Button size="small" onClick={() => setDialog('rename')}>更名</Button>}
            {session.can('org-unit', 'update') && isOrg && <Button size="small" onClick={() => setDialog('move')}>调整隶属</Button>}
            {session.can('org-unit', 'update') && unit.kind === 'branch' && unit.status === 'active' && <Button size="small" danger onClick={() => setDialog('revoke')}>撤销</Button>}
            {session.can('org-unit', 'delete') && unit.parentPath && unit.status !== 'closed' && <Button size="small" danger onClick={() => setDialog('close')}>关闭</Button>}
          </Space>
        }>
        <Descriptions size="small" column={2}>
          <Descriptions.Item label="路径">{unit.path}</Descriptions.Item>
          {unit.form && <Descriptions.Item label="组建方式">{FORM_LABELS[unit.form]}</Descriptions.Item>}
          {unit.foundedOn && <Descriptions.Item label="成立日期">{formatDate(unit.foundedOn)}</Descriptions.Item>}
          {unit.secretary && <Descriptions.Item label="书记">{unit.secretary}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {isOrg && (
        <Card>
          <Tabs items={[
            { key: 'enterprises', label: '覆盖企业', children: <AttachedEnterprises unit={unit} /> },
            { key: 'records', label: '建设清单与班子', children: <OrgRecords unit={unit} /> },
          ]} />
        </Card>
      )}
      {dialog === 'create' && <CreateDialog parent={unit} onDone={(c) => done(c)} />}
      {dialog === 'rename' && <SimpleDialog title="更名" field="label" label="新名称" initial={unit.label} submit={(api, v) => api.organization.PATCH('/api/organization/org-units/{id}', { params: { path: { id: unit.id } }, body: { label: v.label } })} onDone={(c) => done(c)} />}
      {dialog === 'close' && <SimpleDialog danger title={`关闭 ${unit.label}`} warning="关闭后不可再使用；仍有在用党组织或用户时会被拒绝。" field="reason" label="关闭原因" submit={(api, v) => api.organization.POST('/api/organization/org-units/{id}/close', { params: { path: { id: unit.id } }, body: { reason: v.reason } })} onDone={(c) => done(c)} />}
      {dialog === 'revoke' && <RevokeDialog unit={unit} onDone={(c) => done(c)} />}
      {dialog === 'move' && <MoveDialog unit={unit} onDone={(c) => done(c)} />}
    </Space>
  );
}

function SimpleDialog({ title, field, label, initial, warning, danger, submit, onDone }: { title: string; field: string; label: string; initial?: string; warning?: string; danger?: boolean; submit(api: Api, v: Record<string, string>): Promise<unknown>; onDone(c: boolean): void }) {
  const { form, banner, saving, save } = useDialogForm<Record<string, string>>(submit, onDone, '已完成');
  return (
    <Modal open title={title} okText="确定" okButtonProps={{ danger }} confirmLoading={saving} onOk={save} onCancel={() => onDone(false)}>
      {warning && <Alert type="warning" showIcon title={warning} style={{ marginBottom: 12 }} />}
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ [field]: initial }}>
        <Form.Item name={field} label={label} rules={[{ required: true, message: `请填写${label}` }]}><Input /></Form.Item>
      </Form>
    </Modal>
  );
}

interface CreateValues { kind: string; name: string; label: string; form?: 'independent' | 'joint' | 'hosted'; foundedOn?: Dayjs; secretary?: string }

function CreateDialog({ parent, onDone }: { parent: OrgUnit; onDone(c: boolean): void }) {
  const { form, banner, saving, save } = useDialogForm<CreateValues>(
    (api, v) => api.organization.POST('/api/organization/org-units', {
      body: { parentPath: parent.path, kind: v.kind as 'branch', name: v.name, label: v.label, form: v.form, secretary: v.secretary || undefined, foundedOn: v.foundedOn?.format('YYYY-MM-DD') },
    }),
    onDone,
    '已新建',
  );
  const kind = Form.useWatch('kind', form);
  return (
    <Modal open title={`在 ${parent.label} 下新建`} okText="新建" confirmLoading={saving} onOk={save} onCancel={() => onDone(false)}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ kind: 'branch', foundedOn: dayjs() }}>
        <Form.Item name="kind" label="类型" rules={[{ required: true }]}><Select options={KIND_OPTIONS} /></Form.Item>
        <Form.Item name="label" label="名称" rules={[{ required: true, message: '请填写名称' }]}><Input placeholder="如：某某公司党支部" /></Form.Item>
        <Form.Item name="name" label="路径名（小写字母、数字、连字符）" rules={[{ required: true, message: '请填写路径名' }]}><Input placeholder="如：acme-branch" /></Form.Item>
        {kind === 'branch' && <Form.Item name="form" label="组建方式" rules={[{ required: true, message: '请选择组建方式' }]}><Select options={Object.entries(FORM_LABELS).map(([value, label]) => ({ value, label }))} /></Form.Item>}
        {PARTY_ORG_KINDS.includes(kind) && <Form.Item name="foundedOn" label="成立日期"><DatePicker disabledDate={(d) => d.isAfter(dayjs())} /></Form.Item>}
        {PARTY_ORG_KINDS.includes(kind) && <Form.Item name="secretary" label="书记（统一身份认证用户名）"><Input /></Form.Item>}
      </Form>
    </Modal>
  );
}

function RevokeDialog({ unit, onDone }: { unit: OrgUnit; onDone(c: boolean): void }) {
  const { form, banner, saving, save } = useDialogForm<{ reason: string; on?: Dayjs }>(
    (api, v) => api.organization.POST('/api/organization/org-units/{id}/revoke', { params: { path: { id: unit.id } }, body: { reason: v.reason, on: v.on?.format('YYYY-MM-DD') } }),
    onDone,
    '已撤销',
  );
  return (
    <Modal open title={`撤销 ${unit.label}`} okText="撤销" okButtonProps={{ danger: true }} confirmLoading={saving} onOk={save} onCancel={() => onDone(false)}>
      <Alert type="warning" showIcon title="仍覆盖企业的党支部不能撤销，请先解除覆盖关系。" style={{ marginBottom: 12 }} />
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ on: dayjs() }}>
        <Form.Item name="reason" label="撤销原因" rules={[{ required: true, message: '请填写撤销原因' }]}><Input.TextArea rows={2} /></Form.Item>
        <Form.Item name="on" label="撤销日期"><DatePicker /></Form.Item>
      </Form>
    </Modal>
  );
}

function MoveDialog({ unit, onDone }: { unit: OrgUnit; onDone(c: boolean): void }) {
  const jurisdiction = unit.path.split('/').slice(0, 3).join('/');
  const targets = useLoad(async (api) => {
    const all: OrgUnit[] = [];
    const walk = async (path: string) => {
      for (const u of await children(api, path)) {
        if (u.path === unit.path) continue;
        all.push(u);
        if (u.kind === 'party-committee' || u.kind === 'general-branch') await walk(u.path);
      }
    };
    await walk(jurisdiction);
    return all.filter((u) => ['party-committee', 'general-branch'].includes(u.kind));
  }, [jurisdiction]);
  const { form, banner, saving, save } = useDialogForm<{ parentPath: string }>(
    (api, v) => api.organization.POST('/api/organization/org-units/{id}/move', { params: { path: { id: unit.id } }, body: { parentPath: v.parentPath } }),
    onDone,
    '已调整隶属关系',
  );
  return (
    <Modal open title={`调整 ${unit.label} 的隶属关系`} okText="调整" confirmLoading={saving} onOk={save} onCancel={() => onDone(false)}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="parentPath" label="新的上级（本辖区内）" rules={[{ required: true, message: '请选择新的上级' }]}>
          <TreeSelect loading={targets.loading} treeData={[{ value: jurisdiction, title: '辖区直属' }, ...(targets.data ?? []).map((u) => ({ value: u.path, title: `${u.label}（${u.kindLabel}）` }))]} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AttachedEnterprises({ unit }: { unit: OrgUnit }) {
  const api = useApi();
  const session = useSession();
  const { message } = App.useApp();
  const attached = useLoad(async (a) => body(await a.organization.GET('/api/organization/org-units/{id}/enterprises', { params: { path: { id: unit.id } } })), [unit.id]);
  const [options, setOptions] = useState<Enterprise[]>([]);
  const [choice, setChoice] = useState<string>();
  const [detaching, setDetaching] = useState<string>();
  const [reason, setReason] = useState('');
  const jurisdiction = unit.path.split('/').slice(0, 3).join('/');
  const act = useAction();
  const search = async (q: string) => {
    if (q.trim().length < 2) return;
    try {
      setOptions(body(await api.registry.GET('/api/registry/enterprises', { params: { query: { q, orgPath: jurisdiction, limit: 20 } } })).items);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const attach = () =>
    choice &&
    act((a) => a.organization.POST('/api/organization/org-units/{id}/enterprises', { params: { path: { id: unit.id } }, body: { enterpriseId: choice } }), '已纳入覆盖', () => {
      setChoice(undefined);
      attached.reload();
    });
  const detach = () =>
    detaching &&
    act((a) => a.organization.POST('/api/organization/org-units/{id}/enterprises/{enterpriseId}/detach', { params: { path: { id: unit.id, enterpriseId: detaching } }, body: { reason } }), '已解除覆盖', () => {
      setDetaching(undefined);
      setReason('');
      attached.reload();
    });
  if (attached.error) return <ApiErrorAlert error={attached.error} />;
  const a = attached.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {a?.maxEnterprises ? <Typography.Text type="secondary">按政策最多覆盖 {a.maxEnterprises} 家企业，当前 {a.enterprises.length} 家。</Typography.Text> : null}
      {session.can('org-enterprise', 'create') && unit.kind === 'branch' && unit.status === 'active' && (
        <Space.Compact style={{ width: '100%' }}>
          <Select showSearch filterOption={false} onSearch={search} value={choice} onChange={setChoice} placeholder="输入企业名称或信用代码查找" style={{ width: '100%' }}
            options={options.map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }))} />
          <Button type="primary" disabled={!choice} onClick={attach}>纳入覆盖</Button>
        </Space.Compact>
      )}
      <Table size="small" rowKey="enterpriseId" loading={attached.loading} dataSource={a?.enterprises ?? []} pagination={false} columns={[
        { title: '企业', dataIndex: 'name', render: (n: string, e) => <Link to={`/ledger/${e.enterpriseId}`}>{n}</Link> },
        { title: '信用代码', dataIndex: 'uscc' },
        { title: '纳入日期', dataIndex: 'since', render: formatDate },
        { title: '', key: 'detach', render: (_, e) => session.can('org-enterprise', 'delete') ? <Button size="small" danger onClick={() => setDetaching(e.enterpriseId)}>解除</Button> : null },
      ]} />
      {(a?.history.length ?? 0) > 0 && (
        <Card size="small" title="历史">
          {a?.history.map((h, i) => <div key={i}>{h.name}：{formatDate(h.since)} 纳入，{formatDate(h.until)} 解除（{h.reason}，{h.detachedBy}）</div>)}
        </Card>
      )}
      <Modal open={!!detaching} title="解除覆盖" okText="解除" okButtonProps={{ danger: true, disabled: !reason.trim() }} onOk={detach} onCancel={() => setDetaching(undefined)}>
        <Input.TextArea rows={2} placeholder="原因（必填）" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </Space>
  );
}

function OrgRecords({ unit }: { unit: OrgUnit }) {
  const session = useSession();
  const records = useLoad(async (a) => body(await a.organization.GET('/api/organization/org-units/{id}/records', { params: { path: { id: unit.id } } })), [unit.id]);
  const act = useAction();
  const [electing, setElecting] = useState(false);
  const tick = (list: string, item: string, done: boolean) =>
    act((a) => a.organization.PUT('/api/organization/org-units/{id}/checklists/{list}/{item}', { params: { path: { id: unit.id, list: list as 'starter-kit', item } }, body: { done } }), done ? '已勾选' : '已取消勾选', records.reload);
  if (records.error) return <ApiErrorAlert error={records.error} />;
  const canTick = session.can('org-unit', 'update');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {Object.entries(records.data?.checklists ?? {}).map(([list, items]) => (
        <Card key={list} size="small" title={`${CHECKLIST_TITLES[list] ?? list}（${items.filter((i) => i.done).length}/${items.length}）`}>
          <Space wrap>
            {items.map((i) => (
              <Checkbox key={i.item} checked={i.done} disabled={!canTick} onChange={(e) => void tick(list, i.item, e.target.checked)}>
                {i.label.split(' / ')[0]}{i.done && i.by ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>（{i.by} {formatDateTime(i.at)}）</Typography.Text> : null}
              </Checkbox>
            ))}
          </Space>
        </Card>
      ))}
      <Card size="small" title="支委班子" extra={canTick && <Button size="small" onClick={() => setElecting(true)}>{records.data?.committee ? '换届登记' : '登记班子'}</Button>}>
        {records.data?.committee ? (
          <>
            <Typography.Text type="secondary">{formatDate(records.data.committee.electedOn)} 选举产生</Typography.Text>
            <Table size="small" rowKey="name" pagination={false} dataSource={records.data.committee.members} columns={[
              { title: '姓名', dataIndex: 'name' },
              { title: '职务', dataIndex: 'role', render: (r: string) => COMMITTEE_ROLES[r] ?? r },
              { title: '用户名', dataIndex: 'username' },
            ]} />
          </>
        ) : <Empty description="尚未登记班子" />}
      </Card>
      {electing && <CommitteeDialog unit={unit} onDone={(changed) => { setElecting(false); if (changed) records.reload(); }} />}
    </Space>
  );
}

interface CommitteeValues { electedOn: Dayjs; members: { name: string; role: string; username?: string }[] }

/** Records an election: the date and each member's role; the previous committee is kept in the history. */
function CommitteeDialog({ unit, onDone }: { unit: OrgUnit; onDone(changed: boolean): void }) {
  const { form, banner, saving, save } = useDialogForm<CommitteeValues>(
    (api, v) => api.organization.PUT('/api/organization/org-units/{id}/committee', {
      params: { path: { id: unit.id } },
      body: { electedOn: v.electedOn.format('YYYY-MM-DD'), members: v.members.map((m) => ({ name: m.name, role: m.role as 'secretary', username: m.username || undefined })) },
    }),
    onDone,
    '班子已登记',
  );
  return (
    <Modal open title={`登记 ${unit.label} 的班子`} okText="登记" confirmLoading={saving} onOk={save} onCancel={() => onDone(false)} width={640}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ electedOn: dayjs(), members: [{ role: 'secretary' }] }}>
        <Form.Item name="electedOn" label="选举日期" rules={[{ required: true }]}><DatePicker disabledDate={(d) => d.isAfter(dayjs())} /></Form.Item>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'name']} label="姓名" rules={[{ required: true, message: '请填写姓名' }]}><Input style={{ width: 120 }} /></Form.Item>
                  <Form.Item name={[f.name, 'role']} label="职务" rules={[{ required: true }]}>
                    <Select style={{ width: 120 }} options={Object.entries(COMMITTEE_ROLES).map(([value, label]) => ({ value, label }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'username']} label="用户名（可选）"><Input style={{ width: 140 }} /></Form.Item>
                  <Button size="small" onClick={() => remove(f.name)}>删除</Button>
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ role: 'member' })}>添加成员</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

const COMMITTEE_ROLES: Record<string, string> = {
  secretary: '书记', 'deputy-secretary': '副书记', organization: '组织委员', propaganda: '宣传委员', discipline: '纪检委员', youth: '青年委员', member: '委员',
};
