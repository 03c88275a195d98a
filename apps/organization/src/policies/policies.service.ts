import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { callerScopes, outOfScope } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode, PolicyChangedV1 } from '@dangjian/contracts';
import { EffectivePolicy, POLICY_LABELS, PolicyKey, PolicyVersion, effectivePolicy, isCalendarDate, isoDate, placeVersion, settingsProblems } from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { VersionConflictError } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext, callerEvent, invalidFields } from '@dangjian/platform';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { CreatePolicyVersionDto } from './dtos/policy.dto';
import { PoliciesRepository } from './policies.repository';
import { PolicyDoc, StoredPolicyVersion } from './policy.schema';

const WHAT = '辖区 / jurisdiction';
const JURISDICTION_KINDS = ['county', 'park', 'township'];

export interface PolicyVersionView {
  id: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  settings: Record<string, unknown>;
  note?: string;
  createdBy: string;
  createdAt: string;
}

const view = (v: StoredPolicyVersion): PolicyVersionView => ({ ...v, settings: v.settings as Record<string, unknown>, createdAt: new Date(v.createdAt).toISOString() });
const asVersions = (orgPath: string, doc: PolicyDoc | undefined): PolicyVersion[] => (doc?.versions ?? []).map((v) => ({ ...v, orgPath }));

const invalid = (problems: { field: string; message: string }[]) => invalidFields(problems.map((p) => ({ field: p.field, problems: [p.message] })));

