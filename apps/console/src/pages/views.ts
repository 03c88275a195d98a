// The shapes the console reads, as the services' OpenAPI documents describe them (api/schema, generated).
import type { components as Registry } from '../api/schema/registry';
import type { components as Organization } from '../api/schema/organization';
import type { components as Instructor } from '../api/schema/instructor';

type R = Registry['schemas'];
type O = Organization['schemas'];
type I = Instructor['schemas'];

export type Enterprise = R['EnterpriseViewDto'];
export type LedgerSummary = R['LedgerSummaryDto'];
export type ImportJob = R['ImportJobViewDto'];
export type RowError = R['RowErrorDto'];
export type Proposal = R['ProposalViewDto'];
export type CensusCampaign = R['CampaignViewDto'];
export type CensusProgress = R['StageProgressDto'];
export type CensusRecord = R['CensusRecordViewDto'];
export type AuditEntry = R['AuditEntryDto'];
export type HubRun = R['HubRunDto'];
export type HeldChange = R['QuarantineItemDto'];

export type OrgUnit = O['OrgUnitViewDto'];
export type FiguresRow = O['FiguresRowDto'];
export type CoverageView = O['CoverageViewDto'];
export type StatisticsRow = O['StatisticsRowDto'];
export type GapItem = O['GapItemDto'];
export type CoverageRebuild = O['CoverageRebuildDto'];
export type Suggestion = O['SuggestionViewDto'];
export type BranchEnterprises = O['BranchEnterprisesDto'];
export type PartyOrgRecords = O['PartyOrgRecordsDto'];
export type EffectivePolicy = O['EffectivePolicyDto'];
export type PolicyVersion = O['PolicyVersionViewDto'];
export type Member = O['MemberViewDto'];
export type Meeting = O['MeetingViewDto'];
export type KindStanding = O['KindStandingDto'];
export type OverdueOrg = O['OverdueOrgDto'];
export type ActivityDay = O['ActivityDayViewDto'];
export type AccountsBookRow = O['AccountsBookRowDto'];
export type DuesReceipt = O['DuesReceiptDto'];
export type LedgerEntry = O['LedgerEntryDto'];
export type PublicationRow = O['PublicationRowDto'];
export type Transfer = O['TransferViewDto'];
export type RosterImportResult = O['RosterImportResultDto'];

export type InstructorView = I['InstructorViewDto'];
export type Assignment = I['AssignmentViewDto'];
export type UnassignedEnterprise = I['UnassignedEnterpriseDto'];
export type Visit = I['VisitViewDto'];
export type VisitOverdue = I['VisitOverdueDto'];
export type InstructorOverdue = I['InstructorOverdueDto'];
export type EnterpriseRequest = I['RequestViewDto'];
export type RequestStatistics = I['RequestStatisticsDto'];
export type ReviewRow = I['ReviewRowDto'];
export type Leader = I['LeaderViewDto'];
