import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { InstructorsModule } from '../instructors/instructors.module';
import { RequestsModule } from '../requests/requests.module';
import { VisitsModule } from '../visits/visits.module';
import { feedbackSchema, reviewSchema } from './review.schema';
import { ReviewsController } from './reviews.controller';
import { FEEDBACK_MODEL, REVIEW_MODEL, ReviewsRepository } from './reviews.repository';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [
    EnterprisesModule,
    InstructorsModule,
    VisitsModule,
    RequestsModule,
    MongooseModule.forFeature([
      { name: REVIEW_MODEL, schema: reviewSchema },
      { name: FEEDBACK_MODEL, schema: feedbackSchema },
    ]),
  ],
  controllers: [ReviewsController],
  providers: [ReviewsRepository, ReviewsService],
})
export class ReviewsModule {
  constructor(relay: OutboxRelay, repository: ReviewsRepository) {
    relay.register(repository.model);
  }
}
