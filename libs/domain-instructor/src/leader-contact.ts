// Leaders' contacts (领导联系点): 怀宁's county leaders each linked to one enterprise; 濉溪's
// working-committee members each guiding 7 orgs of different classes.

export const LEADER_KINDS = ['county-leader', 'committee-member'] as const;
export type LeaderKind = (typeof LEADER_KINDS)[number];
export const LEADER_KIND_LABELS: Record<LeaderKind, string> = {
  'county-leader': '县级领导（联系企业）/ county leader, one enterprise',
  'committee-member': '工委委员（指导党组织）/ working-committee member, guiding orgs',
};

/** Org classes of 分类定级: A 示范, B 稳健, C 成长, D 孵化, E 其他. */
export const ORG_CLASSES = ['A', 'B', 'C', 'D', 'E'] as const;
export type OrgClass = (typeof ORG_CLASSES)[number];

export interface LeaderRule {
  /** Enterprises a county leader contacts (怀宁: 1). */
  enterprisesPerCountyLeader: number;
  /** Orgs a working-committee member guides (濉溪: 7). */
  orgsPerCommitteeMember: number;
}
export const DEFAULT_LEADER_RULE: LeaderRule = { enterprisesPerCountyLeader: 1, orgsPerCommitteeMember: 7 };

/**
 * Whether a leader's links keep the rule: a county leader contacts exactly the set number of
 * enterprises; a committee member guides the set number of orgs, of more than one class.
 */
export function leaderRuleProblems(kind: LeaderKind, links: readonly { kind: 'enterprise' | 'org'; orgClass?: OrgClass | null }[], rule: LeaderRule = DEFAULT_LEADER_RULE): string[] {
  if (kind === 'county-leader') {
    const enterprises = links.filter((l) => l.kind === 'enterprise').length;
    const problems = enterprises === rule.enterprisesPerCountyLeader ? [] : [`应联系 ${rule.enterprisesPerCountyLeader} 家企业，现为 ${enterprises} 家 / contacts ${enterprises} enterprises, the rule is ${rule.enterprisesPerCountyLeader}`];
    if (links.some((l) => l.kind === 'org')) problems.push('县级领导联系企业，不指导党组织 / a county leader contacts enterprises, not orgs');
    return problems;
  }
  const orgs = links.filter((l) => l.kind === 'org');
  const problems = orgs.length === rule.orgsPerCommitteeMember ? [] : [`应指导 ${rule.orgsPerCommitteeMember} 个党组织，现为 ${orgs.length} 个 / guides ${orgs.length} orgs, the rule is ${rule.orgsPerCommitteeMember}`];
  const classes = new Set(orgs.map((o) => o.orgClass).filter(Boolean));
  if (orgs.length > 1 && classes.size < 2) problems.push('所指导的党组织应分属不同类别 / the orgs guided should be of different classes');
  if (links.some((l) => l.kind === 'enterprise')) problems.push('工委委员指导党组织，不直接联系企业 / a committee member guides orgs');
  return problems;
}
