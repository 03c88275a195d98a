import {
  ApartmentOutlined, AuditOutlined, BarChartOutlined, BulbOutlined, CalendarOutlined, CloudSyncOutlined, DashboardOutlined, FileSearchOutlined,
  CarryOutOutlined, CommentOutlined, CrownOutlined, FormOutlined, IdcardOutlined, MoneyCollectOutlined, SettingOutlined, SolutionOutlined, SwapOutlined, TableOutlined,
  TeamOutlined, TrophyOutlined, UploadOutlined,
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
  { path: '/members', label: '党员花名册', icon: <TeamOutlined />, resource: 'member' },
  { path: '/meetings', label: '组织生活', icon: <CalendarOutlined />, resource: 'meeting' },
  { path: '/dues', label: '党费收缴', icon: <MoneyCollectOutlined />, resource: 'dues' },
  { path: '/transfers', label: '组织关系转接', icon: <SwapOutlined />, resource: 'member-transfer' },
  { path: '/me', label: '我的党员信息', icon: <IdcardOutlined />, resource: 'member-self' },
  { path: '/instructors', label: '党建指导员', icon: <SolutionOutlined />, resource: 'instructor' },
  { path: '/visits', label: '每月走访', icon: <CarryOutOutlined />, resource: 'instructor-visit' },
  { path: '/requests', label: '企业诉求', icon: <CommentOutlined />, resource: 'enterprise-request' },
  { path: '/instructor-reviews', label: '指导员考核', icon: <TrophyOutlined />, resource: 'instructor-review' },
  { path: '/leaders', label: '领导联系点', icon: <CrownOutlined />, resource: 'leader-contact' },
  { path: '/formation', label: '组建建议', icon: <BulbOutlined />, resource: 'formation' },
  { path: '/coverage', label: '两个覆盖与统计', icon: <BarChartOutlined />, resource: 'coverage' },
  { path: '/policies', label: '政策设置', icon: <SettingOutlined />, resource: 'policy' },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, resource: 'audit-log' },
];
