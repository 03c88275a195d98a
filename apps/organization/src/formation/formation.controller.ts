import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SuggestionListDto, SuggestionViewDto } from '../api-views.dto';
import { Access } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';
import { ApiErrors, UuidParams } from '@dangjian/platform';
import { AcceptSuggestionDto, DismissSuggestionDto, ListSuggestionsDto } from './dtos/formation.dto';
import { FormationService } from './formation.service';

@ApiTags('formation · 组建建议')
@Controller('formation/suggestions')
export class FormationController {
  constructor(private readonly formation: FormationService) {}

  @Get()
  @ApiOkResponse({ type: SuggestionListDto })
  @Access('formation', 'read')
  @ApiOperation({ summary: '辖区内的组建建议（默认待处理），游标分页 / Formation suggestions at or under a jurisdiction, open unless asked otherwise' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  list(@Query() query: ListSuggestionsDto) {
    return this.formation.list(query.path, { status: query.status ?? 'open', kind: query.kind, after: query.cursor, limit: query.limit ?? 50 });
  }

  @Get(':id')
  @ApiOkResponse({ type: SuggestionViewDto })
  @Access('formation', 'read')
  @UuidParams('id')
  @ApiOperation({ summary: '一条组建建议 / One suggestion' })
  @ApiErrors(CommonErrorCode.NOT_FOUND)
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.formation.get(id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Access('formation', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '采纳：一步完成组建、脱联或调整，并发出相应事件 / Accept: the change is made in one step, with its events' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.SUGGESTION_NOT_OPEN, OrganizationErrorCode.ENTERPRISE_IN_ANOTHER_ORG, OrganizationErrorCode.PARTY_ORG_FULL, OrganizationErrorCode.PARTY_ORG_REVOKED)
  accept(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: AcceptSuggestionDto) {
    return this.formation.accept(id, body.note);
  }

  @Post(':id/dismiss')
  @HttpCode(200)
  @Access('formation', 'update')
  @UuidParams('id')
  @ApiOperation({ summary: '不采纳（须填理由）/ Dismiss with a note' })
  @ApiErrors(CommonErrorCode.NOT_FOUND, OrganizationErrorCode.SUGGESTION_NOT_OPEN)
  dismiss(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: DismissSuggestionDto) {
    return this.formation.dismiss(id, body.note);
  }
}
