import { ROLES, Role } from './roles';

/**
 * The access matrix as data: for every resource kind, which roles may do which action. The access table in
 * docs/access.md is generated from it (tools/gen-access-table.ts) and the access tests are driven by it,
 * so a new resource adds rows here, not code. Data scope (which org subtree) is checked separately.
 */
export const ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];

const everyone: readonly Role[] = ROLES;

export const ROLE_MATRIX = {
  'system-status': {
    label: '系统状态 / service status',
    read: ['county-admin', 'auditor', 'platform-service'],
  },
  'system-probe': {
    label: '事件链路探针 / pipeline probe',
    read: ['county-admin', 'auditor', 'platform-service'],
    create: ['county-admin'],
  },
  'audit-log': {
    label: '操作审计日志 / audit trail',
    read: ['county-admin', 'auditor'],
  },
  'org-unit': {
    label: '党组织与辖区 / jurisdiction and org unit',
    read: everyone,
    create: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary'],
    update: ['county-admin', 'park-admin', 'township-admin'],
    delete: ['county-admin', 'park-admin', 'township-admin'],
  },
  'keycloak-sync': {
    label: 'Keycloak 组同步 / Keycloak group mirror',
    read: ['county-admin', 'auditor'],
    create: ['county-admin'],
  },
  'org-enterprise': {
    label: '党组织覆盖的企业 / enterprises a branch covers',
    read: everyone,
    create: ['county-admin', 'park-admin', 'township-admin'],
    delete: ['county-admin', 'park-admin', 'township-admin'],
  },
  policy: {
    label: '党建政策设置 / party-building policy per jurisdiction',
    read: everyone,
    create: ['county-admin', 'park-admin', 'township-admin'],
  },
  formation: {
    label: '组建建议 / formation suggestions',
    read: ['county-admin', 'park-admin', 'township-admin', 'auditor'],
    update: ['county-admin', 'park-admin', 'township-admin'],
  },
  coverage: {
    label: '两个覆盖统计 / organization and work coverage',
    read: ['county-admin', 'park-admin', 'township-admin', 'auditor', 'platform-service'],
    update: ['county-admin'],
  },
  enterprise: {
    label: '市场主体台账 / enterprise ledger',
    read: [
      'county-admin',
      'park-admin',
      'township-admin',
      'general-branch-secretary',
      'branch-secretary',
      'instructor',
      'enterprise-liaison',
      'auditor',
      'platform-service',
    ],
    create: ['county-admin', 'park-admin', 'township-admin'],
    update: ['county-admin', 'park-admin', 'township-admin'],
  },
  'enterprise-proposal': {
    label: '企业信息变更申请 / liaison change proposal',
    read: ['county-admin', 'park-admin', 'township-admin', 'enterprise-liaison', 'auditor'],
    create: ['enterprise-liaison'],
    update: ['county-admin', 'park-admin', 'township-admin'],
  },
  'enterprise-import': {
    label: '台账导入 / ledger import',
    read: ['county-admin', 'park-admin', 'township-admin', 'auditor'],
    create: ['county-admin', 'park-admin', 'township-admin'],
  },
  'data-hub': {
    label: '数据共享平台同步 / data-hub sync',
    read: ['county-admin', 'auditor'],
    create: ['county-admin'],
    update: ['county-admin'],
  },
  member: {
    label: '党员花名册与发展 / member roster and development pipeline',
    read: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary', 'branch-secretary', 'auditor', 'platform-service'],
    create: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary', 'branch-secretary'],
    update: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary', 'branch-secretary'],
  },
  'member-identity': {
    label: '完整身份证号和手机号（每次查看留痕）/ full citizen ID and phone, each view audited',
    read: ['county-admin', 'branch-secretary'],
  },
  'member-self': {
    label: '本人党员信息 / one’s own member record',
    read: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary', 'branch-secretary', 'instructor', 'enterprise-liaison', 'member', 'auditor'],
  },
  meeting: {
    label: '组织生活记录（三会一课等）/ meeting records of organizational life',
    read: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary', 'branch-secretary', 'auditor', 'platform-service'],
    create: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary', 'branch-secretary'],
  },
  'activity-day': {
    label: '党总支固定活动日及园区检查 / general branches’ activity days and the park’s check-off',
    read: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary', 'branch-secretary', 'auditor'],
    update: ['county-admin', 'park-admin', 'township-admin'],
  },
  dues: {
    label: '党费“一册一账一票” / party dues: accounts, ledger, receipts',
    read: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary', 'branch-secretary', 'auditor', 'platform-service'],
    create: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary', 'branch-secretary'],
    update: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary', 'branch-secretary'],
  },
  'member-transfer': {
    label: '组织关系转接 / membership transfers',
    read: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary', 'branch-secretary', 'auditor', 'platform-service'],
    create: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary', 'branch-secretary'],
    update: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary', 'branch-secretary'],
  },
  'member-points': {
    label: '党员积分（政策开启时）/ member points, where a policy turns them on',
    read: ['county-admin', 'park-admin', 'township-admin', 'general-branch-secretary', 'branch-secretary', 'auditor', 'platform-service'],
  },
  instructor: {
    label: '党建指导员队伍 / party-building instructors',
    read: ['county-admin', 'park-admin', 'township-admin', 'instructor', 'auditor', 'platform-service'],
    create: ['county-admin', 'park-admin', 'township-admin'],
    update: ['county-admin', 'park-admin', 'township-admin'],
  },
  'instructor-assignment': {
    label: '指导员联系企业（一对一、一对多）/ instructors’ assignments to enterprises',
    read: ['county-admin', 'park-admin', 'township-admin', 'instructor', 'auditor', 'platform-service'],
    create: ['county-admin', 'park-admin', 'township-admin'],
    update: ['county-admin', 'park-admin', 'township-admin'],
  },
  'instructor-visit': {
    label: '指导员每月“345”走访记录 / instructors’ monthly “345” visits',
    read: ['county-admin', 'park-admin', 'township-admin', 'instructor', 'auditor', 'platform-service'],
    create: ['instructor'],
  },
  'enterprise-request': {
    label: '企业诉求（受理、办理、销号）/ enterprise requests',
    read: ['county-admin', 'park-admin', 'township-admin', 'instructor', 'enterprise-liaison', 'auditor', 'platform-service'],
    create: ['county-admin', 'park-admin', 'township-admin', 'instructor', 'enterprise-liaison'],
    update: ['county-admin', 'park-admin', 'township-admin', 'instructor'],
  },
  'instructor-review': {
    label: '指导员年度考核 / instructors’ yearly review',
    read: ['county-admin', 'park-admin', 'township-admin', 'auditor', 'platform-service'],
    update: ['county-admin', 'park-admin', 'township-admin'],
  },
  'instructor-feedback': {
    label: '企业对指导员的评价 / the enterprise’s rating of its instructor',
    create: ['enterprise-liaison'],
  },
  'leader-contact': {
    label: '领导联系点（县领导联系企业、工委委员指导党组织）/ leaders’ contacts',
    read: ['county-admin', 'park-admin', 'township-admin', 'auditor', 'platform-service'],
    create: ['county-admin', 'park-admin', 'township-admin'],
    update: ['county-admin', 'park-admin', 'township-admin'],
  },
  'census-campaign': {
    label: '年度普查 / annual census campaign',
    read: ['county-admin', 'park-admin', 'township-admin', 'instructor', 'auditor', 'platform-service'],
    create: ['county-admin', 'park-admin', 'township-admin'],
  },
  'census-check': {
    label: '普查“五个查”核查 / census verification check',
    read: ['county-admin', 'park-admin', 'township-admin', 'instructor', 'auditor', 'platform-service'],
    create: ['county-admin', 'park-admin', 'township-admin', 'instructor'],
  },
} as const satisfies Record<string, { label: string } & Partial<Record<Action, readonly Role[]>>>;

export type ResourceKind = keyof typeof ROLE_MATRIX;
export const RESOURCE_KINDS = Object.keys(ROLE_MATRIX) as ResourceKind[];

export function rolesAllowed(resource: ResourceKind, action: Action): readonly Role[] {
  const row = ROLE_MATRIX[resource] as Partial<Record<Action, readonly Role[]>>;
  return row[action] ?? [];
}

export function allows(roles: readonly string[], resource: ResourceKind, action: Action): boolean {
  const allowed = rolesAllowed(resource, action);
  return roles.some((role) => (allowed as readonly string[]).includes(role));
}

/** Every (resource, action) pair the matrix defines. */
export function matrixCells(): { resource: ResourceKind; action: Action; roles: readonly Role[] }[] {
  return RESOURCE_KINDS.flatMap((resource) =>
    ACTIONS.filter((action) => action in ROLE_MATRIX[resource]).map((action) => ({ resource, action, roles: rolesAllowed(resource, action) })),
  );
}
