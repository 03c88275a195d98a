import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Access } from '@dangjian/auth';
import { OrganizationPatterns } from '@dangjian/contracts';
import { PolicySettings, isCalendarDate } from '@dangjian/domain-organization';
import { PoliciesService } from './policies.service';

@Controller()
export class PoliciesHandler {
  constructor(private readonly policies: PoliciesService) {}

  /**
   * Other services apply a jurisdiction's policy (instructor: visit frequency, request time limits). Every role
   * may read policy, and a liaison or an instructor acts on enterprises of a park above their own scope, so the
   * policy in force is answered for any path (the national defaults where no jurisdiction sets its own).
   */
  @MessagePattern(OrganizationPatterns.policyGet)
  @Access('policy', 'read')
  async get(@Payload() query: { path?: unknown; date?: unknown }): Promise<{ orgPath: string; date: string; settings: PolicySettings } | null> {
    if (typeof query?.path !== 'string') return null;
    const date = typeof query.date === 'string' && isCalendarDate(query.date) ? query.date : undefined;
    const policy = await this.policies.inForce(query.path, date);
    return { orgPath: policy.orgPath, date: policy.date, settings: policy.settings };
  }
}
