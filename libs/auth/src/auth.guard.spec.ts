import { ExecutionContext, HttpException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { InvalidTokenError, KeysUnavailableError, TokenVerifier } from './token-verifier';

function httpContext(authorization: string): ExecutionContext {
  const handler = () => undefined;
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => ({ headers: { authorization } }) }),
  } as unknown as ExecutionContext;
}

function guardWhoseVerifierThrows(error: Error): AuthGuard {
  const verifier = { verify: async () => Promise.reject(error) } as unknown as TokenVerifier;
  return new AuthGuard(new Reflector(), verifier);
}

async function refusal(guard: AuthGuard): Promise<{ status: number; body: unknown }> {
  try {
    await guard.canActivate(httpContext('Bearer a.b.c'));
  } catch (error) {
    return { status: (error as HttpException).getStatus(), body: (error as HttpException).getResponse() };
  }
  throw new Error('the guard let the request through');
}

describe('AuthGuard', () => {
  it('should answer 503 DEPENDENCY_UNAVAILABLE when the realm keys cannot be fetched, not "invalid token"', async () => {
    const { status, body } = await refusal(guardWhoseVerifierThrows(new KeysUnavailableError('failed to load public key')));
    expect(status).toBe(503);
    expect(body).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', message: expect.stringContaining('统一身份认证服务暂时无法访问') });
  });

  it('should answer 401 UNAUTHENTICATED to a token that fails verification', async () => {
    const { status, body } = await refusal(guardWhoseVerifierThrows(new InvalidTokenError('invalid token (wrong audience)')));
    expect(status).toBe(401);
    expect(body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
