import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import type { FastifyReply } from 'fastify';
import { Observable, throwError } from 'rxjs';
import { CommonErrorCode, ErrorBody } from '@dangjian/contracts';
import { RequestContext } from '@dangjian/request-context';
import { DomainException, httpStatusOf } from './domain-exception';

const MESSAGES: Record<number, [CommonErrorCode, string]> = {
  400: [CommonErrorCode.VALIDATION_FAILED, '请求内容有误 / The request is invalid'],
  401: [CommonErrorCode.UNAUTHENTICATED, '请先登录 / Please sign in'],
  403: [CommonErrorCode.FORBIDDEN, '无权执行此操作 / You are not allowed to do this'],
  404: [CommonErrorCode.NOT_FOUND, '未找到该资源 / Not found'],
  409: [CommonErrorCode.CONFLICT, '数据冲突，请刷新后重试 / Conflict, reload and retry'],
  503: [CommonErrorCode.DEPENDENCY_UNAVAILABLE, '服务暂时不可用，请稍后再试 / Service temporarily unavailable'],
};

export function toErrorBody(exception: unknown): { status: number; body: ErrorBody } {
  const requestId = RequestContext.requestId();
  if (exception instanceof DomainException) {
    return {
      status: httpStatusOf(exception.code),
      body: { code: exception.code, message: exception.message, details: exception.details, requestId },
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const [code, message] = MESSAGES[status] ?? [status >= 500 ? CommonErrorCode.INTERNAL : CommonErrorCode.VALIDATION_FAILED, exception.message];
    const response = exception.getResponse() as string | { code?: unknown; message?: unknown; details?: unknown };
    if (typeof response === 'object' && typeof response.code === 'string' && typeof response.message === 'string') {
      return { status, body: { code: response.code, message: response.message, details: response.details, requestId } };
    }
    const details = typeof response === 'object' && status < 500 ? response : undefined;
    return { status, body: { code, message, details, requestId } };
  }
  return {
    status: 500,
    body: { code: CommonErrorCode.INTERNAL, message: '系统内部错误，请联系管理员 / Internal error, contact the administrator', requestId },
  };
}

/** One filter for HTTP and NATS: the same codes and messages on both. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void | Observable<never> {
    const { status, body } = toErrorBody(exception);
    if (status >= 500) this.logger.error({ err: exception }, 'request failed');
    if (host.getType() === 'rpc') {
      return throwError(() => (exception instanceof RpcException ? exception.getError() : { ...body, status }));
    }
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply.status(status).send(body);
  }
}
