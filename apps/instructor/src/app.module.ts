import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@dangjian/platform';
import { INSTRUCTOR_CONFIG, InstructorConfig } from './config';
import { EnterprisesModule } from './enterprises/enterprises.module';
import { InstructorsModule } from './instructors/instructors.module';
import { VisitsModule } from './visits/visits.module';
import { RequestsModule } from './requests/requests.module';
import { OrganizationClient } from './organization-client';
import { ReviewsModule } from './reviews/reviews.module';
import { LeadersModule } from './leaders/leaders.module';

@Module({})
export class AppModule {
  static register(config: InstructorConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [PlatformModule.forRoot({ service: 'instructor', config }), EnterprisesModule, InstructorsModule, VisitsModule, RequestsModule, ReviewsModule, LeadersModule],
      providers: [{ provide: INSTRUCTOR_CONFIG, useValue: config }, OrganizationClient],
      exports: [INSTRUCTOR_CONFIG, OrganizationClient],
    };
  }
}
