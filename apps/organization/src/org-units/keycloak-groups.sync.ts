import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';
import { ServiceAccountTokens } from '@dangjian/auth';
import { EventEnvelope, OrgMovedV1, OrgUnitClosedV1, OrgUnitCreatedV1, OrgUnitRenamedV1, eventStreamName, eventSubject } from '@dangjian/contracts';
import { MessagingLifecycle, OutboxFields, OutboxRelay, outboxPlugin, parsePayload, pushEvents } from '@dangjian/messaging';
import { documentKey, withDocumentLock } from '@dangjian/persistence';
import { BaseConfig, PLATFORM_CONFIG } from '@dangjian/platform';
import { ORGANIZATION_CONFIG, OrganizationConfig } from '../config';
import { OrgUnitsRepository } from './org-units.repository';

/** What the last reconcile of Keycloak's groups against the tree found and did. */
export interface ReconcileReport extends OutboxFields {
  _id: 'last';
  startedAt: Date;
  finishedAt: Date;
  /** Units whose group was missing (deleted by hand, or never made): created again. */
  created: string[];
  /** Groups whose label attribute had drifted from the unit's name: set again. */
  relabelled: string[];
  /** Groups under the tree's roots that no unit has: reported, never deleted. */
  strays: string[];
  /** Units it could not repair this time, with the reason. */
  failed: { path: string; error: string }[];
}

export const RECONCILE_MODEL = 'KeycloakReconcile';
export const reconcileSchema = new Schema<ReconcileReport>(
  {
    _id: String,
    startedAt: Date,
    finishedAt: Date,
    created: [String],
    relabelled: [String],
    strays: [String],
    failed: { type: Schema.Types.Mixed, default: [] },
  },
  { collection: 'keycloak_reconcile', versionKey: false },
);
reconcileSchema.plugin(outboxPlugin);

type GroupUnit = { path: string; parentPath: string | null; name: string; label: string; kind: string };
type Group = { id: string; name: string; attributes?: Record<string, string[]> } & Record<string, unknown>;

/**
 * Keeps Keycloak's groups a mirror of the org tree: each created org unit becomes a group at the same
 * path (through the Admin REST API with this service's account). Idempotent — an existing group is
 * adopted — and retried with backoff while Keycloak or the parent group is not there yet. A periodic
 * reconcile repairs drift: a group deleted by hand comes back, a label changed by hand is set again,
 * and a group no unit has is reported, never deleted.
 */
