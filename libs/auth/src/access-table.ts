import { ACTIONS, ROLE_MATRIX, RESOURCE_KINDS, rolesAllowed } from './role-matrix';
import { ROLES, ROLE_LABELS } from './roles';

export const ACCESS_TABLE_BEGIN = '<!-- access-table:begin (generated from libs/auth/src/role-matrix.ts by tools/gen-access-table.ts) -->';
export const ACCESS_TABLE_END = '<!-- access-table:end -->';

/** The access table of docs/access.md: one row per resource and action, one column per role. */
export function renderAccessTable(): string {
  const header = `| resource · action | ${ROLES.map((r) => `${r}<br/>${ROLE_LABELS[r]}`).join(' | ')} |`;
  const rule = `|---|${ROLES.map(() => ':-:').join('|')}|`;
  const rows = RESOURCE_KINDS.flatMap((resource) =>
    ACTIONS.filter((action) => action in ROLE_MATRIX[resource]).map((action) => {
      const allowed = rolesAllowed(resource, action) as readonly string[];
      return `| ${resource} · ${action}<br/>${ROLE_MATRIX[resource].label} | ${ROLES.map((r) => (allowed.includes(r) ? '✓' : '')).join(' | ')} |`;
    }),
  );
  return [ACCESS_TABLE_BEGIN, header, rule, ...rows, ACCESS_TABLE_END].join('\n');
}
