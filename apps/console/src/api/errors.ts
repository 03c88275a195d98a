/** What every service answers on 4xx/5xx (libs/platform error filter): a stable code and a zh-CN/English message. */
export interface ApiErrorBody {
  code: string;
  message: string;
  details?: unknown;
  requestId?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }

  /** Field problems, from the validation pipe (`[{ field, problems }]`) or a domain error naming one field (`{ field }`). */
  fieldErrors(): { field: string; problems: string[] }[] {
    const details = this.body.details;
    if (Array.isArray(details)) {
      return details.filter((d): d is { field: string; problems: string[] } => typeof d?.field === 'string' && Array.isArray(d.problems));
    }
    if (details && typeof details === 'object' && typeof (details as { field?: unknown }).field === 'string') {
      return [{ field: (details as { field: string }).field, problems: [this.body.message] }];
    }
    return [];
  }
}

const STATUS_MESSAGES: Record<number, string> = {
  401: '登录已失效，请重新登录 / Your session has ended, please log in again',
  403: '您的角色或管辖范围无权查看此内容 / Your role or jurisdiction does not allow this',
  404: '未找到，或不在您的管辖范围内 / Not found, or outside your jurisdiction',
};

/** A Chinese message for any failure, whether the service answered or the network failed. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.body.message || STATUS_MESSAGES[error.status] || `请求失败（${error.status}）`;
  if (error instanceof Error) return `无法连接服务，请稍后重试 / The service cannot be reached (${error.message})`;
  return '发生未知错误 / Unknown error';
}

export async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: ApiErrorBody;
  try {
    body = JSON.parse(text) as ApiErrorBody;
  } catch {
    body = { code: `HTTP_${response.status}`, message: STATUS_MESSAGES[response.status] ?? `请求失败（${response.status}）/ Request failed` };
  }
  if (!body.message) body.message = STATUS_MESSAGES[response.status] ?? `请求失败（${response.status}）`;
  return new ApiError(response.status, body);
}
