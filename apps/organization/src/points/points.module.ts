import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { MembersModule } from '../members/members.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PoliciesModule } from '../policies/policies.module';
import { PointsController } from './points.controller';
import { pointsEntrySchema } from './points.schema';
import { POINTS_MODEL, PointsService } from './points.service';

@Module({
  imports: [OrgUnitsModule, PoliciesModule, MembersModule, MongooseModule.forFeature([{ name: POINTS_MODEL, schema: pointsEntrySchema }])],
  controllers: [PointsController],
  providers: [PointsService],
})
export class PointsModule {
  constructor(relay: OutboxRelay, points: PointsService) {
    relay.register(points.model);
  }
}
