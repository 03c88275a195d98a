import {
  ApartmentOutlined, AuditOutlined, BarChartOutlined, BulbOutlined, CloudSyncOutlined, DashboardOutlined, FileSearchOutlined,
  FormOutlined, SettingOutlined, TableOutlined, UploadOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Resource } from '../auth/auth';

export interface MenuEntry {
  path: string;
  label: string;
  icon: ReactNode;
  /** The role-matrix resource a user must be allowed to read for the entry (and its route) to appear. */
  resource?: Resource;
}

export const MENU: MenuEntry[] = [
  { path: '/', label: '工作台', icon: <DashboardOutlined /> },
  { path: '/ledger', label: '市场主体台账', icon: <TableOutlined />, resource: 'enterprise' },
  { path: '/imports', label: '台账导入', icon: <UploadOutlined />, resource: 'enterprise-import' },
  { path: '/proposals', label: '变更申请', icon: <FormOutlined />, resource: 'enterprise-proposal' },
  { path: '/census', label: '年度普查', icon: <FileSearchOutlined />, resource: 'census-campaign' },
  { path: '/data-hub', label: '数据共享同步', icon: <CloudSyncOutlined />, resource: 'data-hub' },
  { path: '/org', label: '组织架构', icon: <ApartmentOutlined />, resource: 'org-unit' },
  { path: '/formation', label: '组建建议', icon: <BulbOutlined />, resource: 'formation' },
  { path: '/coverage', label: '两个覆盖与统计', icon: <BarChartOutlined />, resource: 'coverage' },
  { path: '/policies', label: '政策设置', icon: <SettingOutlined />, resource: 'policy' },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, resource: 'audit-log' },
];
