import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { assignmentSchema, enterpriseClaimSchema, instructorSchema } from './instructor.schema';
import { AssignmentsController, InstructorsController } from './instructors.controller';
import { ASSIGNMENT_MODEL, ENTERPRISE_CLAIM_MODEL, INSTRUCTOR_MODEL, InstructorsRepository } from './instructors.repository';
import { InstructorsService } from './instructors.service';
import { CallerWorkResolver } from './caller-work';

@Module({
  imports: [
    EnterprisesModule,
    MongooseModule.forFeature([
      { name: INSTRUCTOR_MODEL, schema: instructorSchema },
      { name: ASSIGNMENT_MODEL, schema: assignmentSchema },
      { name: ENTERPRISE_CLAIM_MODEL, schema: enterpriseClaimSchema },
    ]),
  ],
  controllers: [InstructorsController, AssignmentsController],
  providers: [InstructorsRepository, InstructorsService, CallerWorkResolver],
  exports: [InstructorsRepository, InstructorsService, CallerWorkResolver],
})
export class InstructorsModule {
  constructor(relay: OutboxRelay, repository: InstructorsRepository) {
    relay.register(repository.model);
    relay.register(repository.assignments);
  }
}
