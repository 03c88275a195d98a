// Party-building policy per jurisdiction: the settings, their national defaults, validation, and the
// effective policy of a jurisdiction on a date (each ancestor's version in force, child over parent).
import { DuesBands, NATIONAL_DUES_BANDS, duesBandsProblems } from './dues';
import { DevelopmentMinimums, NATIONAL_DEVELOPMENT_MINIMUMS } from './member-development';
import { DEFAULT_LEADER_RULE, DEFAULT_REQUEST_SLA_DAYS, LeaderRule, RequestSlaDays, requestSlaDaysProblems } from '@dangjian/domain-instructor';

/** A dated coverage target: percentages of the census base by the end of `by`. */
export interface CoverageTarget {
  /** Last day the target must be met on, `YYYY-MM-DD`. */
  by: string;
  /** Organization coverage (enterprises covered by a party org ÷ base), percent. */
  organization: number;
  /** Work coverage (covered by an org or an instructor ÷ base), percent. */
  work: number;
}

/** How often each meeting of 三会一课 is due, per branch. */
/** Meetings a year that divide the calendar year into whole months (none, yearly … monthly). */
export const MEETING_CADENCES = [0, 1, 2, 3, 4, 6, 12] as const;

export interface MeetingCadence {
  generalMeetingsPerYear: number;
  committeeMeetingsPerYear: number;
  groupMeetingsPerYear: number;
  partyLecturesPerYear: number;
}

export interface PolicySettings {
  /** Formal members one enterprise needs to form its own (independent) branch. */
  independentBranchMinFormalMembers: number;
  /** Fewest enterprises a joint branch joins. */
  jointBranchMinEnterprises: number;
  /** Most enterprises one joint branch may join (上饶 5; 怀宁's figures need at least 13). */
  jointBranchMaxEnterprises: number;
  /** Enterprises with at least this many employees must have party members (the ≥ 50-employee rule). */
  employeeRuleThreshold: number;
  /** The date by which the employee rule must hold, `YYYY-MM-DD`, or null for none set. */
  employeeRuleBy: string | null;
  coverageTargets: CoverageTarget[];
  meetingCadence: MeetingCadence;
  /** Instructor visits due per assigned enterprise per month (the monthly "345" log). */
  instructorVisitsPerMonth: number;
  /** Minimum durations of member development, in calendar months. */
  developmentMinimums: DevelopmentMinimums;
  /** Dues rate bands of employed and retired members. */
  duesBands: DuesBands;
  /** Member points (积分): off unless a jurisdiction turns them on; never a daily check-in. */
  memberPoints: MemberPointsPolicy;
  /** Days to close an enterprise request (诉求) of each category, from its acceptance. */
  requestSlaDays: RequestSlaDays;
  /** Leaders' contact points: enterprises per county leader (怀宁 1), orgs per working-committee member (濉溪 7). */
  leaderRule: LeaderRule;
}

/** Points a member earns per meeting attended, by kind; nothing when off. */
export interface MemberPointsPolicy {
  enabled: boolean;
  perMeeting: number;
}

export type PolicyKey = keyof PolicySettings;
export const POLICY_KEYS = [
  'independentBranchMinFormalMembers',
  'jointBranchMinEnterprises',
  'jointBranchMaxEnterprises',
  'employeeRuleThreshold',
  'employeeRuleBy',
  'coverageTargets',
  'meetingCadence',
  'instructorVisitsPerMonth',
  'developmentMinimums',
  'duesBands',
  'memberPoints',
  'requestSlaDays',
  'leaderRule',
] as const satisfies readonly PolicyKey[];

/** National rules, the defaults wherever no jurisdiction sets its own. */
export const NATIONAL_DEFAULTS: PolicySettings = {
  independentBranchMinFormalMembers: 3,
  jointBranchMinEnterprises: 2,
  jointBranchMaxEnterprises: 5,
  employeeRuleThreshold: 50,
  employeeRuleBy: null,
  coverageTargets: [],
  // General meeting quarterly; committee and group meetings monthly; party lecture quarterly.
  meetingCadence: { generalMeetingsPerYear: 4, committeeMeetingsPerYear: 12, groupMeetingsPerYear: 12, partyLecturesPerYear: 4 },
  instructorVisitsPerMonth: 1,
  developmentMinimums: NATIONAL_DEVELOPMENT_MINIMUMS,
  duesBands: NATIONAL_DUES_BANDS,
  memberPoints: { enabled: false, perMeeting: 1 },
  requestSlaDays: DEFAULT_REQUEST_SLA_DAYS,
  leaderRule: DEFAULT_LEADER_RULE,
};

