import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CreateEnterpriseDto } from '../enterprises/dtos/enterprise.dto';
import { PROPOSAL_STATUSES, ProposalStatus } from './proposal.schema';

/** The census fields (“七个清”) an enterprise knows best; anything else is refused by validation. */
export const CENSUS_FIELDS = ['employees', 'partyMembers', 'probationaryMembers', 'partyOrgStatus', 'noOrgReason', 'developmentNeeds', 'massOrgs', 'investor'] as const;

export class ProposeDto extends PickType(CreateEnterpriseDto, CENSUS_FIELDS) {}

export class DecideDto {
  @ApiPropertyOptional({ description: '审核意见（退回时必填）/ note, required to reject' })
  @IsOptional()
  @IsString()
  @Length(2, 500, { message: '意见应为 2–500 字 / note must be 2-500 characters' })
  note?: string;
}

export class RejectDto {
  @ApiProperty({ description: '退回原因 / reason', example: '职工人数与社保记录不符 / employees differ from the social-insurance record' })
  @IsString()
  @Length(2, 500, { message: '请填写退回原因（2–500 字）/ give the reason (2-500 characters)' })
  note!: string;
}

export class ListProposalsDto {
  @IsOptional() @IsIn(PROPOSAL_STATUSES) status?: ProposalStatus;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

/** One liaison proposal: the fields proposed, their values when proposed, and the decision. */
export class ProposalViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) enterpriseId!: string;
  uscc!: string;
  enterpriseName!: string;
  orgPath!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) fields!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true }) before!: Record<string, unknown>;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status!: ProposalStatus;
  proposedBy!: string;
  proposedAt!: string;
  decidedBy?: string;
  decidedAt?: string;
  note?: string;
}
