import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PoliciesController } from './policies.controller';
import { PoliciesHandler } from './policies.handler';
import { POLICY_MODEL, PoliciesRepository } from './policies.repository';
import { PoliciesService } from './policies.service';
import { policySchema } from './policy.schema';

@Module({
  imports: [OrgUnitsModule, MongooseModule.forFeature([{ name: POLICY_MODEL, schema: policySchema }])],
  controllers: [PoliciesController, PoliciesHandler],
  providers: [PoliciesRepository, PoliciesService],
  exports: [PoliciesService],
})
export class PoliciesModule {
  constructor(relay: OutboxRelay, repository: PoliciesRepository) {
    relay.register(repository.model);
  }
}
