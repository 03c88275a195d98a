import { Controller, NotFoundException } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Access } from '@dangjian/auth';
import { OrganizationPatterns } from '@dangjian/contracts';
import { OrgUnitsService } from './org-units.service';

@Controller()
export class OrgUnitsHandler {
  constructor(private readonly orgUnits: OrgUnitsService) {}

  /**
   * Other services check a jurisdiction path; the caller's own scope applies (out of scope = not found,
   * answered null). Any other failure (the database down) is an error the caller sees as one, never "unknown".
   */
  @MessagePattern(OrganizationPatterns.orgUnitGet)
  @Access('org-unit', 'read')
  async get(@Payload() query: { path?: unknown }) {
    if (typeof query?.path !== 'string') return null;
    try {
      return await this.orgUnits.getByPath(query.path);
    } catch (error) {
      if (error instanceof NotFoundException) return null;
      throw error;
    }
  }
}
