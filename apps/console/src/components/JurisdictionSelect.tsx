import { Tooltip, TreeSelect } from 'antd';
import { Api } from '../api/client';
import { useLoad } from '../api/hooks';
import { allOrgUnits } from '../api/org-units';
import type { OrgUnit } from '../pages/views';
import { orgTree } from '../lib/tree';

type UnitKind = 'county' | 'park' | 'township';
const JURISDICTION_KINDS: UnitKind[] = ['county', 'park', 'township'];

const loaded = new WeakMap<Api, Promise<OrgUnit[]>>();

async function loadJurisdictions(api: Api): Promise<OrgUnit[]> {
  const units: OrgUnit[] = [];
  for (const kind of JURISDICTION_KINDS) units.push(...(await allOrgUnits(api, { kind })));
  return units;
}

/** The jurisdictions (county, parks, townships) the user may read, every page of each kind; loaded once per session. */
export function useJurisdictions() {
  return useLoad((api) => {
    if (!loaded.has(api)) loaded.set(api, loadJurisdictions(api).catch((error: unknown) => {
      loaded.delete(api);
      throw error;
    }));
    return loaded.get(api)!;
  }, []);
}

/** A jurisdiction's name for a path (`/demo-county/econ-dev-zone` → 经济开发区党工委), the path itself while unknown. */
export function JurisdictionName({ path }: { path: string }) {
  const units = useJurisdictions();
  const unit = units.data?.find((u) => u.path === path);
  return unit ? <Tooltip title={path}><span>{unit.label}</span></Tooltip> : <span>{path}</span>;
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
