import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter } from 'react-router-dom';
import { Session, SessionContext, startSession } from './auth/auth';
import { ApiContext } from './api/hooks';
import { createApi } from './api/client';
import { AppRoutes } from './layout/AppRoutes';

dayjs.locale('zh-cn');
const root = createRoot(document.getElementById('root')!);

function render(session: Session) {
  root.render(
    <StrictMode>
      <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#c8161d' } }} button={{ autoInsertSpace: false }}>
        <AntApp>
          <SessionContext.Provider value={session}>
            <ApiContext.Provider value={createApi(() => session.token())}>
              <BrowserRouter>
                <AppRoutes />
              </BrowserRouter>
            </ApiContext.Provider>
          </SessionContext.Provider>
        </AntApp>
      </ConfigProvider>
    </StrictMode>,
  );
}

root.render(<Spin fullscreen tip="正在登录… / Signing in" />);
startSession().then(render, (error: unknown) =>
  root.render(
    <ConfigProvider locale={zhCN}>
      <Result status="error" title="无法登录 / Cannot sign in" subTitle={`统一身份认证服务暂不可用，请稍后刷新重试。(${String(error)})`} />
    </ConfigProvider>,
  ),
);
