import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { EnterpriseChanges } from './enterprise-changes';
import { EnterpriseTriggers } from './enterprise-triggers';
import { INSTRUCTOR_ASSIGNMENT_MODEL, InstructorAssignmentsRepository, instructorAssignmentSchema } from './instructor-assignments';
import { ENTERPRISE_BASE_MODEL, ENTERPRISE_FACTS_MODEL, EnterpriseFactsRepository } from './enterprise-facts.repository';
import { enterpriseBaseSchema, enterpriseFactsSchema } from './enterprise-facts.schema';
import { RegistryEnterprisesConsumer } from './registry-enterprises.consumer';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ENTERPRISE_FACTS_MODEL, schema: enterpriseFactsSchema },
      { name: ENTERPRISE_BASE_MODEL, schema: enterpriseBaseSchema },
      { name: INSTRUCTOR_ASSIGNMENT_MODEL, schema: instructorAssignmentSchema },
    ]),
  ],
  providers: [EnterpriseFactsRepository, EnterpriseChanges, RegistryEnterprisesConsumer, InstructorAssignmentsRepository, EnterpriseTriggers],
  exports: [EnterpriseFactsRepository, EnterpriseChanges, InstructorAssignmentsRepository],
})
export class EnterprisesModule {}
