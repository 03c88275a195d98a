import { Injectable } from '@nestjs/common';
import { callerScopes, isWithin } from '@dangjian/auth';
import { EMPTY_FIGURES, PartyOrgFact, PartyOrgFigures, isoDate, partyOrgFigures, rate } from '@dangjian/domain-organization';
import { EnterpriseFactsRepository } from '../enterprises/enterprise-facts.repository';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { BranchEnterprisesRepository } from '../party-orgs/branch-enterprises.repository';
import { CoverageService, checkDate } from './coverage.service';
import { CoverageDims } from './coverage.schema';

interface BaseFigures {
  base: number;
  organization: number;
  /** Percent, one decimal; null for an empty base. */
  rate: number | null;
}

export interface StatisticsRow {
  path: string;
  label: string;
  enterprises: BaseFigures;
  socialOrgs: BaseFigures;
  workRate: number | null;
  orgs: PartyOrgFigures;
  /** Enterprises covered by branches of each form (today). */
  enterprisesByForm: { independent: number; joint: number; hosted: number };
  /** Party members the ledger records in the enterprises (today). */
  members: { formal: number; probationary: number };
}

export interface StatisticsTable {
  path: string;
  label: string;
  date: string;
  /** Where the coverage figures come from (live or the day's snapshot), as in the coverage read. */
  source: 'live' | 'snapshot' | 'none';
  rows: StatisticsRow[];
  total: StatisticsRow;
}

function baseOf(dims: CoverageDims, kind: string): BaseFigures {
  const f = { ...EMPTY_FIGURES, ...dims[`kind:${kind}`] };
  return { base: f.base, organization: f.organization, rate: rate(f.organization, f.base) };
}

/**
 * The table a county sends upward (no 多头填报): per park or township and in total, the base and its
 * coverage by kind, party organizations by form, formed and revoked this year, and party members —
 * all from the live data.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly coverage: CoverageService,
    private readonly units: OrgUnitsRepository,
    private readonly branches: BranchEnterprisesRepository,
    private readonly enterprises: EnterpriseFactsRepository,
  ) {}

  async table(path: string, date = isoDate()): Promise<StatisticsTable> {
    checkDate(date);
    const unit = await this.coverage.jurisdiction(path);
    const children = await this.coverage.childJurisdictions(path);
    const [orgDocs, covered, members] = await Promise.all([
      this.units.partyOrgsUnder(callerScopes(), path) ?? [],
      this.branches.countsUnder(path),
      this.enterprises.membersByPlace(path),
    ]);
    const orgs: (PartyOrgFact & { id: string })[] = orgDocs.map((o) => ({
      id: o._id,
      path: o.path,
      kind: o.kind,
      form: o.form ?? null,
      foundedOn: o.foundedOn ?? (o.createdAt ? isoDate(new Date(o.createdAt)) : '0000-01-01'),
      revokedOn: o.status === 'revoked' ? (o.revoked?.on ?? '0000-01-01') : null,
    }));
    const row = async (at: { path: string; label: string }): Promise<{ row: StatisticsRow; source: StatisticsTable['source'] }> => {
      const { dims, source } = await this.coverage.dimsOn(at.path, date);
      const all = { ...EMPTY_FIGURES, ...dims.all };
      const mine = orgs.filter((o) => isWithin(o.path, at.path));
      const byForm = { independent: 0, joint: 0, hosted: 0 };
      for (const o of mine) if (o.form && o.revokedOn === null) byForm[o.form] += covered.get(o.id) ?? 0;
      let formal = 0;
      let party = 0;
      for (const [place, m] of members) {
        if (!isWithin(place, at.path)) continue;
        formal += m.formal;
        party += m.party;
      }
      return {
        source,
        row: {
          path: at.path,
          label: at.label,
          enterprises: baseOf(dims, 'enterprise'),
          socialOrgs: baseOf(dims, 'social-org'),
          workRate: rate(all.work, all.base),
          orgs: partyOrgFigures(mine, date),
          enterprisesByForm: byForm,
          members: { formal, probationary: party - formal },
        },
      };
    };
    const total = await row({ path, label: unit.label });
    const rows = await Promise.all(children.map((c) => row({ path: c.path, label: c.label })));
    return { path, label: unit.label, date, source: total.source, rows: rows.map((r) => r.row), total: total.row };
  }
}