@Injectable()
export class PoliciesService {
  constructor(
    private readonly policies: PoliciesRepository,
    private readonly units: OrgUnitsRepository,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  /** The policy in force for a path in scope on a date, with where each value comes from. */
  async effective(orgPath: string, date = isoDate()): Promise<EffectivePolicy & { labels: Record<PolicyKey, string> }> {
    if (!isCalendarDate(date)) throw invalid([{ field: 'date', message: '不是有效日期 / not a calendar date' }]);
    const chain = await this.policies.chain(callerScopes(), orgPath);
    if (!chain || !(await this.units.findByPath(callerScopes(), orgPath))) throw outOfScope(WHAT);
    const versions = new Map([...chain].map(([path, doc]) => [path, asVersions(path, doc)]));
    return { ...effectivePolicy(orgPath, date, versions), labels: POLICY_LABELS };
  }

  /** The policy in force for the service's own rules (no caller scope: events and jobs apply it). */
  async inForce(orgPath: string, date = isoDate()): Promise<EffectivePolicy> {
    const chain = await this.policies.chainForService(orgPath);
    return effectivePolicy(orgPath, date, new Map([...chain].map(([path, doc]) => [path, asVersions(path, doc)])));
  }

  /** A jurisdiction's own versions, oldest first. */
  async versions(orgPath: string): Promise<{ orgPath: string; versions: PolicyVersionView[] }> {
    const chain = await this.policies.chain(callerScopes(), orgPath);
    if (!chain || !(await this.units.findByPath(callerScopes(), orgPath))) throw outOfScope(WHAT);
    return { orgPath, versions: (chain.get(orgPath)?.versions ?? []).map(view) };
  }

  /**
   * A new version of a county's, park's or township's policy. Its settings are checked against the
   * policy it inherits on its first day; an open-ended latest version ends when it starts; a
   * version sharing a day with another is refused.
   */
  async create(input: CreatePolicyVersionDto): Promise<{ orgPath: string; version: PolicyVersionView; closed?: { id: string; effectiveUntil: string } }> {
    const scopes = callerScopes();
    const unit = await this.units.findByPath(scopes, input.path);
    if (!unit) throw outOfScope(WHAT);
    if (!JURISDICTION_KINDS.includes(unit.kind)) {
      throw new DomainException(OrganizationErrorCode.POLICY_NOT_FOR_THIS_UNIT, '政策按县、园区、乡镇制定，党组织执行所在辖区的政策 / Policy is set per county, park or township; party orgs follow their jurisdiction’s', { path: input.path, kind: unit.kind });
    }
    const dates = [
      ...(isCalendarDate(input.effectiveFrom) ? [] : [{ field: 'effectiveFrom', message: '不是有效日期 / not a calendar date' }]),
      ...(input.effectiveUntil !== undefined && !isCalendarDate(input.effectiveUntil) ? [{ field: 'effectiveUntil', message: '不是有效日期 / not a calendar date' }] : []),
    ];
    if (dates.length) throw invalid(dates);
    if (input.effectiveUntil !== undefined && input.effectiveUntil <= input.effectiveFrom) {
      throw invalid([{ field: 'effectiveUntil', message: '失效日期应晚于生效日期 / must be after effectiveFrom' }]);
    }
    const chain = (await this.policies.chain(scopes, input.path))!;
    const versions = new Map([...chain].map(([path, doc]) => [path, asVersions(path, doc)]));
    versions.delete(input.path);
    const inherited = effectivePolicy(input.path, input.effectiveFrom, versions).settings;
    const problems = settingsProblems(input.settings, inherited);
    if (problems.length) throw invalid(problems.map((p) => ({ ...p, field: `settings.${p.field}` })));

    const current = chain.get(input.path);
    const place = placeVersion(asVersions(input.path, current), { effectiveFrom: input.effectiveFrom, effectiveUntil: input.effectiveUntil ?? null });
    if (!place.ok) {
      const other = place.overlapping;
      throw new DomainException(
        OrganizationErrorCode.POLICY_VERSION_OVERLAPS,
        `与 ${other.effectiveFrom} 起的版本时间重叠 / Overlaps the version in force from ${other.effectiveFrom}${other.effectiveUntil ? ` until ${other.effectiveUntil}` : ''}`,
        { field: 'effectiveFrom', overlapping: { id: other.id, effectiveFrom: other.effectiveFrom, effectiveUntil: other.effectiveUntil ?? null } },
      );
    }
    const version: StoredPolicyVersion = {
      id: randomUUID(),
      effectiveFrom: input.effectiveFrom,
      effectiveUntil: input.effectiveUntil ?? null,
      settings: input.settings,
      ...(input.note ? { note: input.note } : {}),
      createdBy: RequestContext.principal()?.username ?? 'system',
      createdAt: new Date(),
    };
    const next = [...(current?.versions ?? []).map((v) => (place.close && v.id === place.close.id ? { ...v, effectiveUntil: place.close.effectiveUntil } : v)), version].sort((a, b) =>
      a.effectiveFrom.localeCompare(b.effectiveFrom),
    );
    const closed = place.close ? { versionId: place.close.id, effectiveUntil: place.close.effectiveUntil } : null;
    const events = [
      callerEvent('organization', PolicyChangedV1, input.path, {
        orgPath: input.path,
        versionId: version.id,
        effectiveFrom: version.effectiveFrom,
        effectiveUntil: version.effectiveUntil,
        settings: input.settings,
        closed,
      }),
      this.audit.event({
        action: 'policy.create',
        target: { kind: 'policy', id: version.id, orgPath: input.path },
        changes: { effectiveFrom: { to: version.effectiveFrom }, settings: { to: input.settings }, ...(closed ? { closedVersion: { to: closed } } : {}) },
      }),
    ];
    try {
      await this.policies.saveVersions(scopes, input.path, current, next, events);
    } catch (error) {
      if (error instanceof VersionConflictError || (error as { code?: number }).code === 11000) {
        throw new DomainException(CommonErrorCode.VERSION_CONFLICT, '该辖区政策刚被他人修改，请刷新后重试 / The policy was changed meanwhile; reload and retry');
      }
      throw error;
    }
    this.relay.nudge(this.policies.model, input.path);
    return { orgPath: input.path, version: view(version), ...(place.close ? { closed: place.close } : {}) };
  }
}
