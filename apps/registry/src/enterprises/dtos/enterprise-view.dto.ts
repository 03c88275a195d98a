import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ENTERPRISE_KINDS, ENTERPRISE_STATUSES, EnterpriseKind, EnterpriseStatus } from '@dangjian/contracts';

// What the ledger answers, documented so that clients (the console's generated types) need not guess. Fields a
// record may lack are optional, and those stored as null are nullable; the service may add fields.

export class CountsSnapshotDto {
  at!: string;
  by!: string;
  employees!: number;
  partyMembers!: number;
  probationaryMembers!: number;
}

export class StatusChangeDto {
  @ApiProperty({ enum: ENTERPRISE_STATUSES, nullable: true, type: String }) from!: EnterpriseStatus | null;
  @ApiProperty({ enum: ENTERPRISE_STATUSES }) to!: EnterpriseStatus;
  effectiveOn!: string;
  reason!: string;
  at!: string;
  by!: string;
}

export class PartyOrgRefDto {
  orgId!: string;
  orgPath!: string;
}

export class EnterpriseViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  /** 版本号（修改时带上）/ version, sent back with an update */
  version!: number;
  uscc!: string;
  name!: string;
  @ApiProperty({ enum: ENTERPRISE_KINDS }) kind!: EnterpriseKind;
  orgPath!: string;
  @ApiPropertyOptional({ type: PartyOrgRefDto, nullable: true }) partyOrg?: PartyOrgRefDto | null;
  @ApiPropertyOptional({ type: String, nullable: true }) grid?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) industryCode?: string | null;
  aboveScale?: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) address?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) legalRep?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) investor?: string | null;
  @ApiProperty({ enum: ENTERPRISE_STATUSES }) status!: EnterpriseStatus;
  employees!: number;
  partyMembers!: number;
  probationaryMembers!: number;
  formalMembers!: number;
  @ApiPropertyOptional({ type: String, nullable: true }) partyOrgStatus?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) noOrgReason?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) developmentNeeds?: string | null;
  @ApiPropertyOptional({ type: [CountsSnapshotDto] }) countsHistory?: CountsSnapshotDto[];
  @ApiPropertyOptional({ type: [StatusChangeDto] }) statusHistory?: StatusChangeDto[];
  @ApiPropertyOptional({ type: [String] }) shadowSuspects?: string[];
  @ApiPropertyOptional({ type: [String] }) liaisons?: string[];
  updatedAt?: string;
}

export class EnterprisePageDto {
  @ApiProperty({ type: [EnterpriseViewDto] }) items!: EnterpriseViewDto[];
  /** 下一页游标 / cursor of the next page */
  next?: string;
}

export class SummaryRowDto {
  key!: string;
  label!: string;
  count!: number;
}

export class LedgerSummaryDto {
  total!: number;
  @ApiProperty({ type: [SummaryRowDto] }) byKind!: SummaryRowDto[];
  @ApiProperty({ type: [SummaryRowDto] }) byStatus!: SummaryRowDto[];
  @ApiProperty({ type: [SummaryRowDto] }) byIndustry!: SummaryRowDto[];
}
