import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { DuesModule } from '../dues/dues.module';
import { MembersModule } from '../members/members.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { transferSchema } from './transfer.schema';
import { TransfersController } from './transfers.controller';
import { TRANSFER_MODEL, TransfersRepository } from './transfers.repository';
import { TransfersService } from './transfers.service';

@Module({
  imports: [OrgUnitsModule, MembersModule, DuesModule, MongooseModule.forFeature([{ name: TRANSFER_MODEL, schema: transferSchema }])],
  controllers: [TransfersController],
  providers: [TransfersRepository, TransfersService],
})
export class TransfersModule {
  constructor(relay: OutboxRelay, repository: TransfersRepository) {
    relay.register(repository.model);
  }
}
