import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { proposalSchema } from './proposal.schema';
import { ProposalsController } from './proposals.controller';
import { PROPOSAL_MODEL, ProposalsService } from './proposals.service';

@Module({
  imports: [EnterprisesModule, MongooseModule.forFeature([{ name: PROPOSAL_MODEL, schema: proposalSchema }])],
  controllers: [ProposalsController],
  providers: [ProposalsService],
})
export class ProposalsModule {
  constructor(relay: OutboxRelay, proposals: ProposalsService) {
    relay.register(proposals.proposals);
  }
}
