import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { callerScopes, inAnyScope, outOfScope } from '@dangjian/auth';
import { CommonErrorCode } from '@dangjian/contracts';
import { LEADER_KIND_LABELS, LeaderRule, leaderRuleProblems } from '@dangjian/domain-instructor';
import { isCalendarDate, isoDate } from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { VersionConflictError } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext, invalidFields } from '@dangjian/platform';
import { EnterprisesRepository } from '../enterprises/enterprises.repository';
import { OrganizationClient } from '../organization-client';
import { CreateLeaderDto, LeaderContactDto, SetLinksDto } from './dtos/leader.dto';
import { LeaderDoc, LeaderLink } from './leader.schema';
import { LeadersRepository } from './leaders.repository';

const WHAT = '领导联系点 / leader';
/** Org units a working-committee member may guide: party organizations, not jurisdictions. */
const ORG_KINDS = ['party-committee', 'general-branch', 'branch'];

function leaderView(doc: LeaderDoc, rule: LeaderRule) {
  const problems = leaderRuleProblems(doc.kind, doc.links, rule);
  const last = new Map<string, string>();
  for (const c of doc.contacts) if ((last.get(c.target) ?? '') < c.on) last.set(c.target, c.on);
  return {
    id: doc._id,
    name: doc.name,
    title: doc.title,
    kind: doc.kind,
    kindLabel: LEADER_KIND_LABELS[doc.kind],
    orgPath: doc.orgPath,
    links: doc.links.map((l) => ({ ...l, lastContact: last.get(l.target) ?? null })),
    contacts: [...doc.contacts].sort((a, b) => b.on.localeCompare(a.on)),
    keepsRule: problems.length === 0,
    problems,
    version: doc.__v ?? 0,
  };
}
export type LeaderView = ReturnType<typeof leaderView>;

/** Leaders' contact points: who contacts which enterprise or guides which orgs, their visits, and whether the rule holds. */
@Injectable()
export class LeadersService {
  constructor(
    private readonly leaders: LeadersRepository,
    private readonly enterprises: EnterprisesRepository,
    private readonly organization: OrganizationClient,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async create(dto: CreateLeaderDto): Promise<LeaderView> {
    const jurisdiction = await this.organization.jurisdiction(dto.orgPath);
    if (!jurisdiction) throw outOfScope('辖区 / jurisdiction');
    const id = randomUUID();
    const doc: Omit<LeaderDoc, '__v' | 'orgAncestors'> = { _id: id, name: dto.name.trim(), title: dto.title.trim(), kind: dto.kind, orgPath: dto.orgPath, links: [], contacts: [] };
    await this.leaders.create(callerScopes(), doc, [this.audit.event({ action: 'leader.create', target: { kind: 'leader', id, orgPath: dto.orgPath }, changes: { name: { to: doc.name }, kind: { to: dto.kind } } })]);
    this.relay.nudge(this.leaders.model, id);
    return leaderView({ ...doc, orgAncestors: [], __v: 0 }, await this.rule(dto.orgPath));
  }

  /** A jurisdiction's leaders, each with the rule check, and how many keep it. */
  async list(path: string, kind?: LeaderDoc['kind']): Promise<{ items: LeaderView[]; total: number; keepingRule: number }> {
    const docs = await this.leaders.list(callerScopes(), path, kind);
    if (!docs) throw outOfScope('辖区 / jurisdiction');
    const rules = new Map<string, LeaderRule>();
    for (const place of new Set(docs.map((d) => d.orgPath))) rules.set(place, await this.rule(place));
    const items = docs.map((d) => leaderView(d, rules.get(d.orgPath)!));
    return { items, total: items.length, keepingRule: items.filter((i) => i.keepsRule).length };
  }

  async get(id: string): Promise<LeaderView> {
    const doc = await this.leader(id);
    return leaderView(doc, await this.rule(doc.orgPath));
  }

  /** The contact rule of the leader's jurisdiction (policy: 怀宁 one enterprise per county leader, 濉溪 seven orgs per member). */
  private async rule(orgPath: string): Promise<LeaderRule> {
    return (await this.organization.policy(orgPath)).leaderRule;
  }

  /** Replaces a leader's links: enterprises from the ledger, orgs from the tree, each in the caller's scope. */
  async setLinks(id: string, dto: SetLinksDto): Promise<LeaderView> {
    const scopes = callerScopes();
    const doc = await this.leader(id);
    const links: LeaderLink[] = [];
    const problems: { field: string; problems: string[] }[] = [];
    for (const [i, link] of dto.links.entries()) {
      if (link.kind === 'enterprise') {
        const enterprise = await this.enterprises.findById(scopes, link.target);
        if (!enterprise) problems.push({ field: `links.${i}.target`, problems: ['找不到该企业 / no such enterprise in your scope'] });
        else links.push({ kind: 'enterprise', target: enterprise._id, name: enterprise.name, orgPath: enterprise.orgPath, orgClass: null });
      } else {
        const org = await this.organization.jurisdiction(link.target);
        if (!org || !ORG_KINDS.includes(org.kind)) problems.push({ field: `links.${i}.target`, problems: ['找不到该党组织 / no such party organization in your scope'] });
        else links.push({ kind: 'org', target: org.path, name: org.label, orgPath: org.path, orgClass: link.orgClass ?? null });
      }
    }
    if (new Set(links.map((l) => l.target)).size !== links.length) problems.push({ field: 'links', problems: ['联系对象重复 / a link is listed twice'] });
    if (problems.length) throw invalidFields(problems);
    await this.leaders
      .update(scopes, doc, dto.version, { $set: { links } }, [this.audit.event({ action: 'leader.links', target: { kind: 'leader', id, orgPath: doc.orgPath }, changes: { links: { from: doc.links.map((l) => l.name), to: links.map((l) => l.name) } } })])
      .catch((e: unknown) => Promise.reject(this.conflict(e)));
    this.relay.nudge(this.leaders.model, id);
    return this.get(id);
  }

  /** Records a visit to one of the leader's enterprises or orgs. */
  async addContact(id: string, dto: LeaderContactDto): Promise<LeaderView> {
    const doc = await this.leader(id);
    if (!isCalendarDate(dto.on) || dto.on > isoDate()) throw invalidFields([{ field: 'on', problems: ['应为今天或以前的日期 / a date no later than today'] }]);
    if (!doc.links.some((l) => l.target === dto.target)) throw invalidFields([{ field: 'target', problems: ['不是该领导的联系对象 / not one of this leader’s contacts'] }]);
    const contact = { on: dto.on, target: dto.target, note: dto.note.trim(), by: RequestContext.principal()?.username ?? 'system' };
    await this.leaders
      .update(callerScopes(), doc, doc.__v ?? 0, { $push: { contacts: contact } }, [this.audit.event({ action: 'leader.contact', target: { kind: 'leader', id, orgPath: doc.orgPath }, changes: { contact: { to: contact } } })])
      .catch((e: unknown) => Promise.reject(this.conflict(e)));
    return this.get(id);
  }

  private async leader(id: string): Promise<LeaderDoc> {
    const doc = await this.leaders.findById(callerScopes(), id);
    if (!doc || !inAnyScope(doc.orgPath, callerScopes())) throw outOfScope(WHAT);
    return doc;
  }

  private conflict(error: unknown): unknown {
    return error instanceof VersionConflictError ? new DomainException(CommonErrorCode.VERSION_CONFLICT, '该记录刚被他人修改，请刷新后重试 / The record was changed meanwhile; reload and retry') : error;
  }
}
