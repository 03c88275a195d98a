import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { callerScopes, inAnyScope, outOfScope } from '@dangjian/auth';
import { CommonErrorCode, EventEnvelope, MEMBER_STAGES, MemberStageChangedV1, OrganizationErrorCode } from '@dangjian/contracts';
import { birthDateOf, citizenIdProblem, genderOf, maskCitizenId, maskPhone, normalizeCitizenId } from '@dangjian/domain-identifiers';
import { DEVELOPMENT_STAGE_LABELS, DevelopmentStage, RosterRow, developmentStepProblem, isCalendarDate, isoDate, probationEndsOn } from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { FieldCipher, VersionConflictError } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext, callerEvent, decodeCursor, encodeCursor, invalidFields } from '@dangjian/platform';
import { OrgUnitDoc } from '../org-units/org-unit.schema';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { PoliciesService } from '../policies/policies.service';
import { CreateMemberDto, DevelopmentStepDto, UpdateMemberDto } from './dtos/member.dto';
import { MemberDoc, MemberStep, categoryOf } from './member.schema';
import { MemberListQuery, MembersRepository } from './members.repository';
import { readRosterWorkbook, readUpload } from './roster-workbook';

// The wire's stage list and the rules' are one list.
const _sameStages: readonly DevelopmentStage[] = MEMBER_STAGES;
void _sameStages;

const WHAT = '党员 / member';

export interface DevelopmentCounts {
  applicants: number;
  activists: number;
  targets: number;
  probationary: number;
  formal: number;
}
const COUNTED: Record<DevelopmentStage, keyof DevelopmentCounts> = { applicant: 'applicants', activist: 'activists', target: 'targets', probationary: 'probationary', formal: 'formal' };
const emptyCounts = (): DevelopmentCounts => ({ applicants: 0, activists: 0, targets: 0, probationary: 0, formal: 0 });

export interface MemberStepView {
  stage: DevelopmentStage;
  on: string;
  documents: MemberStep['documents'];
  by: string;
}

/** A record as every response shows it: the citizen ID and phone masked. */
export interface MemberView {
  id: string;
  orgId: string;
  orgPath: string;
  name: string;
  citizenId: string;
  phone: string | null;
  gender: 'male' | 'female';
  birthDate: string;
  education: string | null;
  position: string | null;
  enterpriseId: string | null;
  stage: DevelopmentStage;
  stageLabel: string;
  category: string;
  status: string;
  joinedOn: string | null;
  formalOn: string | null;
  probationEndsOn: string | null;
  account: string | null;
  steps: MemberStepView[];
}

export function toMemberView(doc: MemberDoc): MemberView {
  const dayOf = (stage: DevelopmentStage) => [...doc.steps].reverse().find((s) => s.stage === stage)?.on ?? null;
  const joinedOn = dayOf('probationary');
  return {
    id: doc._id,
    orgId: doc.orgId,
    orgPath: doc.orgPath,
    name: doc.name,
    citizenId: doc.citizenIdMasked,
    phone: doc.phoneMasked,
    gender: doc.gender,
    birthDate: doc.birthDate,
    education: doc.education,
    position: doc.position,
    enterpriseId: doc.enterpriseId,
    stage: doc.stage,
    stageLabel: DEVELOPMENT_STAGE_LABELS[doc.stage],
    category: doc.category,
    status: doc.status,
    joinedOn,
    formalOn: dayOf('formal'),
    probationEndsOn: doc.stage === 'probationary' && joinedOn ? probationEndsOn(joinedOn) : null,
    account: doc.account,
    steps: doc.steps.map(({ stage, on, documents, by }) => ({ stage, on, documents, by })),
  };
}

