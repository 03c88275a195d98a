import { NotFoundException } from '@nestjs/common';
import { RequestContext } from '@dangjian/request-context';
import { inAnyScope } from './scope';

/**
 * Records outside the caller's scopes answer 404 NOT_FOUND, exactly like records that do not exist,
 * so a park cannot even learn that another park's record exists. Applied in every service.
 */
export function outOfScope(what = '记录 / record'): NotFoundException {
  return new NotFoundException({ code: 'NOT_FOUND', message: `未找到该${what.split(' / ')[0]} / ${what.split(' / ')[1] ?? 'record'} not found` });
}

export function callerScopes(): readonly string[] {
  const principal = RequestContext.principal();
  if (!principal) throw new Error('no principal in the request context: data scope needs an authenticated call');
  return principal.scopes;
}

export function assertInScope(orgPath: string, what?: string): void {
  if (!inAnyScope(orgPath, callerScopes())) throw outOfScope(what);
}

/** Filter for documents that store the ancestors of their org path (see pathAncestors). */
export function scopeFilter(field = 'orgAncestors'): Record<string, { $in: string[] }> {
  return { [field]: { $in: [...callerScopes()] } };
}
