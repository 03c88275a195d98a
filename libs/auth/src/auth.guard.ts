import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { NatsContext } from '@nestjs/microservices';
import { RequestContext } from '@dangjian/request-context';
import { ACCESS_KEY, AccessRequirement, PUBLIC_KEY } from './decorators';
import { Principal } from './principal';
import { allows } from './role-matrix';
import { ROLE_LABELS } from './roles';
import { KeysUnavailableError, TokenVerifier, bearerToken } from './token-verifier';

/** Message handlers run their interceptors after the guard; they pick the principal up from here. */
const rpcPrincipals = new WeakMap<object, Principal>();
export function principalOfRpc(natsContext: object): Principal | undefined {
  return rpcPrincipals.get(natsContext);
}

const unauthenticated = (message: string) => new UnauthorizedException({ code: 'UNAUTHENTICATED', message });
const forbidden = (message: string) => new ForbiddenException({ code: 'FORBIDDEN', message });

/**
 * The one guard of every service, for HTTP and NATS alike: a verified Keycloak token, then the role
 * matrix. Fails closed: an endpoint that declares no @Access rule and is not @Public is refused.
 * Message handlers take the caller's token from the NATS headers, so a call made on a user's
 * behalf carries exactly that user's roles and scopes, and a forged principal has no valid token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const type = context.getType();
    if (type === 'http' && this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    let header: string | undefined;
    let natsContext: NatsContext | undefined;
    if (type === 'http') {
      header = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers.authorization;
    } else if (type === 'rpc') {
      natsContext = context.switchToRpc().getContext<NatsContext>();
      header = natsContext.getHeaders?.()?.get('authorization') || undefined;
    } else {
      throw forbidden('不支持的调用方式 / Unsupported transport');
    }

    const token = bearerToken(header);
    if (!token) throw unauthenticated('缺少登录令牌，请先登录 / Missing bearer token, please sign in');
    let principal: Principal;
    try {
      principal = await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof KeysUnavailableError) {
        throw new ServiceUnavailableException({
          code: 'DEPENDENCY_UNAVAILABLE',
          message: '统一身份认证服务暂时无法访问，无法核验登录令牌，请稍后重试 / The identity service cannot be reached to check your token; retry shortly',
        });
      }
      throw unauthenticated('登录令牌无效或已过期，请重新登录 / Invalid or expired token, please sign in again');
    }
    if (natsContext) rpcPrincipals.set(natsContext, principal);
    else RequestContext.setPrincipal(principal);

    const access = this.reflector.getAllAndOverride<AccessRequirement | undefined>(ACCESS_KEY, targets);
    if (!access) throw forbidden('此接口未声明访问规则 / This endpoint declares no access rule');
    if (!allows(principal.roles, access.resource, access.action)) {
      const held = principal.roles.map((r) => ROLE_LABELS[r]).join('、') || '无角色';
      throw forbidden(`当前角色（${held}）无权执行此操作 / Your role may not ${access.action} ${access.resource}`);
    }
    return true;
  }
}