/** The roster and the development pipeline of each branch; citizen IDs sealed, one org per person. */
@Injectable()
export class MembersService {
  constructor(
    private readonly members: MembersRepository,
    private readonly units: OrgUnitsRepository,
    private readonly policies: PoliciesService,
    private readonly cipher: FieldCipher,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async list(query: Omit<MemberListQuery, 'after'> & { cursor?: string }): Promise<{ items: MemberView[]; next?: string }> {
    const docs = await this.members.list(callerScopes(), { ...query, after: decodeCursor(query.cursor, 3) as MemberListQuery['after'] });
    if (!docs) throw outOfScope('组织 / unit');
    const last = docs[docs.length - 1];
    return {
      items: docs.map(toMemberView),
      ...(docs.length === query.limit && last ? { next: encodeCursor([last.orgPath, last.name, last._id]) } : {}),
    };
  }

  async get(id: string): Promise<MemberView> {
    return toMemberView(await this.record(id));
  }

  /** The person's active record by exact citizen ID, or with `history` every record (transferred out, left) too: through the blind index, nothing decrypted. */
  async lookup(citizenId: string, history = false): Promise<{ items: MemberView[] }> {
    const hash = this.cipher.blindIndex(validCitizenId(citizenId));
    if (history) return { items: (await this.members.byCitizenIdHash(callerScopes(), hash)).map(toMemberView) };
    const active = await this.members.activeByCitizenIdHash(callerScopes(), hash);
    return { items: active ? [toMemberView(active)] : [] };
  }

  /** The caller's own record, by platform username. */
  async own(): Promise<MemberView> {
    const username = RequestContext.principal()?.username;
    const doc = username ? await this.members.ownRecord(username) : null;
    if (!doc) throw outOfScope('本人的党员信息 / own member record');
    return toMemberView(doc);
  }

  /** The full citizen ID and phone; the view is in the audit trail before the numbers are answered. */
  async identity(id: string): Promise<{ id: string; name: string; citizenId: string; phone: string | null }> {
    const doc = await this.record(id);
    const event = this.audit.event({ action: 'member-identity.read', target: { kind: 'member', id: doc._id, orgPath: doc.orgPath } });
    const viewId = randomUUID();
    await this.members.recordIdentityView(viewId, doc._id, event);
    this.relay.nudge(this.members.identityViews, viewId);
    return { id: doc._id, name: doc.name, citizenId: this.cipher.open(doc.citizenId), phone: doc.phone ? this.cipher.open(doc.phone) : null };
  }

  async create(dto: CreateMemberDto): Promise<MemberView> {
    const scopes = callerScopes();
    const citizenId = validCitizenId(dto.citizenId);
    const unit = await this.branch(dto.orgId);
    const steps = this.initialSteps(dto);
    const id = randomUUID();
    const hash = this.cipher.blindIndex(citizenId);
    const claim = await this.members.claim(hash, id);
    if (claim.taken) throw activeElsewhere(claim.holder, scopes);
    const doc = this.newRecord(id, unit, citizenId, dto, steps);
    const events = [
      callerEvent('organization', MemberStageChangedV1, id, { memberId: id, orgId: unit._id, orgPath: unit.path, from: null, to: dto.stage, on: dto.since }),
      this.audit.event({
        action: 'member.create',
        target: { kind: 'member', id, orgPath: unit.path },
        changes: { name: { to: dto.name }, citizenId: { to: citizenId }, stage: { to: dto.stage } },
        sensitive: ['citizenId'],
      }),
    ];
    try {
      await this.members.create(scopes, doc, events);
    } catch (error) {
      await this.members.release(hash, id);
      throw error;
    }
    this.relay.nudge(this.members.model, id);
    return toMemberView({ ...doc, orgAncestors: [] });
  }

  /** A branch's roster workbook (the upload itself): the branch is checked before the file is read. */
  async importRosterWorkbook(orgId: string, upload: unknown): Promise<{ total: number; created: number; refused: { line: number; column: string; reason: string }[] }> {
    const unit = await this.branch(orgId);
    const file = await readRosterWorkbook(await readUpload(upload), isoDate());
    const result = await this.importRoster(unit, file.rows);
    const refused = [...file.refused, ...result.refused].sort((a, b) => a.line - b.line);
    return { total: file.rows.length + new Set(file.refused.map((r) => r.line)).size, created: result.created, refused };
  }

  /**
   * A branch's roster from its workbook's rows, in batches: people active in another org are refused
   * (with the row), the rest entered with their events.
   */
  private async importRoster(unit: OrgUnitDoc, rows: { line: number; row: RosterRow }[], batchSize = 500): Promise<{ created: number; refused: { line: number; column: string; reason: string }[] }> {
    const scopes = callerScopes();
    const refused: { line: number; column: string; reason: string }[] = [];
    let created = 0;
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize).map((r) => ({ ...r, id: randomUUID(), hash: this.cipher.blindIndex(r.row.citizenId) }));
      const contested = await this.members.claimMany(batch.map((b) => ({ hash: b.hash, memberId: b.id })));
      const kept = [];
      for (const [i, entry] of batch.entries()) {
        const claim = contested.has(i) ? await this.members.claim(entry.hash, entry.id) : { taken: false as const };
        if (claim.taken) refused.push({ line: entry.line, column: '公民身份号码', reason: activeElsewhere(claim.holder, scopes).message });
        else kept.push(entry);
      }
      if (!kept.length) continue;
      const docs = kept.map(({ id, row }) => {
        const doc = this.newRecord(id, unit, row.citizenId, row, this.initialSteps(row));
        const events: EventEnvelope[] = [callerEvent('organization', MemberStageChangedV1, id, { memberId: id, orgId: unit._id, orgPath: unit.path, from: null, to: row.stage, on: row.since })];
        return { doc, events };
      });
      docs[0].events.push(this.audit.event({ action: 'member.create', target: { kind: 'member', id: unit._id, orgPath: unit.path }, changes: { imported: { to: kept.length } } }));
      await this.members.createMany(scopes, docs);
      for (const { id } of kept) this.relay.nudge(this.members.model, id);
      created += kept.length;
    }
    return { created, refused };
  }

  async update(id: string, dto: UpdateMemberDto): Promise<MemberView> {
    const scopes = callerScopes();
    const doc = await this.activeRecord(id);
    const set: Partial<MemberDoc> = {};
    const changes: Record<string, { from?: unknown; to?: unknown }> = {};
    for (const key of ['name', 'education', 'position', 'enterpriseId', 'account'] as const) {
      if (dto[key] !== undefined && dto[key] !== doc[key]) {
        (set as Record<string, unknown>)[key] = dto[key];
        changes[key] = { from: doc[key], to: dto[key] };
      }
    }
    if (dto.phone !== undefined) {
      Object.assign(set, this.sealedPhone(dto.phone));
      changes.phone = { to: dto.phone };
    }
    let newHash: string | null = null;
    if (dto.citizenId !== undefined) {
      const citizenId = validCitizenId(dto.citizenId);
      const hash = this.cipher.blindIndex(citizenId);
      if (hash !== doc.citizenId.h) {
        const claim = await this.members.claim(hash, doc._id);
        if (claim.taken) throw activeElsewhere(claim.holder, scopes);
        newHash = hash;
        Object.assign(set, { citizenId: this.cipher.seal(citizenId), citizenIdMasked: maskCitizenId(citizenId), gender: genderOf(citizenId), birthDate: birthDateOf(citizenId) });
        changes.citizenId = { from: this.cipher.open(doc.citizenId), to: citizenId };
      }
    }
    if (Object.keys(set).length === 0) return toMemberView(doc);
    const event = this.audit.event({ action: 'member.update', target: { kind: 'member', id, orgPath: doc.orgPath }, changes, sensitive: ['citizenId', 'phone'] });
    try {
      await this.members.update(scopes, doc, { $set: set }, [event]);
    } catch (error) {
      if (newHash) await this.members.release(newHash, doc._id);
      throw conflict(error);
    }
    if (newHash) await this.members.release(doc.citizenId.h, doc._id);
    this.relay.nudge(this.members.model, id);
    return toMemberView({ ...doc, ...set });
  }

  /** Takes a person off the roster or the pipeline (death, leaving the party, an application withdrawn); the record stays as history. */
  async remove(id: string, reason: string, on = isoDate()): Promise<MemberView> {
    const scopes = callerScopes();
    const doc = await this.activeRecord(id);
    if (!isCalendarDate(on) || on > isoDate()) throw invalidFields([{ field: 'on', problems: ['应为今天或以前的日期 / a date no later than today'] }]);
    if (doc.pendingTransferId) throw new DomainException(OrganizationErrorCode.TRANSFER_REFUSED, '该党员有一项转接尚待接收，请先撤回 / A transfer of this member is pending; withdraw it first', { transferId: doc.pendingTransferId });
    const left = { on, reason, by: RequestContext.principal()?.username ?? 'system' };
    const event = this.audit.event({ action: 'member.update', target: { kind: 'member', id, orgPath: doc.orgPath }, changes: { status: { from: doc.status, to: 'removed' }, reason: { to: reason } } });
    try {
      await this.members.update(scopes, doc, { $set: { status: 'removed', left } }, [event]);
    } catch (error) {
      throw conflict(error);
    }
    await this.members.release(doc.citizenId.h, doc._id);
    this.relay.nudge(this.members.model, id);
    return toMemberView({ ...doc, status: 'removed', left });
  }

  /** The next development step, refused with the reason when it breaks the order or the policy's minimum durations. */
  async step(id: string, dto: DevelopmentStepDto): Promise<MemberView> {
    const scopes = callerScopes();
    const doc = await this.activeRecord(id);
    const minimums = (await this.policies.inForce(doc.orgPath)).settings.developmentMinimums;
    const problem = developmentStepProblem(doc.steps, dto, isoDate(), minimums);
    if (problem) {
      throw new DomainException(OrganizationErrorCode.DEVELOPMENT_STEP_REFUSED, problem.message, { reason: problem.code, ...('earliest' in problem ? { earliest: problem.earliest } : {}) });
    }
    const step: MemberStep = { stage: dto.stage, on: dto.on, documents: (dto.documents ?? []).map(documentOf), by: RequestContext.principal()?.username ?? 'system', at: new Date() };
    const events = [
      callerEvent('organization', MemberStageChangedV1, id, { memberId: id, orgId: doc.orgId, orgPath: doc.orgPath, from: doc.stage, to: dto.stage, on: dto.on }),
      this.audit.event({ action: 'member.update', target: { kind: 'member', id, orgPath: doc.orgPath }, changes: { stage: { from: doc.stage, to: dto.stage } } }),
    ];
    const set = { stage: dto.stage, category: categoryOf(dto.stage) };
    try {
      await this.members.update(scopes, doc, { $set: set, $push: { steps: step } }, events);
    } catch (error) {
      throw conflict(error);
    }
    this.relay.nudge(this.members.model, id);
    return toMemberView({ ...doc, ...set, steps: [...doc.steps, step] });
  }

  /** Each development step dated in a year, counted per unit right under `path` (怀宁's yearly report). */
  async developmentStatistics(path: string, year: number): Promise<{ path: string; year: number; rows: (DevelopmentCounts & { path: string; label: string })[]; total: DevelopmentCounts }> {
    const scopes = callerScopes();
    const docs = await this.members.stepsDated(scopes, path, `${year}-01-01`, `${year}-12-31`);
    if (!docs || !(await this.units.findByPath(scopes, path))) throw outOfScope('组织 / unit');
    const children = await this.units.list(scopes, { parentPath: path, limit: 1000 });
    const rows = children.map((unit) => ({ path: unit.path, label: unit.label, ...emptyCounts() }));
    const total = emptyCounts();
    for (const doc of docs) {
      const row = rows.find((r) => doc.orgPath === r.path || doc.orgPath.startsWith(`${r.path}/`));
      for (const step of doc.steps) {
        if (!step.on.startsWith(`${year}-`)) continue;
        const key = COUNTED[step.stage];
        total[key] += 1;
        if (row) row[key] += 1;
      }
    }
    return { path, year, rows, total };
  }

  private newRecord(id: string, unit: OrgUnitDoc, citizenId: string, dto: Omit<CreateMemberDto, 'orgId' | 'citizenId'>, steps: MemberStep[]): Omit<MemberDoc, '__v' | 'orgAncestors'> {
    return {
      _id: id,
      orgId: unit._id,
      orgPath: unit.path,
      name: dto.name,
      citizenId: this.cipher.seal(citizenId),
      citizenIdMasked: maskCitizenId(citizenId),
      ...this.sealedPhone(dto.phone),
      gender: genderOf(citizenId),
      birthDate: birthDateOf(citizenId),
      education: dto.education ?? null,
      position: dto.position ?? null,
      enterpriseId: dto.enterpriseId ?? null,
      stage: dto.stage,
      category: categoryOf(dto.stage),
      steps,
      status: 'active',
      account: dto.account ?? null,
    };
  }

  private initialSteps(dto: Pick<CreateMemberDto, 'stage' | 'since' | 'joinedOn'>): MemberStep[] {
    const today = isoDate();
    const by = RequestContext.principal()?.username ?? 'system';
    const problems: { field: string; problems: string[] }[] = [];
    if (!isCalendarDate(dto.since) || dto.since > today) problems.push({ field: 'since', problems: ['应为今天或以前的日期 / a date no later than today'] });
    if (dto.joinedOn !== undefined) {
      if (dto.stage !== 'formal') problems.push({ field: 'joinedOn', problems: ['只有正式党员填写入党日期 / only for formal members'] });
      else if (!isCalendarDate(dto.joinedOn) || dto.joinedOn > dto.since) problems.push({ field: 'joinedOn', problems: ['应为转正日期以前的日期 / a date before becoming formal'] });
    }
    if (problems.length) throw invalidFields(problems);
    const step = (stage: DevelopmentStage, on: string): MemberStep => ({ stage, on, documents: [], by, at: new Date() });
    return dto.joinedOn ? [step('probationary', dto.joinedOn), step(dto.stage, dto.since)] : [step(dto.stage, dto.since)];
  }

  private sealedPhone(phone: string | undefined): Pick<MemberDoc, 'phone' | 'phoneMasked'> {
    const digits = phone?.replace(/[\s-]+/g, '');
    return digits ? { phone: this.cipher.seal(digits), phoneMasked: maskPhone(digits) } : { phone: null, phoneMasked: null };
  }

  private async record(id: string): Promise<MemberDoc> {
    const doc = await this.members.findById(callerScopes(), id);
    if (!doc) throw outOfScope(WHAT);
    return doc;
  }

  private async activeRecord(id: string): Promise<MemberDoc> {
    const doc = await this.record(id);
    if (doc.status !== 'active') {
      throw new DomainException(OrganizationErrorCode.MEMBER_NOT_ACTIVE, '该党员已转出或不在册，记录仅供查阅 / The member left this org; the record is history', { status: doc.status });
    }
    return doc;
  }

  /** Members belong to branches (党支部), active ones, in the caller's scopes. */
  private async branch(orgId: string): Promise<OrgUnitDoc> {
    const unit = await this.units.findById(callerScopes(), orgId);
    if (!unit) throw outOfScope('党支部 / branch');
    if (unit.kind !== 'branch') {
      throw new DomainException(OrganizationErrorCode.NOT_A_BRANCH, '党员编入党支部 / Members belong to a branch', { orgId, kind: unit.kind });
    }
    if (unit.status === 'revoked' || unit.status === 'closed') {
      throw new DomainException(OrganizationErrorCode.PARTY_ORG_REVOKED, '该党支部已撤销或撤并 / The branch is revoked or closed', { orgId, status: unit.status });
    }
    return unit;
  }
}

