import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { callerScopes, outOfScope } from '@dangjian/auth';
import { ENTERPRISE_KINDS, ENTERPRISE_KIND_LABELS, EnterpriseKind, OrganizationErrorCode } from '@dangjian/contracts';
import {
  CoverageFigures,
  CoverageGap,
  EMPTY_FIGURES,
  INDUSTRY_SECTIONS,
  TargetStanding,
  isCalendarDate,
  isoDate,
  rate,
  targetStandings,
} from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { AuditTrail, DomainException, RequestContext, invalidFields } from '@dangjian/platform';
import { EnterpriseFactsRepository } from '../enterprises/enterprise-facts.repository';
import { OrgUnitDoc } from '../org-units/org-unit.schema';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { PoliciesService } from '../policies/policies.service';
import { CoverageApplier } from './coverage-applier';
import { CoverageRepository, STATE_ID } from './coverage.repository';
import { CoverageDims, CoverageRebuild } from './coverage.schema';

const WHAT = '辖区 / jurisdiction';
const JURISDICTION_KINDS = new Set(['county', 'park', 'township']);

export interface FiguresRow extends CoverageFigures {
  /** Percent of the base, one decimal; null for an empty base. */
  organizationRate: number | null;
  workRate: number | null;
}

export interface CoverageView {
  path: string;
  label: string;
  date: string;
  /** live: today's counters; snapshot: the figures kept at the end of `figuresOf`; none: nothing was counted by then. */
  source: 'live' | 'snapshot' | 'none';
  figuresOf: string | null;
  totals: FiguresRow;
  byKind: (FiguresRow & { kind: EnterpriseKind; label: string })[];
  byIndustry: (FiguresRow & { industry: string; label: string })[];
  children: (FiguresRow & { path: string; label: string; kind: string })[];
  /** The policy's dated targets in force on the date, each met or not. */
  targets: TargetStanding[];
  /** The ≥ 50-employee rule: enterprises at or above the line in force, and those of them without members. */
  employeeRule: { threshold: number; by: string | null; large: number; largeWithoutMembers: number; met: boolean; due: boolean };
}

export interface GapItem {
  enterpriseId: string;
  uscc: string;
  name: string;
  orgPath: string;
  kind: EnterpriseKind;
  industry: string;
  large: boolean;
  hasMembers: boolean;
}

/** A statistics date: a calendar date, not in the future. */
export function checkDate(date: string): void {
  if (!isCalendarDate(date)) throw invalidFields([{ field: 'date', problems: ['不是有效日期 / not a calendar date'] }]);
  if (date > isoDate()) throw invalidFields([{ field: 'date', problems: ['不能是将来的日期 / must not be in the future'] }]);
}

function row(figures: Partial<CoverageFigures> | undefined): FiguresRow {
  const f = { ...EMPTY_FIGURES, ...figures };
  return { ...f, organizationRate: rate(f.organization, f.base), workRate: rate(f.work, f.base) };
}

