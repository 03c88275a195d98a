import { Injectable } from '@nestjs/common';
import { CommonErrorCode, OrganizationPatterns } from '@dangjian/contracts';
import { ServiceClient } from '@dangjian/messaging';
import { DomainException } from '@dangjian/platform';

export interface Jurisdiction {
  path: string;
  kind: string;
  label: string;
}

/** The jurisdiction tree is organization's: asked over NATS with the caller's token, so its scope applies. */
@Injectable()
export class Jurisdictions {
  constructor(private readonly client: ServiceClient) {}

  async find(path: string): Promise<Jurisdiction | null> {
    try {
      return await this.client.send<Jurisdiction | null>(OrganizationPatterns.orgUnitGet, { path });
    } catch (error) {
      // organization refused the caller's token or role: the caller's problem, said as such (401/403).
      const refused = error as { code?: unknown; message?: unknown };
      if (refused?.code === CommonErrorCode.UNAUTHENTICATED || refused?.code === CommonErrorCode.FORBIDDEN) {
        throw new DomainException(refused.code, typeof refused.message === 'string' ? refused.message : '无权执行此操作 / You are not allowed to do this');
      }
      throw new DomainException(
        CommonErrorCode.DEPENDENCY_UNAVAILABLE,
        '组织服务暂时不可用，请稍后再试 / The organization service is unavailable, retry later',
      );
    }
  }
}