function documentOf(dto: { title: string; number?: string | null; date?: string | null }): MemberStep['documents'][number] {
  return { title: dto.title, ...(dto.number ? { number: dto.number } : {}), ...(dto.date ? { date: dto.date } : {}) };
}

function validCitizenId(value: string): string {
  const problem = citizenIdProblem(value);
  if (!problem) return normalizeCitizenId(value);
  const reasons = {
    length: '应为 18 位 / must be 18 characters',
    character: '前 17 位应为数字，末位为数字或 X / 17 digits and a digit or X',
    'birth-date': '出生日期（第 7–14 位）不存在 / characters 7-14 are not a real birth date',
    check: '校验位不符，请核对 / the check character does not match; check the number',
  };
  throw new DomainException(OrganizationErrorCode.INVALID_CITIZEN_ID, `身份证号不正确：${reasons[problem]}`, { field: 'citizenId', problem });
}

/** The holder's org is named only to a caller who may see it. */
function activeElsewhere(holder: MemberDoc, scopes: readonly string[]): DomainException {
  const visible = inAnyScope(holder.orgPath, scopes);
  return new DomainException(
    OrganizationErrorCode.MEMBER_ACTIVE_ELSEWHERE,
    `此人已在${visible ? ` ${holder.orgPath} ` : '其他党组织'}在册，一人只能在一个党组织；请办理组织关系转接 / The person is active in another org; transfer the membership instead`,
    visible ? { memberId: holder._id, orgPath: holder.orgPath } : undefined,
  );
}

function conflict(error: unknown): unknown {
  if (error instanceof VersionConflictError) {
    return new DomainException(CommonErrorCode.VERSION_CONFLICT, '该党员信息刚被他人修改，请刷新后重试 / The record was changed meanwhile; reload and retry');
  }
  return error;
}

