import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PoliciesModule } from '../policies/policies.module';
import { BranchEnterprisesController, CloseOrgUnitController, RevokeBranchController } from './branch-enterprises.controller';
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
    ]),
  ],
  controllers: [BranchEnterprisesController, RevokeBranchController, CloseOrgUnitController],
  providers: [BranchEnterprisesRepository, BranchEnterprisesService, OrgUnitClosure],
  exports: [BranchEnterprisesRepository, BranchEnterprisesService],
})
export class PartyOrgsModule {
  constructor(relay: OutboxRelay, repository: BranchEnterprisesRepository) {
    relay.register(repository.model);
  }
}
