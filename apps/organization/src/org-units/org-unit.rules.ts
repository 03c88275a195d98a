import { OrgUnitKind } from '@dangjian/contracts';

/** Which kind of unit may sit under which: the county's tree of parks, townships and party organizations. */
const ALLOWED_PARENTS: Record<OrgUnitKind, readonly (OrgUnitKind | null)[]> = {
  county: [null],
  park: ['county'],
  township: ['county'],
  'party-committee': ['park', 'township'],
  'general-branch': ['park', 'township', 'party-committee'],
  branch: ['park', 'township', 'party-committee', 'general-branch'],
  'party-group': ['branch'],
};

export function kindAllowedUnder(kind: OrgUnitKind, parentKind: OrgUnitKind | null): boolean {
  return ALLOWED_PARENTS[kind].includes(parentKind);
}

export const KIND_LABELS: Record<OrgUnitKind, string> = {
  county: '县',
  park: '园区',
  township: '乡镇',
  'party-committee': '党委',
  'general-branch': '党总支',
  branch: '党支部',
  'party-group': '党小组',
};

/** The park or township a unit lies in: the tree puts them right under the county. */
export function jurisdictionOf(path: string): string {
  return `/${path.split('/').filter(Boolean).slice(0, 2).join('/')}`;
}
