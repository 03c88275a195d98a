import { Alert, Result } from 'antd';
import { ApiError, errorMessage } from '../api/errors';

/** What a screen shows when the API refused or failed: the service's Chinese message, never a blank page. */
export function ApiErrorAlert({ error, whole }: { error: unknown; whole?: boolean }) {
  const message = errorMessage(error);
  const status = error instanceof ApiError ? error.status : undefined;
  if (whole && (status === 403 || status === 404)) {
    return <Result status={status === 403 ? '403' : '404'} title={status === 403 ? '无权查看 / Not allowed' : '未找到 / Not found'} subTitle={message} />;
  }
  return <Alert type="error" showIcon title={message} description={error instanceof ApiError ? `错误码 ${error.body.code}` : undefined} style={{ marginBottom: 16 }} />;
}
