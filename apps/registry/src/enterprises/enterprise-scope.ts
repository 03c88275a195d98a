import { pathAncestors } from '@dangjian/auth';
import { EnterpriseDoc } from './enterprise.schema';

/**
 * The paths whose scopes see an enterprise: its park or township and their ancestors, and, while a
 * branch covers it, the branch and its general branch, so their secretaries see exactly their
 * enterprises in the ledger.
 */
export function enterpriseAncestors(orgPath: string, partyOrg?: EnterpriseDoc['partyOrg']): string[] {
  return [...new Set([...pathAncestors(orgPath), ...(partyOrg ? pathAncestors(partyOrg.orgPath) : [])])];
}
