import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { EnterpriseChanges } from '../enterprises/enterprise-changes';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PartyOrgsModule } from '../party-orgs/party-orgs.module';
import { PoliciesModule } from '../policies/policies.module';
import { FormationAdvisor } from './formation-advisor';
import { FormationController } from './formation.controller';
import { FORMATION_DIRTY_MODEL, FormationRepository, SUGGESTION_MODEL } from './formation.repository';
import { formationDirtySchema, suggestionSchema } from './formation.schema';
import { FormationService } from './formation.service';

@Module({
  imports: [
    EnterprisesModule,
    OrgUnitsModule,
    PartyOrgsModule,
    PoliciesModule,
    MongooseModule.forFeature([
      { name: SUGGESTION_MODEL, schema: suggestionSchema },
      { name: FORMATION_DIRTY_MODEL, schema: formationDirtySchema },
    ]),
  ],
  controllers: [FormationController],
  providers: [FormationRepository, FormationAdvisor, FormationService],
})
export class FormationModule {
  constructor(relay: OutboxRelay, repository: FormationRepository, changes: EnterpriseChanges, advisor: FormationAdvisor) {
    relay.register(repository.model);
    changes.listen((enterpriseId) => advisor.enterpriseChanged(enterpriseId));
  }
}
