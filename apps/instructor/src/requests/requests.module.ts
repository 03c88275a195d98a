import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { InstructorsModule } from '../instructors/instructors.module';
import { RequestEscalation } from './request-escalation';
import { requestSchema } from './request.schema';
import { RequestsController } from './requests.controller';
import { REQUEST_MODEL, RequestsRepository } from './requests.repository';
import { RequestsService } from './requests.service';

@Module({
  imports: [EnterprisesModule, InstructorsModule, MongooseModule.forFeature([{ name: REQUEST_MODEL, schema: requestSchema }])],
  controllers: [RequestsController],
  providers: [RequestsRepository, RequestsService, RequestEscalation],
  exports: [RequestsService, RequestsRepository],
})
export class RequestsModule {
  constructor(relay: OutboxRelay, repository: RequestsRepository) {
    relay.register(repository.model);
  }
}