/** Coverage (两个覆盖) per jurisdiction, read from the counters the applier keeps, within the caller's scope. */
@Injectable()
export class CoverageService {
  constructor(
    private readonly coverage: CoverageRepository,
    private readonly units: OrgUnitsRepository,
    private readonly policies: PoliciesService,
    private readonly applier: CoverageApplier,
    private readonly enterprises: EnterpriseFactsRepository,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async figures(path: string, date = isoDate()): Promise<CoverageView> {
    checkDate(date);
    const unit = await this.jurisdiction(path);
    const own = await this.dimsOn(path, date);
    const children = await this.childJurisdictions(path);
    const childDims = await Promise.all(children.map((child) => this.dimsOn(child.path, date)));
    const totals = row(own.dims.all);
    const policy = await this.policies.inForce(path, date);
    const { employeeRuleThreshold: threshold, employeeRuleBy: by } = policy.settings;
    return {
      path,
      label: unit.label,
      date,
      source: own.source,
      figuresOf: own.day,
      totals,
      byKind: ENTERPRISE_KINDS.map((kind) => ({ kind, label: ENTERPRISE_KIND_LABELS[kind], ...row(own.dims[`kind:${kind}`]) })),
      byIndustry: Object.keys(own.dims)
        .filter((d) => d.startsWith('industry:'))
        .map((d) => d.slice('industry:'.length))
        .sort()
        .map((industry) => ({ industry, label: INDUSTRY_SECTIONS[industry] ?? industry, ...row(own.dims[`industry:${industry}`]) }))
        .filter((r) => r.base > 0),
      children: children.map((child, i) => ({ path: child.path, label: child.label, kind: child.kind, ...row(childDims[i].dims.all) })),
      targets: targetStandings(policy.settings.coverageTargets, totals, date),
      employeeRule: { threshold, by, large: totals.large, largeWithoutMembers: totals.largeWithoutMembers, met: totals.largeWithoutMembers === 0, due: by !== null && by < date },
    };
  }

  /** Enterprises of the base on one gap list of a jurisdiction, by id. */
  async gaps(path: string, gap: CoverageGap, after: string | undefined, limit: number): Promise<{ items: GapItem[]; next?: string }> {
    await this.jurisdiction(path);
    const docs = (await this.coverage.gapPage(callerScopes(), path, gap, after, limit + 1)) ?? [];
    const items = docs.slice(0, limit).map((d) => ({
      enterpriseId: d._id,
      uscc: d.uscc,
      name: d.name,
      orgPath: d.orgPath,
      kind: d.state.kind,
      industry: d.state.industry,
      large: d.state.large,
      hasMembers: d.state.hasMembers,
    }));
    return docs.length > limit ? { items, next: items[items.length - 1].enterpriseId } : { items };
  }

  /** Starts a full rebuild (recompute every enterprise's entry, then recount every counter); 409 while one runs. */
  async rebuild(): Promise<CoverageRebuild> {
    const principal = RequestContext.principal();
    const rebuild: CoverageRebuild = {
      id: randomUUID(),
      status: 'running',
      cursor: '',
      processed: 0,
      total: await this.enterprises.count(),
      corrected: 0,
      requestedBy: principal?.username ?? principal?.id ?? 'system',
      startedAt: new Date(),
      finishedAt: null,
    };
    const audit = this.audit.event({ action: 'coverage.rebuild', target: { kind: 'coverage', id: rebuild.id }, changes: { status: { to: 'running' } } });
    const { started, rebuild: current } = await this.coverage.requestRebuild(rebuild, audit);
    if (!started) {
      throw new DomainException(OrganizationErrorCode.COVERAGE_REBUILD_RUNNING, '覆盖率正在重算，请等待完成 / A coverage rebuild is under way; wait for it to finish', { rebuild: current });
    }
    this.relay.nudge(this.coverage.states, STATE_ID);
    this.applier.poke();
    return rebuild;
  }

  async rebuildStatus(): Promise<CoverageRebuild | null> {
    return (await this.coverage.state()).rebuild;
  }

  /** The parks and townships right under a unit, in the caller's scope. */
  async childJurisdictions(path: string): Promise<OrgUnitDoc[]> {
    return (await this.units.list(callerScopes(), { parentPath: path, limit: 500 })).filter((u) => JURISDICTION_KINDS.has(u.kind));
  }

  /** A county, park or township in the caller's scope. */
  async jurisdiction(path: string): Promise<OrgUnitDoc> {
    const unit = await this.units.findByPath(callerScopes(), path);
    if (!unit) throw outOfScope(WHAT);
    if (!JURISDICTION_KINDS.has(unit.kind)) {
      throw new DomainException(OrganizationErrorCode.COVERAGE_NOT_FOR_THIS_UNIT, '覆盖率按县、园区、乡镇统计 / Coverage is counted per county, park and township', { path, kind: unit.kind });
    }
    return unit;
  }

  /** A jurisdiction's figures on a date: live today, from the latest snapshot up to a past date. */
  async dimsOn(path: string, date: string): Promise<{ dims: CoverageDims; source: CoverageView['source']; day: string | null }> {
    if (date === isoDate()) return { dims: (await this.coverage.counter(path))?.dims ?? {}, source: 'live', day: date };
    const snapshot = await this.coverage.snapshotOn(path, date);
    return snapshot ? { dims: snapshot.dims, source: 'snapshot', day: snapshot.day } : { dims: {}, source: 'none', day: null };
  }
}
