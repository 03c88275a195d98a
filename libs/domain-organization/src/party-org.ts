// What a new party organization is given and must have: the "党建大礼包" starter kit, the "六有" activity room,
// and its committee.

export const STARTER_KIT_ITEMS = {
  seal: '印章 / seal',
  materials: '工作资料 / working materials',
  board: '党组织牌子 / name board',
  flag: '党旗 / party flag',
  instructor: '党建指导员 / instructor',
  constitution: '党章学习读本 / constitution booklets',
  'party-lecture': '一堂党课 / a party lecture',
  'secretary-training': '书记培训 / secretary training',
  'study-visit': '参观学习 / a study visit',
} as const;

export const ACTIVITY_ROOM_ITEMS = {
  site: '有场地 / a site',
  facilities: '有设施 / facilities',
  sign: '有标志 / a sign',
  flag: '有党旗 / a party flag',
  books: '有书报 / books and papers',
  rules: '有制度 / rules on the wall',
} as const;

export const CHECKLISTS = { 'starter-kit': STARTER_KIT_ITEMS, 'activity-room': ACTIVITY_ROOM_ITEMS } as const;
export type ChecklistName = keyof typeof CHECKLISTS;
export const CHECKLIST_NAMES = Object.keys(CHECKLISTS) as ChecklistName[];

export function isChecklistItem(list: ChecklistName, item: string): boolean {
  return Object.prototype.hasOwnProperty.call(CHECKLISTS[list], item);
}

export const COMMITTEE_ROLES = {
  secretary: '书记 / secretary',
  'deputy-secretary': '副书记 / deputy secretary',
  organization: '组织委员 / organization',
  propaganda: '宣传委员 / propaganda',
  discipline: '纪检委员 / discipline',
  youth: '青年委员 / youth',
  member: '委员 / member',
} as const;
export type CommitteeRole = keyof typeof COMMITTEE_ROLES;
export const COMMITTEE_ROLE_NAMES = Object.keys(COMMITTEE_ROLES) as CommitteeRole[];

/** A branch with at least this many formal members elects a committee (fewer: a secretary, maybe a deputy). */
export const COMMITTEE_REQUIRED_FROM = 7;

export interface CommitteeMember {
  name: string;
  role: CommitteeRole;
  /** Platform username, when the member has one. */
  username?: string;
}

/** Problems of a committee as elected: one secretary, at most one of each office but members, no one twice. */
export function committeeProblems(members: readonly CommitteeMember[]): string[] {
  const problems: string[] = [];
  const count = (role: CommitteeRole) => members.filter((m) => m.role === role).length;
  if (count('secretary') !== 1) problems.push('应有且只有一名书记 / exactly one secretary');
  for (const role of COMMITTEE_ROLE_NAMES) {
    if (role !== 'member' && role !== 'secretary' && role !== 'deputy-secretary' && count(role) > 1) problems.push(`${COMMITTEE_ROLES[role].split(' / ')[0]}只能一名 / one ${role} at most`);
  }
  const names = members.map((m) => m.name.trim());
  if (new Set(names).size !== names.length) problems.push('同一人不能重复列入 / a person is listed twice');
  return problems;
}
