import { Injectable } from '@nestjs/common';
import { CommonErrorCode, OrganizationPatterns } from '@dangjian/contracts';
import { NATIONAL_DEFAULTS, PolicySettings } from '@dangjian/domain-organization';
import { ServiceClient } from '@dangjian/messaging';
import { DomainException } from '@dangjian/platform';

/** Jurisdictions and policy are organization's: asked over NATS with the caller's token (or the service's, in jobs). */
@Injectable()
export class OrganizationClient {
  constructor(private readonly client: ServiceClient) {}

  /** A jurisdiction (park, township, county) in the caller's scope, or null. */
  jurisdiction(path: string): Promise<{ path: string; kind: string; label: string } | null> {
    return this.ask(OrganizationPatterns.orgUnitGet, { path });
  }

  /** The policy in force for a path on a date; the national defaults where organization has none in the caller's scope. */
  async policy(path: string, date?: string): Promise<PolicySettings> {
    const answer = await this.ask<{ settings: PolicySettings } | null>(OrganizationPatterns.policyGet, { path, date });
    return answer?.settings ?? NATIONAL_DEFAULTS;
  }

  private async ask<T>(pattern: string, data: unknown): Promise<T> {
    try {
      return await this.client.send<T>(pattern, data);
    } catch (error) {
      const refused = error as { code?: unknown; message?: unknown };
      if (refused?.code === CommonErrorCode.UNAUTHENTICATED || refused?.code === CommonErrorCode.FORBIDDEN) {
        throw new DomainException(refused.code, typeof refused.message === 'string' ? refused.message : '无权执行此操作 / You are not allowed to do this');
      }
      throw new DomainException(CommonErrorCode.DEPENDENCY_UNAVAILABLE, '组织服务暂时不可用，请稍后再试 / The organization service is unavailable, retry later');
    }
  }
}
