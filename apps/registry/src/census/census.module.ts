import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { enterpriseSchema } from '../enterprises/enterprise.schema';
import { ENTERPRISE_MODEL } from '../enterprises/enterprises.repository';
import { Jurisdictions } from '../enterprises/jurisdictions';
import { CensusController } from './census.controller';
import { campaignSchema, censusRecordSchema } from './census.schema';
import { CAMPAIGN_MODEL, CENSUS_RECORD_MODEL, CensusService } from './census.service';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: CAMPAIGN_MODEL, schema: campaignSchema },
      { name: CENSUS_RECORD_MODEL, schema: censusRecordSchema },
      { name: ENTERPRISE_MODEL, schema: enterpriseSchema },
    ]),
  ],
  controllers: [CensusController],
  providers: [CensusService, Jurisdictions],
})
export class CensusModule {
  constructor(relay: OutboxRelay, census: CensusService) {
    relay.register(census.records);
  }
}
