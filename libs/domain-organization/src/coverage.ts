// The two coverages (两个覆盖): what one enterprise counts for, the counter changes between two of
// its states, and rates against the policy's dated targets. Pure rules; the service stores them.
import { INDUSTRY_SECTIONS, industrySection } from '@dangjian/domain-identifiers';
import type { CoverageTarget } from './policy';

export { INDUSTRY_SECTIONS, industrySection };

/** What an enterprise counts for (the contracts' CoverageState has this shape, with its kind enum). */
export interface CoverageState<K extends string = string> {
  jurisdictions: string[];
  kind: K;
  industry: string;
  inBase: boolean;
  organization: boolean;
  work: boolean;
  large: boolean;
  hasMembers: boolean;
}

/** The figures kept per jurisdiction and dimension. */
export interface CoverageFigures {
  /** Enterprises in the party-building base (党建基数). */
  base: number;
  /** Of those, covered by a party organization. */
  organization: number;
  /** Of those, covered by an organization or an instructor. */
  work: number;
  /** Of those, at or above the employee line. */
  large: number;
  /** Of the large ones, those without a single party member. */
  largeWithoutMembers: number;
}

export const FIGURE_KEYS = ['base', 'organization', 'work', 'large', 'largeWithoutMembers'] as const satisfies readonly (keyof CoverageFigures)[];

export const EMPTY_FIGURES: CoverageFigures = { base: 0, organization: 0, work: 0, large: 0, largeWithoutMembers: 0 };

/** What decides an enterprise's coverage, read from organization's own copies. */
export interface CoverageInputs<K extends string = string> {
  /** The ancestors of the enterprise's park or township, itself included. */
  jurisdictions: string[];
  kind: K;
  /** Ledger status; `deregistered` leaves the base. */
  status: string;
  industryCode?: string | null;
  employees: number;
  partyMembers: number;
  /** The latest census decision: admitted to the base, or removed from it; none before any census. */
  admitted: boolean;
  /** A branch has it attached. */
  attached: boolean;
  /** Assignments of instructors in force. */
  instructors: number;
  /** The employee line in force for its jurisdiction. */
  employeeLine: number;
}

/**
 * An enterprise's standing. It is in the base when the latest census admitted it and it is not
 * deregistered since (dynamic management: a deregistered subject leaves the base); only members of
 * the base count as covered, large or without members.
 */
export function coverageState<K extends string>(inputs: CoverageInputs<K>): CoverageState<K> {
  const inBase = inputs.admitted && inputs.status !== 'deregistered';
  const organization = inBase && inputs.attached;
  return {
    jurisdictions: inputs.jurisdictions,
    kind: inputs.kind,
    industry: industrySection(inputs.industryCode),
    inBase,
    organization,
    work: organization || (inBase && inputs.instructors > 0),
    large: inBase && inputs.employees >= inputs.employeeLine,
    hasMembers: inputs.partyMembers > 0,
  };
}

/** The dimensions a jurisdiction's figures are kept under: all, by kind, by industry section. */
export function dimensionsOf(state: Pick<CoverageState, 'kind' | 'industry'>): string[] {
  return ['all', `kind:${state.kind}`, `industry:${state.industry}`];
}

export function figuresOf(state: CoverageState): CoverageFigures {
  const one = (yes: boolean) => (yes ? 1 : 0);
  return {
    base: one(state.inBase),
    organization: one(state.organization),
    work: one(state.work),
    large: one(state.large),
    largeWithoutMembers: one(state.large && !state.hasMembers),
  };
}

/** jurisdiction → `dims.<dimension>.<figure>` → increment, non-zero entries only. */
export type CounterDelta = Map<string, Record<string, number>>;

/** What the counters must add to go from counting `before` to counting `after` (either may be none). */
export function counterDelta(before: CoverageState | null, after: CoverageState | null): CounterDelta {
  const delta: CounterDelta = new Map();
  const add = (state: CoverageState | null, sign: 1 | -1) => {
    if (!state) return;
    const figures = figuresOf(state);
    for (const path of state.jurisdictions) {
      const entry = delta.get(path) ?? {};
      for (const dimension of dimensionsOf(state)) {
        for (const key of FIGURE_KEYS) {
          if (!figures[key]) continue;
          const field = `dims.${dimension}.${key}`;
          entry[field] = (entry[field] ?? 0) + sign * figures[key];
        }
      }
      delta.set(path, entry);
    }
  };
  add(before, -1);
  add(after, 1);
  for (const [path, entry] of delta) {
    for (const [field, value] of Object.entries(entry)) if (value === 0) delete entry[field];
    if (Object.keys(entry).length === 0) delta.delete(path);
  }
  return delta;
}

/** Which gap lists an enterprise appears in, per jurisdiction: `<path>|<gap>`, for one multikey index. */
export const COVERAGE_GAPS = ['organization', 'work', 'large-without-members'] as const;
export type CoverageGap = (typeof COVERAGE_GAPS)[number];

export function gapKeys(state: CoverageState): string[] {
  const gaps: CoverageGap[] = [];
  if (state.inBase && !state.organization) gaps.push('organization');
  if (state.inBase && !state.work) gaps.push('work');
  if (state.large && !state.hasMembers) gaps.push('large-without-members');
  return state.jurisdictions.flatMap((path) => gaps.map((gap) => `${path}|${gap}`));
}

/** Percent with one decimal; null for an empty base (no rate, rather than a false 0 % or 100 %). */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

export interface TargetStanding extends CoverageTarget {
  organizationMet: boolean;
  workMet: boolean;
  /** The target's date has passed (a miss is then a failure, not work in progress). */
  due: boolean;
}

/** Every dated target of the policy, with whether the figures meet it, as of `date`. */
export function targetStandings(targets: readonly CoverageTarget[], figures: CoverageFigures, date: string): TargetStanding[] {
  const organization = rate(figures.organization, figures.base) ?? 0;
  const work = rate(figures.work, figures.base) ?? 0;
  return [...targets]
    .sort((a, b) => a.by.localeCompare(b.by))
    .map((target) => ({ ...target, organizationMet: organization >= target.organization, workMet: work >= target.work, due: target.by < date }));
}

