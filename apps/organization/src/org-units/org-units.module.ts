import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { DemoSeed } from './demo-seed';
import { KeycloakGroupsSync, RECONCILE_MODEL, reconcileSchema } from './keycloak-groups.sync';
import { KeycloakSyncController } from './keycloak-sync.controller';
import { orgUnitSchema } from './org-unit.schema';
import { OrgUnitsController } from './org-units.controller';
import { OrgUnitsHandler } from './org-units.handler';
import { ORG_UNIT_MODEL, OrgUnitsRepository } from './org-units.repository';
import { OrgUnitsService } from './org-units.service';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ORG_UNIT_MODEL, schema: orgUnitSchema },
      { name: RECONCILE_MODEL, schema: reconcileSchema },
    ]),
  ],
  controllers: [OrgUnitsController, OrgUnitsHandler, KeycloakSyncController],
  providers: [OrgUnitsRepository, OrgUnitsService, KeycloakGroupsSync, DemoSeed],
  exports: [OrgUnitsRepository, OrgUnitsService, KeycloakGroupsSync],
})
export class OrgUnitsModule {
  constructor(relay: OutboxRelay, repository: OrgUnitsRepository, sync: KeycloakGroupsSync) {
    relay.register(repository.model);
    relay.register(sync.reports);
  }
}
