import { TreeSelect } from 'antd';
import { body, useLoad } from '../api/hooks';
import type { OrgUnit } from '../pages/views';
import { orgTree } from '../lib/tree';

type UnitKind = 'county' | 'park' | 'township';
const JURISDICTION_KINDS: UnitKind[] = ['county', 'park', 'township'];

/** The jurisdictions (county, parks, townships) the user may read, every page of each kind. */
export function useJurisdictions() {
  return useLoad(async (api) => {
    const units: OrgUnit[] = [];
    for (const kind of JURISDICTION_KINDS) {
      let cursor: string | undefined;
      do {
        const page = body<{ items: OrgUnit[]; next?: string }>(await api.organization.GET('/api/organization/org-units', { params: { query: { kind, cursor, limit: 500 } } }));
        units.push(...page.items);
        cursor = page.next;
      } while (cursor);
    }
    return units;
  }, []);
}

/** A picker over the jurisdictions the user may read. */
export function JurisdictionSelect({ value, onChange, placeholder }: { value?: string; onChange?(v: string | undefined): void; placeholder?: string }) {
  const units = useJurisdictions();
  const shown = units.data ?? [];
  return (
    <TreeSelect
      allowClear
      showSearch
      treeNodeFilterProp="title"
      style={{ width: 220 }}
      placeholder={placeholder}
      value={value}
      onChange={(v) => onChange?.(v)}
      treeDefaultExpandAll
      treeData={orgTree(shown)}
      loading={units.loading}
    />
  );
}
