import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { enterpriseSchema } from './enterprise.schema';
import { ENTERPRISE_MODEL, EnterprisesRepository } from './enterprises.repository';
import { RegistryEnterprisesConsumer } from './registry-enterprises.consumer';

@Module({
  imports: [MongooseModule.forFeature([{ name: ENTERPRISE_MODEL, schema: enterpriseSchema }])],
  providers: [EnterprisesRepository, RegistryEnterprisesConsumer],
  exports: [EnterprisesRepository],
})
export class EnterprisesModule {}
