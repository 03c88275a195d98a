import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { InstructorsModule } from '../instructors/instructors.module';
import { RequestsModule } from '../requests/requests.module';
import { visitSchema } from './visit.schema';
import { VisitsController } from './visits.controller';
import { VISIT_MODEL, VisitsRepository } from './visits.repository';
import { VisitsService } from './visits.service';

@Module({
  imports: [EnterprisesModule, InstructorsModule, RequestsModule, MongooseModule.forFeature([{ name: VISIT_MODEL, schema: visitSchema }])],
  controllers: [VisitsController],
  providers: [VisitsRepository, VisitsService],
  exports: [VisitsRepository],
})
export class VisitsModule {
  constructor(relay: OutboxRelay, repository: VisitsRepository) {
    relay.register(repository.model);
  }
}
