import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { CommonErrorCode, InstructorErrorCode, OrganizationErrorCode, RegistryErrorCode } from '@dangjian/contracts';
import { RequestContext } from '@dangjian/request-context';
import { DomainException, httpStatusOf } from './domain-exception';
import { toErrorBody } from './error.filter';

describe('toErrorBody', () => {
  it('should map a domain exception to its status with its code, message and the request id', () => {
    const result = RequestContext.run({ requestId: 'r-1' }, () =>
      toErrorBody(new DomainException(CommonErrorCode.CONFLICT, '统一社会信用代码已存在 / Credit code already registered', { code: 'x' })),
    );
    expect(result).toEqual({
      status: 409,
      body: { code: 'CONFLICT', message: '统一社会信用代码已存在 / Credit code already registered', details: { code: 'x' }, requestId: 'r-1' },
    });
  });

  it('should give framework HTTP errors a stable code and a bilingual message', () => {
    expect(toErrorBody(new NotFoundException()).body).toMatchObject({ code: 'NOT_FOUND', message: '未找到该资源 / Not found' });
    expect(toErrorBody(new BadRequestException(['name must be a string'])).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { message: ['name must be a string'] },
    });
  });

  it('should answer the framework statuses 405, 413, 414, 415 and 431 with a code and a Chinese message, never echoing the request', () => {
    for (const [status, code] of [[405, 'METHOD_NOT_ALLOWED'], [413, 'PAYLOAD_TOO_LARGE'], [414, 'URI_TOO_LONG'], [415, 'UNSUPPORTED_MEDIA_TYPE'], [431, 'HEADERS_TOO_LARGE']] as const) {
      const { status: answered, body } = toErrorBody(new HttpException('URI Too Long: /api/registry/enterprises/aaaa', status));
      expect([answered, body.code]).toEqual([status, code]);
      expect(body.message).toMatch(/^[^a-z]*[\u4e00-\u9fff]/);
      expect(JSON.stringify(body)).not.toContain('aaaa');
    }
  });

  it('should answer a value the database cannot cast as a 400, naming the field', () => {
    const castError = Object.assign(new Error('Cast to Number failed for value "x"'), { name: 'CastError', path: 'employees' });
    expect(toErrorBody(castError)).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', details: { field: 'employees' } } });
  });

  it('should hide the details of an unexpected error', () => {
    const { status, body } = toErrorBody(new Error('connection string mongodb://secret@host'));
    expect(status).toBe(500);
    expect(body.code).toBe('INTERNAL');
    expect(JSON.stringify(body)).not.toContain('secret');
  });
});

describe('httpStatusOf', () => {
  it('should give every code a 4xx or 5xx status', () => {
    for (const code of [...Object.values(CommonErrorCode), ...Object.values(OrganizationErrorCode), ...Object.values(RegistryErrorCode), ...Object.values(InstructorErrorCode)]) {
      expect(httpStatusOf(code)).toBeGreaterThanOrEqual(400);
    }
  });
});
