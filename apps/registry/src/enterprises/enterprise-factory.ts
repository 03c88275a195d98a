import { v5 as uuidv5 } from 'uuid';
import { pathAncestors } from '@dangjian/auth';
import { EnterpriseFacts } from '@dangjian/contracts';
import { formalMembers, nameSearchKeys, shadowKeys, thresholds } from '@dangjian/domain-registry';
import { EnterpriseDoc } from './enterprise.schema';

const ENTERPRISE_ID_NAMESPACE = '6f1d8a52-3c7e-4b0a-9d4e-2a7c5e9b1f30';

/** One code, one record: the id is derived from the credit code, so a repeated import or a retry finds the same record. */
export function enterpriseIdFor(uscc: string): string {
  return uuidv5(uscc, ENTERPRISE_ID_NAMESPACE);
}

export type EnterpriseView = Omit<EnterpriseDoc, '_id' | '__v' | 'searchKeys' | 'shadowKeys' | '_events' | 'orgAncestors'> & {
  id: string;
  version: number;
  formalMembers: number;
};

export function toView(doc: EnterpriseDoc): EnterpriseView {
  const { _id, __v, searchKeys: _s, shadowKeys: _k, _events, orgAncestors: _a, ...rest } = doc;
  return { id: _id, version: __v ?? 0, ...rest, formalMembers: formalMembers(doc) };
}

export function enterpriseFacts(doc: EnterpriseDoc): EnterpriseFacts {
  return {
    id: doc._id,
    uscc: doc.uscc,
    name: doc.name,
    kind: doc.kind,
    orgPath: doc.orgPath,
    status: doc.status,
    employees: doc.employees,
    partyMembers: doc.partyMembers,
    probationaryMembers: doc.probationaryMembers,
    formalMembers: formalMembers(doc),
    ...thresholds(doc),
    industryCode: doc.industryCode ?? null,
    liaisons: doc.liaisons ?? [],
  };
}

export type NewEnterprise = Pick<EnterpriseDoc, 'uscc' | 'name' | 'kind' | 'orgPath'> &
  Partial<
    Pick<
      EnterpriseDoc,
      | 'grid'
      | 'industryCode'
      | 'aboveScale'
      | 'address'
      | 'legalRep'
      | 'investor'
      | 'status'
      | 'employees'
      | 'partyMembers'
      | 'probationaryMembers'
      | 'partyOrgStatus'
      | 'noOrgReason'
      | 'developmentNeeds'
      | 'massOrgs'
      | 'liaisons'
    >
  >;

/** A complete new ledger record, with its first counts and status entries; `uscc` already normalized. */
export function newEnterpriseDoc(input: NewEnterprise, by: string, now: Date, reason = '登记 / registered'): Omit<EnterpriseDoc, '__v'> {
  const status = input.status ?? 'operating';
  const counts = { employees: input.employees ?? 0, partyMembers: input.partyMembers ?? 0, probationaryMembers: input.probationaryMembers ?? 0 };
  return {
    _id: enterpriseIdFor(input.uscc),
    uscc: input.uscc,
    name: input.name.trim(),
    kind: input.kind,
    orgPath: input.orgPath,
    orgAncestors: pathAncestors(input.orgPath),
    grid: input.grid,
    industryCode: input.industryCode,
    aboveScale: input.aboveScale ?? false,
    address: input.address,
    legalRep: input.legalRep,
    investor: input.investor,
    status,
    ...counts,
    partyOrgStatus: input.partyOrgStatus ?? 'none',
    noOrgReason: input.noOrgReason,
    developmentNeeds: input.developmentNeeds,
    massOrgs: input.massOrgs ?? { union: false, youthLeague: false, womensFederation: false },
    countsHistory: [{ at: now, by, ...counts }],
    statusHistory: [{ from: null, to: status, effectiveOn: now.toISOString().slice(0, 10), reason, at: now, by }],
    searchKeys: nameSearchKeys(input.name),
    shadowKeys: shadowKeys(input),
    shadowSuspects: [],
    liaisons: input.liaisons ?? [],
  };
}
