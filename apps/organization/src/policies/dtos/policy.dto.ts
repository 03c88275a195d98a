import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, Length, Matches } from 'class-validator';

const PATH = /^(\/[a-z0-9][a-z0-9-]{0,62})+$/;
const PATH_MESSAGE = '路径格式不正确 / path must look like /county/park';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '日期格式应为 YYYY-MM-DD / expected a date YYYY-MM-DD';

export class PolicyPathDto {
  @ApiProperty({ description: '辖区路径 / jurisdiction path', example: '/demo-county/econ-dev-zone' })
  @Matches(PATH, { message: PATH_MESSAGE })
  path!: string;
}

export class EffectivePolicyQueryDto extends PolicyPathDto {
  @ApiPropertyOptional({ description: '日期（默认今天）/ date, today unless given', example: '2026-06-30' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  date?: string;
}

export class CreatePolicyVersionDto extends PolicyPathDto {
  @ApiProperty({ description: '生效日期 / first day in force', example: '2027-01-01' })
  @Matches(DATE, { message: DATE_MESSAGE })
  effectiveFrom!: string;

  @ApiPropertyOptional({ description: '失效日期（不含）；不填则一直有效到下一版本 / first day no longer in force; open-ended unless given', example: '2028-01-01' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  effectiveUntil?: string;

  @ApiProperty({
    description:
      '本辖区覆盖的设置，其余继承上级 / the settings this jurisdiction overrides; the rest are inherited. Keys: independentBranchMinFormalMembers, ' +
      'jointBranchMinEnterprises, jointBranchMaxEnterprises, employeeRuleThreshold, employeeRuleBy, coverageTargets [{ by, organization, work }], ' +
      'meetingCadence { generalMeetingsPerYear, committeeMeetingsPerYear, groupMeetingsPerYear, partyLecturesPerYear }, instructorVisitsPerMonth, ' +
      'developmentMinimums { activistMonths, probationMonths, maxExtensionMonths }, duesBands { employed: [{ upToYuan, permille }], retired: [...] }, ' +
      'memberPoints { enabled, perMeeting }, requestSlaDays { financing, hiring, land, safety, policy, other } (days), leaderRule { enterprisesPerCountyLeader, orgsPerCommitteeMember }',
    type: 'object',
    additionalProperties: true,
    example: { jointBranchMaxEnterprises: 5, coverageTargets: [{ by: '2027-12-31', organization: 90, work: 95 }] },
  })
  @IsObject({ message: '设置应为对象 / settings must be an object' })
  settings!: Record<string, unknown>;

  @ApiPropertyOptional({ description: '说明（文件名、文号）/ note: the document it comes from', example: '县委组织部〔2027〕1号' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: '说明最长 200 字 / note: at most 200 characters' })
  note?: string;
}
