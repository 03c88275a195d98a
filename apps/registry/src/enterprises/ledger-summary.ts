import { ENTERPRISE_KINDS, ENTERPRISE_KIND_LABELS, ENTERPRISE_STATUSES } from '@dangjian/contracts';
import { INDUSTRY_SECTIONS, industrySection } from '@dangjian/domain-identifiers';
import { STATUS_LABELS } from '../ledger/ledger-columns';

export interface SummaryRow {
  key: string;
  label: string;
  count: number;
}

export interface LedgerSummary {
  total: number;
  byKind: SummaryRow[];
  byStatus: SummaryRow[];
  /** GB/T 4754 sections, largest first; `-` for records with no industry. */
  byIndustry: SummaryRow[];
}

/** Counts by kind, status and industry code into the figures a dashboard shows, every kind and status listed even at 0. */
export function ledgerSummary(counts: Record<'kind' | 'status' | 'industryCode', Map<string, number>>): LedgerSummary {
  const sections = new Map<string, number>();
  for (const [code, n] of counts.industryCode) sections.set(industrySection(code), (sections.get(industrySection(code)) ?? 0) + n);
  return {
    total: [...counts.kind.values()].reduce((a, b) => a + b, 0),
    byKind: ENTERPRISE_KINDS.map((key) => ({ key, label: ENTERPRISE_KIND_LABELS[key], count: counts.kind.get(key) ?? 0 })),
    byStatus: ENTERPRISE_STATUSES.map((key) => ({ key, label: STATUS_LABELS[key], count: counts.status.get(key) ?? 0 })),
    byIndustry: [...sections]
      .map(([key, count]) => ({ key, label: INDUSTRY_SECTIONS[key] ?? key, count }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
  };
}
