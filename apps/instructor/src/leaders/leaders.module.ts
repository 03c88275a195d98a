import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { leaderSchema } from './leader.schema';
import { LeadersController } from './leaders.controller';
import { LEADER_MODEL, LeadersRepository } from './leaders.repository';
import { LeadersService } from './leaders.service';

@Module({
  imports: [EnterprisesModule, MongooseModule.forFeature([{ name: LEADER_MODEL, schema: leaderSchema }])],
  controllers: [LeadersController],
  providers: [LeadersRepository, LeadersService],
})
export class LeadersModule {
  constructor(relay: OutboxRelay, repository: LeadersRepository) {
    relay.register(repository.model);
  }
}
