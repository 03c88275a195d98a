import { Api } from './client';
import { body } from './hooks';
import type { OrgUnit } from '../pages/views';

type OrgUnitQuery = { kind?: 'county' | 'park' | 'township' | 'general-branch' | 'branch'; parentPath?: string };

/** Every org unit a query matches, following the list's cursor page by page. */
export async function allOrgUnits(api: Api, query: OrgUnitQuery): Promise<OrgUnit[]> {
  const units: OrgUnit[] = [];
  let cursor: string | undefined;
  do {
    const page = body(await api.organization.GET('/api/organization/org-units', { params: { query: { ...query, cursor, limit: 500 } } }));
    units.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return units;
}
