import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PoliciesModule } from '../policies/policies.module';
import { BranchEnterprisesController, CloseOrgUnitController, MoveOrgUnitController, PartyOrgRecordsController, RevokeBranchController } from './branch-enterprises.controller';
import { PartyOrgRecords } from './party-org-records.service';
import { ORG_UNIT_MOVE_MODEL, OrgUnitMoves, orgUnitMoveSchema } from './org-unit-moves';
import { OrgUnitClosure } from './org-unit-closure.service';
import { BRANCH_ENTERPRISES_MODEL, BranchEnterprisesRepository, ENTERPRISE_CLAIM_MODEL } from './branch-enterprises.repository';
import { branchEnterprisesSchema, enterpriseClaimSchema } from './branch-enterprises.schema';
import { BranchEnterprisesService } from './branch-enterprises.service';

@Module({
  imports: [
    OrgUnitsModule,
    EnterprisesModule,
    PoliciesModule,
    MongooseModule.forFeature([
      { name: BRANCH_ENTERPRISES_MODEL, schema: branchEnterprisesSchema },
      { name: ENTERPRISE_CLAIM_MODEL, schema: enterpriseClaimSchema },
      { name: ORG_UNIT_MOVE_MODEL, schema: orgUnitMoveSchema },
    ]),
  ],
  controllers: [BranchEnterprisesController, RevokeBranchController, CloseOrgUnitController, MoveOrgUnitController, PartyOrgRecordsController],
  providers: [BranchEnterprisesRepository, BranchEnterprisesService, OrgUnitClosure, OrgUnitMoves, PartyOrgRecords],
  exports: [BranchEnterprisesRepository, BranchEnterprisesService],
})
export class PartyOrgsModule {
  constructor(relay: OutboxRelay, repository: BranchEnterprisesRepository, moves: OrgUnitMoves) {
    relay.register(repository.model);
    relay.register(moves.model);
  }
}
