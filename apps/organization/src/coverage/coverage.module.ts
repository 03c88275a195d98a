import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { EnterpriseChanges } from '../enterprises/enterprise-changes';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PartyOrgsModule } from '../party-orgs/party-orgs.module';
import { PoliciesModule } from '../policies/policies.module';
import { CoverageApplier } from './coverage-applier';
import { CoverageRefresher } from './coverage-refresher';
import { CoverageController } from './coverage.controller';
import { COVERAGE_COUNTER_MODEL, COVERAGE_ENTRY_MODEL, COVERAGE_PENDING_MODEL, COVERAGE_SNAPSHOT_MODEL, COVERAGE_STATE_MODEL, CoverageRepository } from './coverage.repository';
import { coverageCounterSchema, coverageEntrySchema, coveragePendingSchema, coverageSnapshotSchema, coverageStateSchema } from './coverage.schema';
import { CoverageService } from './coverage.service';
import { StatisticsController } from './statistics.controller';
import { StatisticsService } from './statistics.service';

@Module({
  imports: [
    EnterprisesModule,
    OrgUnitsModule,
    PartyOrgsModule,
    PoliciesModule,
    MongooseModule.forFeature([
      { name: COVERAGE_ENTRY_MODEL, schema: coverageEntrySchema },
      { name: COVERAGE_PENDING_MODEL, schema: coveragePendingSchema },
      { name: COVERAGE_COUNTER_MODEL, schema: coverageCounterSchema },
      { name: COVERAGE_SNAPSHOT_MODEL, schema: coverageSnapshotSchema },
      { name: COVERAGE_STATE_MODEL, schema: coverageStateSchema },
    ]),
  ],
  controllers: [CoverageController, StatisticsController],
  providers: [CoverageRepository, CoverageRefresher, CoverageApplier, CoverageService, StatisticsService],
})
export class CoverageModule {
  constructor(relay: OutboxRelay, repository: CoverageRepository, changes: EnterpriseChanges, refresher: CoverageRefresher, applier: CoverageApplier) {
    relay.register(repository.entries);
    relay.register(repository.states);
    changes.listen(async (enterpriseId) => {
      if (await refresher.refresh(enterpriseId)) applier.poke();
    });
  }
}
