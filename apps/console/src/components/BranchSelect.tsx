import { Select } from 'antd';
import { useEffect } from 'react';
import { useLoad } from '../api/hooks';
import { allOrgUnits } from '../api/org-units';
import type { OrgUnit } from '../pages/views';

/** Branches (or general branches) the user may read; picks the first when nothing is chosen yet (a branch secretary's own). */
export function BranchSelect({ value, onChange, kind = 'branch' }: { value?: string; onChange(unit: OrgUnit | undefined): void; kind?: 'branch' | 'general-branch' }) {
  const units = useLoad((api) => allOrgUnits(api, { kind }), [kind]);
  const open = (units.data ?? []).filter((u) => u.status !== 'closed' && u.status !== 'revoked');
  useEffect(() => {
    if (!value && open.length) onChange(open[0]);
  }, [units.data]);
  return (
    <Select
      showSearch
      optionFilterProp="label"
      style={{ width: 280 }}
      placeholder={kind === 'branch' ? '选择党支部' : '选择党总支'}
      loading={units.loading}
      value={value}
      onChange={(id) => onChange(open.find((u) => u.id === id))}
      options={open.map((u) => ({ value: u.id, label: u.label }))}
      data-testid="branch-select"
    />
  );
}
