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
  405: [CommonErrorCode.METHOD_NOT_ALLOWED, '不支持该请求方法 / Method not allowed'],
  409: [CommonErrorCode.CONFLICT, '数据冲突，请刷新后重试 / Conflict, reload and retry'],
  413: [CommonErrorCode.PAYLOAD_TOO_LARGE, '请求内容过大 / The request body is too large'],
  414: [CommonErrorCode.URI_TOO_LONG, '请求地址过长 / The request URL is too long'],
  415: [CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, '不支持的内容类型，请以 JSON 提交 / Unsupported content type, send JSON'],
  431: [CommonErrorCode.HEADERS_TOO_LARGE, '请求头过大 / The request headers are too large'],
  503: [CommonErrorCode.DEPENDENCY_UNAVAILABLE, '服务暂时不可用，请稍后再试 / Service temporarily unavailable'],
};

const INTERNAL_MESSAGE = '系统内部错误，请联系管理员 / Internal error, contact the administrator';

export function toErrorBody(exception: unknown): { status: number; body: ErrorBody } {
  const requestId = RequestContext.requestId();
  if (exception instanceof DomainException) {
    return {
      status: httpStatusOf(exception.code),
      body: { code: exception.code, message: exception.message, details: exception.details, requestId },
    };
  }
  if (exception instanceof Error && exception.name === 'CastError') {
    // A value the database could not read as its field's type (mongoose CastError): the caller's input, not a fault of ours.
    const path = (exception as Error & { path?: unknown }).path;
    return {
      status: 400,
      body: { code: CommonErrorCode.VALIDATION_FAILED, message: '请求中的某个值类型不正确 / A value in the request has the wrong type', details: { field: typeof path === 'string' ? path : undefined }, requestId },
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const [code, message] = MESSAGES[status] ?? (status >= 500 ? [CommonErrorCode.INTERNAL, INTERNAL_MESSAGE] : [CommonErrorCode.VALIDATION_FAILED, '请求无法处理 / The request cannot be processed']);
    const response = exception.getResponse() as string | { code?: unknown; message?: unknown; details?: unknown };
    if (typeof response === 'object' && typeof response.code === 'string' && typeof response.message === 'string') {
      return { status, body: { code: response.code, message: response.message, details: response.details, requestId } };
    }
    // Fastify's own errors (413, 414, 415) arrive with English text that may echo the request: a string response is never sent.
    const details = typeof response === 'object' && status < 500 ? response : undefined;
    return { status, body: { code, message, details, requestId } };
  }
  return {
    status: 500,
    body: { code: CommonErrorCode.INTERNAL, message: INTERNAL_MESSAGE, requestId },
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
