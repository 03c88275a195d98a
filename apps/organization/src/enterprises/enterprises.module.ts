import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ENTERPRISE_FACTS_MODEL, EnterpriseFactsRepository } from './enterprise-facts.repository';
import { enterpriseFactsSchema } from './enterprise-facts.schema';
import { RegistryEnterprisesConsumer } from './registry-enterprises.consumer';

@Module({
  imports: [MongooseModule.forFeature([{ name: ENTERPRISE_FACTS_MODEL, schema: enterpriseFactsSchema }])],
  providers: [EnterpriseFactsRepository, RegistryEnterprisesConsumer],
  exports: [EnterpriseFactsRepository],
})
export class EnterprisesModule {}
