import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { DemoSeed } from './demo-seed';
import { KeycloakGroupsSync } from './keycloak-groups.sync';
import { orgUnitSchema } from './org-unit.schema';
import { OrgUnitsController } from './org-units.controller';
import { OrgUnitsHandler } from './org-units.handler';
import { ORG_UNIT_MODEL, OrgUnitsRepository } from './org-units.repository';
import { OrgUnitsService } from './org-units.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: ORG_UNIT_MODEL, schema: orgUnitSchema }])],
  controllers: [OrgUnitsController, OrgUnitsHandler],
  providers: [OrgUnitsRepository, OrgUnitsService, KeycloakGroupsSync, DemoSeed],
  exports: [OrgUnitsRepository, OrgUnitsService],
})
export class OrgUnitsModule {
  constructor(relay: OutboxRelay, repository: OrgUnitsRepository) {
    relay.register(repository.model);
  }
}
