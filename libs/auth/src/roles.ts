/** Realm roles in Keycloak (deploy/keycloak/dangjian.realm.json), from county committee down to member. */
export const ROLES = [
  'county-admin',
  'park-admin',
  'township-admin',
  'general-branch-secretary',
  'branch-secretary',
  'instructor',
  'enterprise-liaison',
  'member',
  'auditor',
  'platform-service',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  'county-admin': '县委组织部',
  'park-admin': '园区党工委',
  'township-admin': '乡镇党委',
  'general-branch-secretary': '党总支书记',
  'branch-secretary': '党支部书记',
  instructor: '党建指导员',
  'enterprise-liaison': '企业联络员',
  member: '党员',
  auditor: '审计员（只读）',
  'platform-service': '服务账号',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