export const POLICY_LABELS: Record<PolicyKey, string> = {
  independentBranchMinFormalMembers: '单独组建所需正式党员数 / formal members for an independent branch',
  jointBranchMinEnterprises: '联合党支部最少企业数 / fewest enterprises in a joint branch',
  jointBranchMaxEnterprises: '联合党支部最多企业数 / most enterprises in a joint branch',
  employeeRuleThreshold: '须有党员的职工人数线 / employees from which an enterprise must have members',
  employeeRuleBy: '职工人数规则期限 / date the employee rule must hold by',
  coverageTargets: '覆盖率目标 / coverage targets',
  meetingCadence: '三会一课频次 / meeting cadence',
  instructorVisitsPerMonth: '指导员每月走访次数 / instructor visits per month',
  developmentMinimums: '发展党员最短期限（月）/ minimum months of member development',
  duesBands: '党费缴纳比例档次 / dues rate bands',
  memberPoints: '党员积分（默认关闭）/ member points, off unless turned on',
  requestSlaDays: '企业诉求办理时限（天）/ days to close an enterprise request, per category',
  leaderRule: '领导联系点规则 / leaders’ contact rule',
};

/** One version of one jurisdiction's policy: the settings it overrides, in force from a date until the next. */
export interface PolicyVersion {
  id: string;
  orgPath: string;
  /** First day in force, `YYYY-MM-DD`. */
  effectiveFrom: string;
  /** First day no longer in force, `YYYY-MM-DD`; none while it is the latest. */
  effectiveUntil?: string | null;
  settings: Partial<PolicySettings>;
}

export interface FieldProblem {
  field: string;
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A day as `YYYY-MM-DD` (UTC), today unless given. */
export function isoDate(date = new Date()): string {
  return date.toISOString().slice(0, 10);
}

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function integerProblem(field: string, value: unknown, min: number, max: number): FieldProblem[] {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
    ? []
    : [{ field, message: `应为 ${min}–${max} 的整数 / expected an integer from ${min} to ${max}` }];
}

/**
 * What is wrong with the settings a version sets, each with its field. `inherited` is the policy the
 * version would sit on (its parent's, or the defaults), so that a minimum set here is checked
 * against a maximum inherited from above and the other way round.
 */
export function settingsProblems(settings: Partial<Record<string, unknown>>, inherited: PolicySettings = NATIONAL_DEFAULTS): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(settings)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key)) problems.push({ field: key, message: '没有这项政策设置 / no such policy setting' });
  }
  const s = settings as Partial<PolicySettings>;
  if (s.independentBranchMinFormalMembers !== undefined) problems.push(...integerProblem('independentBranchMinFormalMembers', s.independentBranchMinFormalMembers, 3, 50));
  if (s.jointBranchMinEnterprises !== undefined) problems.push(...integerProblem('jointBranchMinEnterprises', s.jointBranchMinEnterprises, 2, 100));
  if (s.jointBranchMaxEnterprises !== undefined) problems.push(...integerProblem('jointBranchMaxEnterprises', s.jointBranchMaxEnterprises, 2, 100));
  if (s.employeeRuleThreshold !== undefined) problems.push(...integerProblem('employeeRuleThreshold', s.employeeRuleThreshold, 1, 100_000));
  if (s.instructorVisitsPerMonth !== undefined) problems.push(...integerProblem('instructorVisitsPerMonth', s.instructorVisitsPerMonth, 0, 31));
  if (s.employeeRuleBy !== undefined && s.employeeRuleBy !== null && !isCalendarDate(s.employeeRuleBy)) {
    problems.push({ field: 'employeeRuleBy', message: '应为日期 YYYY-MM-DD / expected a date YYYY-MM-DD' });
  }
  const min = s.jointBranchMinEnterprises ?? inherited.jointBranchMinEnterprises;
  const max = s.jointBranchMaxEnterprises ?? inherited.jointBranchMaxEnterprises;
  if (Number.isInteger(min) && Number.isInteger(max) && max < min && !problems.some((p) => p.field.startsWith('jointBranch'))) {
    const field = s.jointBranchMaxEnterprises !== undefined ? 'jointBranchMaxEnterprises' : 'jointBranchMinEnterprises';
    problems.push({ field, message: `联合党支部最多企业数（${max}）不能小于最少企业数（${min}）/ the maximum (${max}) is below the minimum (${min})` });
  }
  if (s.meetingCadence !== undefined) {
    const cadence = s.meetingCadence as unknown as Record<string, unknown>;
    if (typeof cadence !== 'object' || cadence === null || Array.isArray(cadence)) {
      problems.push({ field: 'meetingCadence', message: '应为各类会议的年度次数 / expected the yearly count of each meeting' });
    } else {
      // Compliance divides the calendar year into whole-month periods, one meeting due in each.
      for (const key of Object.keys(NATIONAL_DEFAULTS.meetingCadence)) {
        if (!(MEETING_CADENCES as readonly unknown[]).includes(cadence[key])) {
          problems.push({ field: `meetingCadence.${key}`, message: `每年次数应为 ${MEETING_CADENCES.join('、')} 之一（按月、季、半年、年） / expected one of ${MEETING_CADENCES.join(', ')} a year` });
        }
      }
      for (const key of Object.keys(cadence)) {
        if (!(key in NATIONAL_DEFAULTS.meetingCadence)) problems.push({ field: `meetingCadence.${key}`, message: '没有这类会议 / no such meeting' });
      }
    }
  }
  if (s.developmentMinimums !== undefined) problems.push(...developmentMinimumsProblems(s.developmentMinimums));
  if (s.duesBands !== undefined) problems.push(...duesBandsProblems(s.duesBands));
  if (s.memberPoints !== undefined) problems.push(...memberPointsProblems(s.memberPoints));
  if (s.requestSlaDays !== undefined) problems.push(...requestSlaDaysProblems(s.requestSlaDays));
  if (s.leaderRule !== undefined) {
    const rule = s.leaderRule as unknown as Record<string, unknown>;
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) problems.push({ field: 'leaderRule', message: '应为 { enterprisesPerCountyLeader, orgsPerCommitteeMember } / expected { enterprisesPerCountyLeader, orgsPerCommitteeMember }' });
    else {
      problems.push(...integerProblem('leaderRule.enterprisesPerCountyLeader', rule.enterprisesPerCountyLeader, 1, 50));
      problems.push(...integerProblem('leaderRule.orgsPerCommitteeMember', rule.orgsPerCommitteeMember, 1, 50));
    }
  }
  if (s.coverageTargets !== undefined) {
    if (!Array.isArray(s.coverageTargets)) problems.push({ field: 'coverageTargets', message: '应为目标列表 / expected a list of targets' });
    else problems.push(...coverageTargetProblems(s.coverageTargets));
  }
  return problems;
}

