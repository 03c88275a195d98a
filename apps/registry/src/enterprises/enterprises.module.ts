import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { enterpriseSchema } from './enterprise.schema';
import { EnterprisesController } from './enterprises.controller';
import { ENTERPRISE_MODEL, EnterprisesRepository } from './enterprises.repository';
import { EnterprisesService } from './enterprises.service';
import { Jurisdictions } from './jurisdictions';

@Module({
  imports: [MongooseModule.forFeature([{ name: ENTERPRISE_MODEL, schema: enterpriseSchema }])],
  controllers: [EnterprisesController],
  providers: [EnterprisesRepository, EnterprisesService, Jurisdictions],
  exports: [EnterprisesRepository, EnterprisesService, Jurisdictions],
})
export class EnterprisesModule {
  constructor(relay: OutboxRelay, repository: EnterprisesRepository) {
    relay.register(repository.model);
  }
}
