import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';
import { callerScopes, isWithin, outOfScope, pathAncestors } from '@dangjian/auth';
import { CommonErrorCode, OrgMovedV1, OrganizationErrorCode } from '@dangjian/contracts';
import { OutboxFields, OutboxRelay, outboxPlugin, withEvents } from '@dangjian/messaging';
import { documentKey, guardedUpdateOne, withDocumentLock } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext, callerEvent } from '@dangjian/platform';
import { jurisdictionOf, kindAllowedUnder, KIND_LABELS } from '../org-units/org-unit.rules';
import { OrgUnitDoc } from '../org-units/org-unit.schema';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { OrgUnitView, PARTY_ORG_KINDS, toView } from '../org-units/org-units.service';
import { BranchEnterprisesDoc } from './branch-enterprises.schema';
import { BranchEnterprisesRepository } from './branch-enterprises.repository';

/**
 * A move of a subtree, written first as one document with its event: the paths under it are then
 * rewritten one document at a time, and a restart finishes a move it finds unfinished. Each rewrite
 * checks the path it changes, so running it again changes nothing.
 */
export interface OrgUnitMoveDoc extends OutboxFields {
  _id: string;
  unitId: string;
  from: string;
  to: string;
  toParent: string;
  status: 'running' | 'done';
  at: Date;
  by: string;
}

export const ORG_UNIT_MOVE_MODEL = 'OrgUnitMove';
export const orgUnitMoveSchema = new Schema<OrgUnitMoveDoc>(
  {
    _id: String,
    unitId: { type: String, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    toParent: { type: String, required: true },
    status: { type: String, enum: ['running', 'done'], required: true },
    at: { type: Date, required: true },
    by: { type: String, required: true },
  },
  { collection: 'org_unit_moves', versionKey: false },
);
orgUnitMoveSchema.index({ status: 1 });
orgUnitMoveSchema.plugin(outboxPlugin);


const rebase = (path: string, from: string, to: string) => `${to}${path.slice(from.length)}`;

/** Moves a party organization, with what is under it, to another parent in the same park or township. */
@Injectable()
export class OrgUnitMoves implements OnApplicationBootstrap {
  private readonly logger = new Logger(OrgUnitMoves.name);

  constructor(
    @InjectModel(ORG_UNIT_MOVE_MODEL) readonly model: Model<OrgUnitMoveDoc>,
    private readonly units: OrgUnitsRepository,
    private readonly branches: BranchEnterprisesRepository,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const move of await this.model.find({ status: 'running' }).lean<OrgUnitMoveDoc[]>()) {
      await this.finish(move).catch((error: unknown) => this.logger.error(`finishing move ${move._id} failed: ${(error as Error).message}`));
    }
  }

  async move(id: string, parentPath: string): Promise<OrgUnitView> {
    const scopes = callerScopes();
    const unit = await this.units.findById(scopes, id);
    if (!unit) throw outOfScope('组织 / org unit');
    const parent = await this.units.findByPath(scopes, parentPath);
    if (!parent) throw new DomainException(OrganizationErrorCode.PARENT_ORG_UNIT_NOT_FOUND, '未找到上级组织 / Parent org unit not found', { parentPath });
    if (isWithin(parent.path, unit.path)) {
      throw new DomainException(OrganizationErrorCode.ORG_UNIT_CYCLE, '不能移到自身或其下级之下 / A unit cannot move under itself or a unit below it', { path: unit.path, parentPath });
    }
    if (!PARTY_ORG_KINDS.includes(unit.kind) || jurisdictionOf(parent.path) !== jurisdictionOf(unit.path) || unit.status === 'closed' || parent.status === 'closed') {
      throw new DomainException(
        OrganizationErrorCode.ORG_UNIT_MOVE_NOT_ALLOWED,
        '只有党总支、党支部可以调整隶属关系，且只能在本园区或乡镇内调整 / Only general branches and branches move, within their park or township',
        { path: unit.path, parentPath },
      );
    }
    if (!kindAllowedUnder(unit.kind, parent.kind)) {
      throw new DomainException(OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED, `${KIND_LABELS[parent.kind]}下不能设立${KIND_LABELS[unit.kind]} / A ${unit.kind} cannot sit under a ${parent.kind}`);
    }
    if (unit.parentPath === parent.path) return toView(unit);
    const to = `${parent.path}/${unit.name}`;
    if (await this.units.pathTaken(to)) throw new DomainException(OrganizationErrorCode.ORG_UNIT_EXISTS, `该组织已存在：${to} / Org unit already exists`, { path: to });
    if (await this.model.exists({ status: 'running' })) {
      throw new DomainException(CommonErrorCode.CONFLICT, '另一项隶属关系调整正在进行，请稍后再试 / Another move is under way; retry shortly');
    }
    const by = RequestContext.principal()?.username ?? 'system';
    const move: OrgUnitMoveDoc = { _id: randomUUID(), unitId: unit._id, from: unit.path, to, toParent: parent.path, status: 'running', at: new Date(), by };
    await this.model.create(
      withEvents(
        move,
        callerEvent('organization', OrgMovedV1, unit._id, { id: unit._id, kind: unit.kind, from: unit.path, to, fromParent: unit.parentPath ?? '', toParent: parent.path }),
        this.audit.event({ action: 'org-unit.update', target: { kind: 'org-unit', id: unit._id, orgPath: to }, changes: { path: { from: unit.path, to } } }),
      ),
    );
    this.relay.nudge(this.model, move._id);
    await this.finish(move);
    return toView((await this.units.findById(scopes, unit._id)) ?? unit);
  }

  /** Rewrites every path under the moved unit, the units' and their branches' enterprise lists'. */
  private async finish(move: OrgUnitMoveDoc): Promise<void> {
    for (const doc of await this.units.model.find({ orgAncestors: move.from }).lean<OrgUnitDoc[]>()) {
      const path = rebase(doc.path, move.from, move.to);
      const set: Partial<OrgUnitDoc> = {
        path,
        parentPath: doc._id === move.unitId ? move.toParent : rebase(doc.parentPath!, move.from, move.to),
        orgAncestors: pathAncestors(path),
        ...(doc._id === move.unitId ? { moveHistory: [...(doc.moveHistory ?? []), { from: move.from, to: move.to, at: move.at, by: move.by }] } : {}),
      };
      await guardedUpdateOne(this.units.model, doc._id, { path: doc.path }, { $set: set, $inc: { __v: 1 } });
    }
    for (const doc of await this.branches.model.find({ orgAncestors: move.from }).lean<BranchEnterprisesDoc[]>()) {
      const orgPath = rebase(doc.orgPath, move.from, move.to);
      await guardedUpdateOne(this.branches.model, doc._id, { orgPath: doc.orgPath }, { $set: { orgPath, orgAncestors: pathAncestors(orgPath) }, $inc: { __v: 1 } });
    }
    await withDocumentLock(documentKey(this.model, move._id), () => this.model.updateOne({ _id: move._id }, { $set: { status: 'done' } }));
  }
}
