import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@dangjian/platform';
import { ORGANIZATION_CONFIG, OrganizationConfig } from './config';
import { OrgUnitsModule } from './org-units/org-units.module';
import { EnterprisesModule } from './enterprises/enterprises.module';
import { PartyOrgsModule } from './party-orgs/party-orgs.module';
import { PoliciesModule } from './policies/policies.module';
import { CoverageModule } from './coverage/coverage.module';
import { FormationModule } from './formation/formation.module';
import { MembersModule } from './members/members.module';
import { MeetingsModule } from './meetings/meetings.module';
import { DuesModule } from './dues/dues.module';
import { TransfersModule } from './transfers/transfers.module';
import { PointsModule } from './points/points.module';

@Module({})
export class AppModule {
  static register(config: OrganizationConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [PlatformModule.forRoot({ service: 'organization', config }), OrgUnitsModule, PoliciesModule, EnterprisesModule, PartyOrgsModule, CoverageModule, FormationModule, MembersModule, MeetingsModule, DuesModule, TransfersModule, PointsModule],
      providers: [{ provide: ORGANIZATION_CONFIG, useValue: config }],
      exports: [ORGANIZATION_CONFIG],
    };
  }
}
