// The formation advisor (组建建议): from a jurisdiction's enterprises, their members and branches,
// what the park should do under its policy. Pure; the service stores each suggestion as a task.
import { industrySection } from './coverage';

export const SUGGESTION_KINDS = ['form-independent', 'form-at-registration', 'form-joint', 'leave-joint', 'needs-instructor', 'adjust-org'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const SUGGESTION_LABELS: Record<SuggestionKind, string> = {
  'form-independent': '应单独组建党支部 / must form an independent branch',
  'form-at-registration': '新登记企业符合条件，同步建立党组织 / new enterprise meets the rule: form its branch now',
  'form-joint': '建议联合组建党支部 / proposed joint branch',
  'leave-joint': '正式党员已达标，可脱联单独组建 / may leave its joint branch and form its own',
  'needs-instructor': '无党员，需选派党建工作指导员 / no members: needs an instructor',
  'adjust-org': '党组织需调整或撤销 / the organization must be adjusted or revoked',
};

export interface AdvisedEnterprise {
  id: string;
  uscc: string;
  name: string;
  status: string;
  industryCode?: string | null;
  formalMembers: number;
  partyMembers: number;
  /** Has any census decided about it (a new registration has not). */
  censused: boolean;
  instructors: number;
  /** The branch covering it, if any. */
  branch: { id: string; form: 'independent' | 'joint' | 'hosted' | null } | null;
}

export interface FormationRules {
  independentBranchMinFormalMembers: number;
  jointBranchMinEnterprises: number;
  jointBranchMaxEnterprises: number;
}

export interface Suggestion {
  kind: SuggestionKind;
  /** The enterprises it is about, in a stable order: with the kind, its identity. */
  enterpriseIds: string[];
  /** The branch it is about (leave-joint, adjust-org). */
  branchId: string | null;
  /** Why, for the clerk (zh-CN / English). */
  reason: string;
}

/**
 * Suggestions for one park or township. An enterprise without a branch and with enough formal
 * members must form its own (at once if it is new since the census: 同步建立); those with fewer are
 * grouped into proposed joint branches, same industry first, never more than the policy's maximum
 * per branch and never fewer than its minimum; those without members and without an instructor need
 * one. A joint-branch enterprise that reached the rule may leave (脱联). A branch whose enterprise is
 * abnormal, deregistered or (independent) below the rule must be adjusted or revoked.
 */
export function adviseFormation(enterprises: readonly AdvisedEnterprise[], rules: FormationRules): Suggestion[] {
  const min = rules.independentBranchMinFormalMembers;
  const out: Suggestion[] = [];
  const jointCandidates: AdvisedEnterprise[] = [];
  for (const e of [...enterprises].sort((a, b) => a.id.localeCompare(b.id))) {
    const active = e.status !== 'deregistered';
    if (e.branch) {
      if (e.status === 'abnormal' || e.status === 'deregistered') {
        out.push({ kind: 'adjust-org', enterpriseIds: [e.id], branchId: e.branch.id, reason: e.status === 'abnormal' ? '企业经营异常 / the enterprise is abnormal' : '企业已注销 / the enterprise is deregistered' });
      } else if (e.branch.form === 'independent' && e.formalMembers < min) {
        out.push({ kind: 'adjust-org', enterpriseIds: [e.id], branchId: e.branch.id, reason: `正式党员 ${e.formalMembers} 名，不足单独组建所需 ${min} 名 / ${e.formalMembers} formal members, below the ${min} an independent branch needs` });
      } else if (e.branch.form === 'joint' && e.formalMembers >= min) {
        out.push({ kind: 'leave-joint', enterpriseIds: [e.id], branchId: e.branch.id, reason: `正式党员已达 ${e.formalMembers} 名 / ${e.formalMembers} formal members now` });
      }
      continue;
    }
    if (!active || e.status === 'abnormal') continue;
    if (e.formalMembers >= min) {
      out.push({
        kind: e.censused ? 'form-independent' : 'form-at-registration',
        enterpriseIds: [e.id],
        branchId: null,
        reason: `正式党员 ${e.formalMembers} 名，未建党组织 / ${e.formalMembers} formal members and no organization`,
      });
    } else if (e.formalMembers > 0) {
      jointCandidates.push(e);
    } else if (e.partyMembers === 0 && e.instructors === 0) {
      out.push({ kind: 'needs-instructor', enterpriseIds: [e.id], branchId: null, reason: '无党员，也无指导员 / no members and no instructor' });
    }
  }
  for (const group of jointGroups(jointCandidates, rules)) {
    out.push({ kind: 'form-joint', enterpriseIds: group.map((e) => e.id), branchId: null, reason: `${group.length} 家企业各有 1–${min - 1} 名正式党员 / ${group.length} enterprises with 1–${min - 1} formal members each` });
  }
  return out;
}

/** Same industry first, up to the maximum; the rest pooled across industries; groups below the minimum left out. */
export function jointGroups<T extends Pick<AdvisedEnterprise, 'id' | 'industryCode'>>(candidates: readonly T[], rules: FormationRules): T[][] {
  const max = Math.max(1, rules.jointBranchMaxEnterprises);
  const byIndustry = new Map<string, T[]>();
  for (const e of [...candidates].sort((a, b) => a.id.localeCompare(b.id))) {
    const section = industrySection(e.industryCode);
    byIndustry.set(section, [...(byIndustry.get(section) ?? []), e]);
  }
  const groups: T[][] = [];
  const rest: T[] = [];
  for (const section of [...byIndustry.keys()].sort()) {
    const list = byIndustry.get(section)!;
    const full = Math.floor(list.length / max) * max;
    for (let i = 0; i < full; i += max) groups.push(list.slice(i, i + max));
    rest.push(...list.slice(full));
  }
  for (let i = 0; i < rest.length; i += max) groups.push(rest.slice(i, i + max));
  return groups.filter((g) => g.length >= Math.max(1, rules.jointBranchMinEnterprises));
}
