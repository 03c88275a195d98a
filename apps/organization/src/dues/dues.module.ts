import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { MembersModule } from '../members/members.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PoliciesModule } from '../policies/policies.module';
import { DuesArrears } from './dues-arrears';
import { BranchDuesController, DuesTotalsController, MemberDuesController } from './dues.controller';
import { DUES_ACCOUNT_MODEL, DUES_BOOK_MODEL, DUES_PAYMENT_MODEL, DUES_RECEIPT_MODEL, DuesRepository } from './dues.repository';
import { duesAccountSchema, duesBookSchema, duesPaymentSchema, duesReceiptSchema } from './dues.schema';
import { DuesService } from './dues.service';

@Module({
  imports: [
    OrgUnitsModule,
    PoliciesModule,
    MembersModule,
    MongooseModule.forFeature([
      { name: DUES_ACCOUNT_MODEL, schema: duesAccountSchema },
      { name: DUES_PAYMENT_MODEL, schema: duesPaymentSchema },
      { name: DUES_RECEIPT_MODEL, schema: duesReceiptSchema },
      { name: DUES_BOOK_MODEL, schema: duesBookSchema },
    ]),
  ],
  controllers: [MemberDuesController, BranchDuesController, DuesTotalsController],
  providers: [DuesRepository, DuesService, DuesArrears],
  exports: [DuesRepository],
})
export class DuesModule {
  constructor(relay: OutboxRelay, repository: DuesRepository) {
    relay.register(repository.accounts);
    relay.register(repository.receipts);
    relay.register(repository.books);
  }
}