/** Policy may ask more than the national rules, never less: an activist year, a probation year, an extension of at most a year. */
function developmentMinimumsProblems(value: unknown): FieldProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ field: 'developmentMinimums', message: '应为 { activistMonths, probationMonths, maxExtensionMonths } / expected { activistMonths, probationMonths, maxExtensionMonths }' }];
  }
  const m = value as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(m)) {
    if (!(key in NATIONAL_DEVELOPMENT_MINIMUMS)) problems.push({ field: `developmentMinimums.${key}`, message: '没有这项期限 / no such duration' });
  }
  problems.push(...integerProblem('developmentMinimums.activistMonths', m.activistMonths, NATIONAL_DEVELOPMENT_MINIMUMS.activistMonths, 60));
  problems.push(...integerProblem('developmentMinimums.probationMonths', m.probationMonths, NATIONAL_DEVELOPMENT_MINIMUMS.probationMonths, 24));
  problems.push(...integerProblem('developmentMinimums.maxExtensionMonths', m.maxExtensionMonths, 0, NATIONAL_DEVELOPMENT_MINIMUMS.maxExtensionMonths));
  return problems;
}

function memberPointsProblems(value: unknown): FieldProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ field: 'memberPoints', message: '应为 { enabled, perMeeting } / expected { enabled, perMeeting }' }];
  const m = value as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(m)) if (key !== 'enabled' && key !== 'perMeeting') problems.push({ field: `memberPoints.${key}`, message: '没有这项设置 / no such setting' });
  if (typeof m.enabled !== 'boolean') problems.push({ field: 'memberPoints.enabled', message: '应为 true 或 false / expected true or false' });
  problems.push(...integerProblem('memberPoints.perMeeting', m.perMeeting, 0, 100));
  return problems;
}

