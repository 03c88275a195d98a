// The shapes the console reads from the services' answers. The OpenAPI documents describe requests (typed
// through api/schema); responses are named here, field for field as the services return them.

export interface SummaryRow { key: string; label: string; count: number }
export interface LedgerSummary { total: number; byKind: SummaryRow[]; byStatus: SummaryRow[]; byIndustry: SummaryRow[] }

export interface Enterprise {
  id: string;
  version: number;
  uscc: string;
  name: string;
  kind: 'enterprise' | 'social-org' | 'individual';
  orgPath: string;
  grid?: string | null;
  industryCode?: string | null;
  aboveScale?: boolean;
  address?: string | null;
  legalRep?: string | null;
  investor?: string | null;
  status: 'entered-production' | 'operating' | 'abnormal' | 'deregistered';
  employees: number;
  partyMembers: number;
  probationaryMembers: number;
  formalMembers?: number;
  partyOrgStatus?: string | null;
  noOrgReason?: string | null;
  partyOrg?: { orgPath: string; label?: string } | null;
  countsHistory?: { at: string; by: string; employees: number; partyMembers: number; probationaryMembers: number }[];
  statusHistory?: { from: string | null; to: string; effectiveOn: string; reason: string; at: string; by: string }[];
  shadowSuspects?: string[];
  liaisons?: string[];
  updatedAt?: string;
}
export interface Page<T> { items: T[]; next?: string }

export interface FiguresRow {
  base: number;
  organization: number;
  work: number;
  large: number;
  largeWithoutMembers: number;
  organizationRate: number | null;
  workRate: number | null;
}
export interface CoverageTargetStanding { by: string; organization: number; work: number; organizationMet: boolean; workMet: boolean; due: boolean }
export interface CoverageView {
  path: string;
  label: string;
  date: string;
  source: string;
  totals: FiguresRow;
  byKind: (FiguresRow & { kind: string; label: string })[];
  byIndustry: (FiguresRow & { industry: string; label: string })[];
  children: (FiguresRow & { path: string; label: string; kind: string })[];
  targets: CoverageTargetStanding[];
}

export interface CensusCampaign { id: string; year: number; orgPath: string; status: "preparing" | "open" | "closed"; records: number }
export interface CensusProgress {
  orgPath: string;
  total: number;
  waitingAt: Record<string, number>;
  inBase: number;
  excluded: Record<string, number>;
}

export interface OrgUnit {
  id: string;
  path: string;
  parentPath: string | null;
  name: string;
  label: string;
  kind: string;
  kindLabel: string;
  form?: 'independent' | 'joint' | 'hosted';
  foundedOn?: string;
  status?: 'active' | 'revoked' | 'closed';
  secretary?: string | null;
}
