import { TreeSelect } from 'antd';
import { body, useLoad } from '../api/hooks';
import type { OrgUnit } from '../pages/views';

export interface TreeNode { value: string; title: string; children: TreeNode[]; unit: OrgUnit }

/** The units a user may read as a tree, roots first: parents missing from the answer make their children roots. */
export function orgTree(units: OrgUnit[]): TreeNode[] {
  const nodes = new Map(units.map((u) => [u.path, { value: u.path, title: u.label, children: [] as TreeNode[], unit: u }]));
  const roots: TreeNode[] = [];
  for (const node of [...nodes.values()].sort((a, b) => a.value.localeCompare(b.value))) {
    const parent = node.unit.parentPath ? nodes.get(node.unit.parentPath) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

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
