import { BadRequestException, NotFoundException } from '@nestjs/common';
import { CommonErrorCode, OrganizationErrorCode, RegistryErrorCode } from '@dangjian/contracts';
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

  it('should hide the details of an unexpected error', () => {
    const { status, body } = toErrorBody(new Error('connection string mongodb://secret@host'));
    expect(status).toBe(500);
    expect(body.code).toBe('INTERNAL');
    expect(JSON.stringify(body)).not.toContain('secret');
  });
});

describe('httpStatusOf', () => {
  it('should give every code a 4xx or 5xx status', () => {
    for (const code of [...Object.values(CommonErrorCode), ...Object.values(OrganizationErrorCode), ...Object.values(RegistryErrorCode)]) {
      expect(httpStatusOf(code)).toBeGreaterThanOrEqual(400);
    }
  });
});
