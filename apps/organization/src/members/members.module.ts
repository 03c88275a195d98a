import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PoliciesModule } from '../policies/policies.module';
import { identityViewSchema, memberClaimSchema, memberSchema } from './member.schema';
import { MembersController, RosterImportController } from './members.controller';
import { IDENTITY_VIEW_MODEL, MEMBER_CLAIM_MODEL, MEMBER_MODEL, MembersRepository } from './members.repository';
import { MembersService } from './members.service';
import { ProbationReminders } from './probation-reminders';

@Module({
  imports: [
    OrgUnitsModule,
    PoliciesModule,
    MongooseModule.forFeature([
      { name: MEMBER_MODEL, schema: memberSchema },
      { name: MEMBER_CLAIM_MODEL, schema: memberClaimSchema },
      { name: IDENTITY_VIEW_MODEL, schema: identityViewSchema },
    ]),
  ],
  controllers: [MembersController, RosterImportController],
  providers: [MembersRepository, MembersService, ProbationReminders],
  exports: [MembersRepository, MembersService],
})
export class MembersModule {
  constructor(relay: OutboxRelay, repository: MembersRepository) {
    relay.register(repository.model);
    relay.register(repository.identityViews, { deleteWhenPublished: true });
  }
}
