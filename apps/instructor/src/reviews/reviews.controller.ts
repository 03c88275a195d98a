import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access } from '@dangjian/auth';
import { CommonErrorCode, InstructorErrorCode } from '@dangjian/contracts';
import { isoDate } from '@dangjian/domain-organization';
import { ApiErrors, XLSX_TYPE, allPages, listWorkbook, xlsxDownload } from '@dangjian/platform';
import { FeedbackResultDto, FinalizedReviewDto, RateableInstructorDto, ReviewPageDto } from '../api-views.dto';
import { FeedbackDto, FeedbackYearDto, FinalizeReviewDto, ListReviewsDto } from './dtos/review.dto';
import { ReviewsService } from './reviews.service';

@ApiTags('reviews · 指导员年度考核')
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  @ApiOkResponse({ type: ReviewPageDto })
  @Access('instructor-review', 'read')
  @ApiOperation({ summary: '年度考核：按走访、诉求办结、建立组织和企业评价算出的建议分，及园区评定结果 / The year’s proposed scores and final results' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  list(@Query() query: ListReviewsDto) {
    return this.reviews.list(query.path, query.year, query.cursor, query.limit ?? 50);
  }

  @Get('export')
  @Access('instructor-review', 'read')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出年度考核结果（供派出单位）/ Export the results for the home units' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  async export(@Query() query: ListReviewsDto) {
    const items = await allPages((cursor) => this.reviews.list(query.path, query.year, cursor, 200));
    const rows = items.map((r) => [r.name, r.homeUnit, r.sourceLabel.split(' / ')[0], `${r.facts.visitsDone}/${r.facts.visitsDue}`, `${r.facts.requestsClosed}/${r.facts.requests}`, r.facts.orgsFormed, r.facts.feedbackMean ?? '', r.proposed.total, r.review?.finalScore ?? '', r.review?.resultLabel.split(' / ')[0] ?? '未评定', r.review?.comment ?? '']);
    const headers = ['姓名', '派出单位', '来源', '按时走访/应走访', '诉求销号/受理', '新建党组织', '企业评价均分', '建议得分', '最终得分', '考核结果', '评语'];
    return xlsxDownload(await listWorkbook('年度考核', `${query.path} ${query.year} 年度党建指导员考核结果`, headers, rows), `instructor-reviews-${query.year}.xlsx`, `指导员年度考核-${query.year}-${isoDate()}.xlsx`);
  }

  @Post()
  @ApiCreatedResponse({ type: FinalizedReviewDto })
  @Access('instructor-review', 'update')
  @ApiOperation({ summary: '园区评定年度最终得分（不合格者应召回调整）/ The park finalizes the year’s score' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, InstructorErrorCode.REVIEW_REFUSED)
  finalize(@Body() body: FinalizeReviewDto) {
    return this.reviews.finalize(body);
  }

  @Get('feedback/instructors')
  @ApiOkResponse({ type: [RateableInstructorDto] })
  @Access('instructor-feedback', 'create')
  @ApiOperation({ summary: '本企业可评价的指导员（当年联系过本企业）及已给的评分 / The instructors a liaison may rate for a year' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  rateable(@Query() query: FeedbackYearDto) {
    return this.reviews.rateable(query.year);
  }

  @Post('feedback')
  @HttpCode(200)
  @ApiOkResponse({ type: FeedbackResultDto })
  @Access('instructor-feedback', 'create')
  @ApiOperation({ summary: '企业联络员评价本企业的指导员 / A liaison rates their enterprise’s instructor' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  feedback(@Body() body: FeedbackDto) {
    return this.reviews.feedback(body);
  }
}
