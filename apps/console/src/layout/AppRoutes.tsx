import { Avatar, Button, Grid, Layout, Menu, Result, Space, Tag, Typography } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import type { ReactElement } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router-dom';
import { useSession } from '../auth/auth';
import { MENU } from './menu';
import { HomePage } from '../pages/HomePage';
import { LedgerPage } from '../pages/LedgerPage';
import { EnterprisePage } from '../pages/EnterprisePage';
import { ImportsPage } from '../pages/ImportsPage';
import { ProposalsPage } from '../pages/ProposalsPage';
import { CensusPage } from '../pages/CensusPage';
import { DataHubPage } from '../pages/DataHubPage';
import { OrgTreePage } from '../pages/OrgTreePage';
import { FormationPage } from '../pages/FormationPage';
import { CoveragePage } from '../pages/CoveragePage';
import { PoliciesPage } from '../pages/PoliciesPage';
import { AuditPage } from '../pages/AuditPage';
import { MembersPage } from '../pages/MembersPage';
import { MemberPage } from '../pages/MemberPage';
import { MeetingsPage } from '../pages/MeetingsPage';
import { DuesPage } from '../pages/DuesPage';
import { TransfersPage } from '../pages/TransfersPage';
import { MyPage } from '../pages/MyPage';
import { InstructorsPage } from '../pages/InstructorsPage';
import { VisitsPage } from '../pages/VisitsPage';
import { RequestsPage } from '../pages/RequestsPage';
import { ReviewsPage } from '../pages/ReviewsPage';
import { LeadersPage } from '../pages/LeadersPage';

const PAGES: Record<string, ReactElement> = {
  '/': <HomePage />,
  '/ledger': <LedgerPage />,
  '/imports': <ImportsPage />,
  '/proposals': <ProposalsPage />,
  '/census': <CensusPage />,
  '/data-hub': <DataHubPage />,
  '/org': <OrgTreePage />,
  '/formation': <FormationPage />,
  '/coverage': <CoveragePage />,
  '/policies': <PoliciesPage />,
  '/audit': <AuditPage />,
  '/members': <MembersPage />,
  '/meetings': <MeetingsPage />,
  '/dues': <DuesPage />,
  '/transfers': <TransfersPage />,
  '/me': <MyPage />,
  '/instructors': <InstructorsPage />,
  '/visits': <VisitsPage />,
  '/requests': <RequestsPage />,
  '/instructor-reviews': <ReviewsPage />,
  '/leaders': <LeadersPage />,
};

const NOT_ALLOWED = <Result status="403" title="无权访问 / Not allowed" subTitle="您的角色不能使用此功能。如需开通，请联系县委组织部。" />;

export function AppRoutes() {
  const session = useSession();
  const location = useLocation();
  const visible = MENU.filter((entry) => !entry.resource || session.can(entry.resource));
  // On a phone (instructors fill in the visit log on site) the header keeps the name and the logout only.
  const wide = Grid.useBreakpoint().md ?? true;
  const selected = visible.filter((e) => (e.path === '/' ? location.pathname === '/' : location.pathname === e.path || location.pathname.startsWith(`${e.path}/`))).map((e) => e.path);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} breakpoint="lg" collapsedWidth={0} theme="light">
        <div style={{ padding: '16px 12px', fontWeight: 600, color: '#c8161d', fontSize: 15 }}>非公企业党建工作平台</div>
        <Menu mode="inline" selectedKeys={selected} items={visible.map((e) => ({ key: e.path, icon: e.icon, label: <Link to={e.path}>{e.label}</Link> }))} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: wide ? '0 24px' : '0 8px 0 48px', display: 'flex', justifyContent: 'flex-end', alignItems: 'center' }}>
          <Space>
            {wide ? <Avatar size="small" icon={<UserOutlined />} /> : null}
            <Typography.Text data-testid="current-user" style={{ whiteSpace: 'nowrap' }}>{session.displayName}</Typography.Text>
            <Tag color="red">{session.roleLabel}</Tag>
            {wide ? session.scopes.map((s) => <Tag key={s}>{s}</Tag>) : null}
            <Button size="small" icon={<LogoutOutlined />} onClick={() => session.logout()}>退出</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: wide ? 16 : 8 }}>
          <Routes>
            {MENU.map((entry) => (
              <Route key={entry.path} path={entry.path} element={!entry.resource || session.can(entry.resource) ? PAGES[entry.path] : NOT_ALLOWED} />
            ))}
            <Route path="/ledger/:id" element={session.can('enterprise') ? <EnterprisePage /> : NOT_ALLOWED} />
            <Route path="/members/:id" element={session.can('member') ? <MemberPage /> : NOT_ALLOWED} />
            <Route path="*" element={<Result status="404" title="页面不存在 / Page not found" />} />
          </Routes>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