@Injectable()
export class KeycloakGroupsSync implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(KeycloakGroupsSync.name);
  private timer?: NodeJS.Timeout;
  private reconciling?: Promise<ReconcileReport>;

  constructor(
    private readonly messaging: MessagingLifecycle,
    private readonly tokens: ServiceAccountTokens,
    private readonly units: OrgUnitsRepository,
    @Inject(PLATFORM_CONFIG) private readonly config: BaseConfig,
    @Inject(ORGANIZATION_CONFIG) private readonly settings: OrganizationConfig,
    @InjectModel(RECONCILE_MODEL) readonly reports: Model<ReconcileReport>,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * One ordered durable per kind of tree change (a consumer's filter cannot change on every NATS
   * version), retried for minutes while Keycloak or a parent group is not there yet.
   */
  private mirrorEvents(durable: string, type: string, handler: (event: EventEnvelope) => Promise<void>): void {
    this.messaging.addConsumer({
      stream: eventStreamName('organization'),
      durable,
      filterSubject: eventSubject(type),
      handler,
      ordered: true,
      maxAttempts: 20,
      backoffMs: 2000,
      maxBackoffMs: 120_000,
    });
  }

  onApplicationBootstrap(): void {
    if (this.settings.KEYCLOAK_RECONCILE_MS > 0) {
      this.timer = setInterval(() => void this.reconcile().catch((error: unknown) => this.logger.error(`Keycloak reconcile failed: ${(error as Error).message}`)), this.settings.KEYCLOAK_RECONCILE_MS);
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** The last reconcile's report, if one ran. */
  lastReport(): Promise<ReconcileReport | null> {
    return this.reports.findOne({ _id: 'last' }).lean<ReconcileReport>();
  }

  /**
   * Repairs Keycloak's groups from the tree now (one run at a time in a process; a second caller
   * shares it). `events` (an admin's audit record) are stored with the report.
   */
  async reconcile(events: EventEnvelope[] = []): Promise<ReconcileReport> {
    this.reconciling ??= this.reconcileOnce().finally(() => (this.reconciling = undefined));
    const report = await this.reconciling;
    if (events.length) {
      await withDocumentLock(documentKey(this.reports, 'last'), () => this.reports.updateOne({ _id: 'last' }, pushEvents<ReconcileReport>({}, ...events)));
      this.relay.nudge(this.reports, 'last');
    }
    return report;
  }

  private async reconcileOnce(): Promise<ReconcileReport> {
    const report: ReconcileReport = { _id: 'last', startedAt: new Date(), finishedAt: new Date(), created: [], relabelled: [], strays: [], failed: [] };
    const tree = (await this.units.wholeTree()).filter((u) => u.status !== 'closed');
    const known = new Set(tree.map((u) => u.path));
    for (const unit of tree) {
      try {
        const group = await this.groupByPath(unit.path);
        if (!group) {
          await this.ensureGroup(unit);
          report.created.push(unit.path);
        } else if (group.attributes?.label?.[0] !== unit.label) {
          await this.putLabel(unit.path, group, unit.label);
          report.relabelled.push(unit.path);
        }
      } catch (error) {
        report.failed.push({ path: unit.path, error: (error as Error).message });
      }
    }
    for (const root of tree.filter((u) => u.parentPath === null)) {
      const group = await this.groupByPath(root.path);
      if (group) report.strays.push(...(await this.straysUnder(group.id, root.path, known)));
    }
    report.finishedAt = new Date();
    const { _id, ...fields } = report;
    await withDocumentLock(documentKey(this.reports, _id), () => this.reports.updateOne({ _id }, { $set: fields }, { upsert: true }));
    if (report.created.length || report.relabelled.length) this.logger.warn({ created: report.created, relabelled: report.relabelled }, 'Keycloak groups repaired');
    if (report.strays.length) this.logger.warn({ strays: report.strays }, 'Keycloak groups without an org unit (left in place)');
    return report;
  }

  /** Paths of the groups under a group that no unit has (a stray's own children are not listed again). */
  private async straysUnder(groupId: string, path: string, known: Set<string>): Promise<string[]> {
    const out: string[] = [];
    for (let first = 0; ; first += 100) {
      const res = await this.call(`/groups/${groupId}/children?first=${first}&max=100&briefRepresentation=true`);
      if (!res.ok) throw new Error(`listing Keycloak groups under ${path} failed: ${res.status}`);
      const children = (await res.json()) as Group[];
      for (const child of children) {
        const childPath = `${path}/${child.name}`;
        if (known.has(childPath)) out.push(...(await this.straysUnder(child.id, childPath, known)));
        else out.push(childPath);
      }
      if (children.length < 100) return out;
    }
  }

  onModuleInit(): void {
    // A unit's group needs its parent's: groups are made in the order the units were, and a rename, move or
    // closure of a unit whose group is not there yet waits, retried, for its creation.
    this.mirrorEvents('organization-keycloak-groups', OrgUnitCreatedV1.type, (event) => this.mirror(event));
    this.mirrorEvents('organization-keycloak-group-labels', OrgUnitRenamedV1.type, (event) => this.relabel(event));
    this.mirrorEvents('organization-keycloak-group-moves', OrgMovedV1.type, (event) => this.moveGroup(event));
    this.mirrorEvents('organization-keycloak-group-closures', OrgUnitClosedV1.type, (event) => this.removeGroup(event));
  }

  /** Members of a unit's group (users), counted up to `max`; 0 when it has no group. */
  async memberCount(path: string, max = 1): Promise<number> {
    const group = await this.groupByPath(path);
    if (!group) return 0;
    const res = await this.call(`/groups/${group.id}/members?first=0&max=${max}&briefRepresentation=true`);
    if (!res.ok) throw new Error(`listing members of Keycloak group ${path} failed: ${res.status}`);
    return ((await res.json()) as unknown[]).length;
  }

  /** A moved unit's group moves under its new parent's, with its members and children. */
  private async moveGroup(event: EventEnvelope): Promise<void> {
    const moved = parsePayload(event, OrgMovedV1);
    if (await this.groupByPath(moved.to)) return; // moved already
    const group = await this.groupByPath(moved.from);
    if (!group) throw new Error(`Keycloak group ${moved.from} is not there to move yet`);
    const parent = await this.groupByPath(moved.toParent);
    if (!parent) throw new Error(`parent group ${moved.toParent} is not in Keycloak yet`);
    const res = await this.call(`/groups/${parent.id}/children`, { method: 'POST', body: JSON.stringify({ id: group.id, name: group.name }) });
    if (!res.ok && res.status !== 204) throw new Error(`moving Keycloak group ${moved.from} failed: ${res.status} ${await res.text()}`);
    this.logger.log({ from: moved.from, to: moved.to }, 'Keycloak group moved');
  }

  /** A closed unit's group goes (its members were none when it closed). */
  private async removeGroup(event: EventEnvelope): Promise<void> {
    const closed = parsePayload(event, OrgUnitClosedV1);
    const group = await this.groupByPath(closed.path);
    if (!group) return;
    const res = await this.call(`/groups/${group.id}`, { method: 'DELETE' });
    if (!res.ok && res.status !== 404) throw new Error(`deleting Keycloak group ${closed.path} failed: ${res.status}`);
    this.logger.log({ path: closed.path }, 'Keycloak group deleted');
  }

  private get adminBase(): string {
    return `${this.config.KEYCLOAK_URL}/admin/realms/${this.config.KEYCLOAK_REALM}`;
  }

  private async call(path: string, init: RequestInit = {}): Promise<Response> {
    const token = await this.tokens.token();
    return fetch(`${this.adminBase}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
      signal: AbortSignal.timeout(10_000),
    });
  }

  async groupIdByPath(path: string): Promise<string | undefined> {
    return (await this.groupByPath(path))?.id;
  }

  private async groupByPath(path: string): Promise<Group | undefined> {
    const res = await this.call(`/group-by-path${path.split('/').map(encodeURIComponent).join('/')}`);
    if (res.status === 404) return undefined;
    if (!res.ok) throw new Error(`Keycloak group lookup ${path} failed: ${res.status}`);
    return (await res.json()) as Group;
  }

  private async mirror(event: EventEnvelope): Promise<void> {
    const unit = parsePayload(event, OrgUnitCreatedV1);
    await this.units.setKeycloakGroup(unit.id, await this.ensureGroup(unit));
  }

  /** The unit's group, created under its parent's when missing. */
  private async ensureGroup(unit: GroupUnit): Promise<string> {
    let groupId = await this.groupIdByPath(unit.path);
    if (!groupId) {
      const body = JSON.stringify({ name: unit.name, attributes: { label: [unit.label], kind: [unit.kind] } });
      let res: Response;
      if (unit.parentPath) {
        const parentId = await this.groupIdByPath(unit.parentPath);
        if (!parentId) throw new Error(`parent group ${unit.parentPath} is not in Keycloak yet`);
        res = await this.call(`/groups/${parentId}/children`, { method: 'POST', body });
      } else {
        res = await this.call('/groups', { method: 'POST', body });
      }
      if (!res.ok && res.status !== 409) throw new Error(`creating Keycloak group ${unit.path} failed: ${res.status} ${await res.text()}`);
      groupId = await this.groupIdByPath(unit.path);
      if (!groupId) throw new Error(`Keycloak group ${unit.path} not found after creating it`);
      this.logger.log({ path: unit.path, groupId }, 'Keycloak group created');
    }
    return groupId;
  }

  /** The group's `label` attribute follows the unit's name; its other attributes stay. */
  private async relabel(event: EventEnvelope): Promise<void> {
    const renamed = parsePayload(event, OrgUnitRenamedV1);
    const groupId = await this.groupIdByPath(renamed.path);
    if (!groupId) throw new Error(`Keycloak group ${renamed.path} is not there yet`);
    const res = await this.call(`/groups/${groupId}`);
    if (!res.ok) throw new Error(`reading Keycloak group ${renamed.path} failed: ${res.status}`);
    const group = (await res.json()) as Group;
    if (group.attributes?.label?.[0] === renamed.to) return;
    await this.putLabel(renamed.path, group, renamed.to);
  }

  /** Sets a group's label attribute; its other attributes stay. */
  private async putLabel(path: string, group: Group, label: string): Promise<void> {
    const put = await this.call(`/groups/${group.id}`, { method: 'PUT', body: JSON.stringify({ ...group, attributes: { ...group.attributes, label: [label] } }) });
    if (!put.ok) throw new Error(`relabelling Keycloak group ${path} failed: ${put.status} ${await put.text()}`);
    this.logger.log({ path, label }, 'Keycloak group relabelled');
  }
}
