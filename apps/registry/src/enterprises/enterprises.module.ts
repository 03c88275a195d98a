import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { enterpriseSchema } from './enterprise.schema';
import { EnterprisesController } from './enterprises.controller';
import { ENTERPRISE_MODEL, EnterprisesRepository } from './enterprises.repository';
import { EnterprisesService } from './enterprises.service';
import { Jurisdictions } from './jurisdictions';
import { PartyOrgAttachmentsConsumer } from './party-org-attachments.consumer';
import { SHADOW_KEY_MODEL, ShadowKeyIndex, shadowKeySchema } from './shadow-key-index';

@Module({
  imports: [MongooseModule.forFeature([{ name: ENTERPRISE_MODEL, schema: enterpriseSchema }, { name: SHADOW_KEY_MODEL, schema: shadowKeySchema }])],
  controllers: [EnterprisesController],
  providers: [EnterprisesRepository, EnterprisesService, Jurisdictions, ShadowKeyIndex, PartyOrgAttachmentsConsumer],
  exports: [EnterprisesRepository, EnterprisesService, Jurisdictions],
})
export class EnterprisesModule {
  constructor(relay: OutboxRelay, repository: EnterprisesRepository) {
    relay.register(repository.model);
  }
}