function coverageTargetProblems(targets: CoverageTarget[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  targets.forEach((target, i) => {
    const at = `coverageTargets.${i}`;
    if (typeof target !== 'object' || target === null) {
      problems.push({ field: at, message: '应为 { by, organization, work } / expected { by, organization, work }' });
      return;
    }
    if (!isCalendarDate(target.by)) problems.push({ field: `${at}.by`, message: '应为日期 YYYY-MM-DD / expected a date YYYY-MM-DD' });
    const badRates = (['organization', 'work'] as const).filter((rate) => {
      const value = target[rate];
      return typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100;
    });
    for (const rate of badRates) problems.push({ field: `${at}.${rate}`, message: '应为 0–100 的百分比 / expected a percentage from 0 to 100' });
    if (badRates.length === 0 && target.work < target.organization) {
      problems.push({ field: `${at}.work`, message: '工作覆盖率目标不能低于组织覆盖率目标 / work coverage includes organization coverage, so its target cannot be lower' });
    }
  });
  const dates = targets.map((t) => t?.by).filter(isCalendarDate);
  if (new Set(dates).size !== dates.length) problems.push({ field: 'coverageTargets', message: '同一日期有两个目标 / two targets for one date' });
  return problems;
}

/** Two versions of one jurisdiction overlap when their periods share a day. */
export function overlaps(a: Pick<PolicyVersion, 'effectiveFrom' | 'effectiveUntil'>, b: Pick<PolicyVersion, 'effectiveFrom' | 'effectiveUntil'>): boolean {
  const aEnd = a.effectiveUntil ?? '9999-12-31';
  const bEnd = b.effectiveUntil ?? '9999-12-31';
  return a.effectiveFrom < bEnd && b.effectiveFrom < aEnd;
}

/** The version of one jurisdiction in force on a date, if any. */
export function versionOn(versions: readonly PolicyVersion[], date: string): PolicyVersion | undefined {
  return versions.find((v) => v.effectiveFrom <= date && (!v.effectiveUntil || date < v.effectiveUntil));
}

/** Where one effective value comes from: a jurisdiction's version, or the national default. */
export type PolicySource = { kind: 'default' } | { kind: 'jurisdiction'; orgPath: string; versionId: string; effectiveFrom: string };

export interface EffectivePolicy {
  orgPath: string;
  date: string;
  settings: PolicySettings;
  sources: Record<PolicyKey, PolicySource>;
}

/**
 * The policy of `orgPath` on `date`: the national defaults, overridden by each ancestor's version in
 * force on that date, from the county down to the jurisdiction itself. `versionsByPath` holds the
 * versions of the jurisdiction and its ancestors.
 */
export function effectivePolicy(orgPath: string, date: string, versionsByPath: ReadonlyMap<string, readonly PolicyVersion[]>): EffectivePolicy {
  const settings: PolicySettings = structuredClone(NATIONAL_DEFAULTS);
  const sources = Object.fromEntries(POLICY_KEYS.map((key) => [key, { kind: 'default' }])) as Record<PolicyKey, PolicySource>;
  for (const path of pathChain(orgPath)) {
    const version = versionOn(versionsByPath.get(path) ?? [], date);
    if (!version) continue;
    for (const key of POLICY_KEYS) {
      if (version.settings[key] === undefined) continue;
      (settings as unknown as Record<string, unknown>)[key] = structuredClone(version.settings[key]);
      sources[key] = { kind: 'jurisdiction', orgPath: path, versionId: version.id, effectiveFrom: version.effectiveFrom };
    }
  }
  return { orgPath, date, settings, sources };
}

/** `/a/b/c` → `['/a', '/a/b', '/a/b/c']`: the county first. */
export function pathChain(orgPath: string): string[] {
  const parts = orgPath.split('/').filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}`);
}

/** The coverage target due next on or after a date, if any. */
export function targetDue(settings: Pick<PolicySettings, 'coverageTargets'>, date: string): CoverageTarget | undefined {
  return [...settings.coverageTargets].sort((a, b) => a.by.localeCompare(b.by)).find((t) => t.by >= date);
}

/**
 * Where a new version goes among a jurisdiction's versions: after the open-ended latest one (which
 * then ends the day the new one starts), or into a gap. A new version sharing a day with another is
 * refused: `overlapping` names the other.
 */
export function placeVersion(
  existing: readonly PolicyVersion[],
  candidate: Pick<PolicyVersion, 'effectiveFrom' | 'effectiveUntil'>,
): { ok: true; close?: { id: string; effectiveUntil: string } } | { ok: false; overlapping: PolicyVersion } {
  const open = existing.find((v) => !v.effectiveUntil);
  const close = open && open.effectiveFrom < candidate.effectiveFrom ? { id: open.id, effectiveUntil: candidate.effectiveFrom } : undefined;
  for (const version of existing) {
    const period = close && version.id === close.id ? { ...version, effectiveUntil: close.effectiveUntil } : version;
    if (overlaps(period, candidate)) return { ok: false, overlapping: version };
  }
  return close ? { ok: true, close } : { ok: true };
}
