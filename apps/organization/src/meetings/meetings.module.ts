import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { MembersModule } from '../members/members.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PoliciesModule } from '../policies/policies.module';
import { ActivityDaysService } from './activity-days.service';
import { activityDaySchema, meetingSchema } from './meeting.schema';
import { MeetingsController, OrgMeetingsController } from './meetings.controller';
import { ACTIVITY_DAY_MODEL, MEETING_MODEL, MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [
    OrgUnitsModule,
    PoliciesModule,
    MembersModule,
    MongooseModule.forFeature([
      { name: MEETING_MODEL, schema: meetingSchema },
      { name: ACTIVITY_DAY_MODEL, schema: activityDaySchema },
    ]),
  ],
  controllers: [OrgMeetingsController, MeetingsController],
  providers: [MeetingsRepository, MeetingsService, ActivityDaysService],
  exports: [MeetingsRepository],
})
export class MeetingsModule {
  constructor(relay: OutboxRelay, repository: MeetingsRepository) {
    relay.register(repository.model);
    relay.register(repository.activityDays);
  }
}
