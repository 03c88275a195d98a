import { ACTIONS, ROLE_MATRIX, allows, matrixCells, rolesAllowed } from './role-matrix';
import { ROLES } from './roles';

describe('role matrix', () => {
  it('should let the auditor read everything readable but full citizen IDs, and write nothing', () => {
    for (const { resource, action, roles } of matrixCells()) {
      if (action !== 'read') expect(roles).not.toContain('auditor');
      if (action === 'read' && !['system-probe', 'system-status', 'member-identity'].includes(resource)) expect(roles).toContain('auditor');
    }
  });

  it('should show full citizen IDs only to the county organization department and the branch keeping the roster', () => {
    expect(rolesAllowed('member-identity', 'read')).toEqual(['county-admin', 'branch-secretary']);
  });

  it('should allow an action when any of the principal roles allows it', () => {
    expect(allows(['member', 'county-admin'], 'system-probe', 'create')).toBe(true);
    expect(allows(['member'], 'system-probe', 'create')).toBe(false);
    expect(allows([], 'org-unit', 'read')).toBe(false);
  });

  it('should allow nothing for an action a resource does not define', () => {
    expect(rolesAllowed('audit-log', 'delete')).toEqual([]);
  });

  it('should name only known roles and actions', () => {
    for (const [resource, row] of Object.entries(ROLE_MATRIX)) {
      expect(typeof row.label).toBe('string');
      for (const [key, value] of Object.entries(row)) {
        if (key === 'label') continue;
        expect(ACTIONS).toContain(key);
        for (const role of value as readonly string[]) expect(ROLES).toContain(role);
      }
      expect(resource).toMatch(/^[a-z-]+$/);
    }
  });
});
