import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ServiceAccountTokens } from '@dangjian/auth';
import { EventEnvelope, OrgUnitCreatedV1, OrgUnitRenamedV1, eventStreamName, eventSubject } from '@dangjian/contracts';
import { MessagingLifecycle, parsePayload } from '@dangjian/messaging';
import { BaseConfig, PLATFORM_CONFIG } from '@dangjian/platform';
import { OrgUnitsRepository } from './org-units.repository';

/**
 * Keeps Keycloak's groups a mirror of the org tree: each created org unit becomes a group at the same
 * path (through the Admin REST API with this service's account). Idempotent — an existing group is
 * adopted — and retried with backoff while Keycloak or the parent group is not there yet.
 */
@Injectable()
export class KeycloakGroupsSync implements OnModuleInit {
  private readonly logger = new Logger(KeycloakGroupsSync.name);

  constructor(
    private readonly messaging: MessagingLifecycle,
    private readonly tokens: ServiceAccountTokens,
    private readonly units: OrgUnitsRepository,
    @Inject(PLATFORM_CONFIG) private readonly config: BaseConfig,
  ) {}

  onModuleInit(): void {
    this.messaging.addConsumer({
      stream: eventStreamName('organization'),
      durable: 'organization-keycloak-groups',
      filterSubject: eventSubject(OrgUnitCreatedV1.type),
      handler: (event) => this.mirror(event),
      // A unit's group needs its parent's: create them in the order the units were created.
      ordered: true,
      maxAttempts: 20,
      backoffMs: 2000,
      maxBackoffMs: 120_000,
    });
    // A durable of its own (a consumer's filter cannot change on every NATS version); a rename of a
    // unit whose group is not there yet waits, retried, for the creation above.
    this.messaging.addConsumer({
      stream: eventStreamName('organization'),
      durable: 'organization-keycloak-group-labels',
      filterSubject: eventSubject(OrgUnitRenamedV1.type),
      handler: (event) => this.relabel(event),
      ordered: true,
      maxAttempts: 20,
      backoffMs: 2000,
      maxBackoffMs: 120_000,
    });
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
    const res = await this.call(`/group-by-path${path.split('/').map(encodeURIComponent).join('/')}`);
    if (res.status === 404) return undefined;
    if (!res.ok) throw new Error(`Keycloak group lookup ${path} failed: ${res.status}`);
    return ((await res.json()) as { id: string }).id;
  }

  private async mirror(event: EventEnvelope): Promise<void> {
    const unit = parsePayload(event, OrgUnitCreatedV1);
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
    await this.units.setKeycloakGroup(unit.id, groupId);
  }

  /** The group's `label` attribute follows the unit's name; its other attributes stay. */
  private async relabel(event: EventEnvelope): Promise<void> {
    const renamed = parsePayload(event, OrgUnitRenamedV1);
    const groupId = await this.groupIdByPath(renamed.path);
    if (!groupId) throw new Error(`Keycloak group ${renamed.path} is not there yet`);
    const res = await this.call(`/groups/${groupId}`);
    if (!res.ok) throw new Error(`reading Keycloak group ${renamed.path} failed: ${res.status}`);
    const group = (await res.json()) as { attributes?: Record<string, string[]> } & Record<string, unknown>;
    if (group.attributes?.label?.[0] === renamed.to) return;
    const put = await this.call(`/groups/${groupId}`, { method: 'PUT', body: JSON.stringify({ ...group, attributes: { ...group.attributes, label: [renamed.to] } }) });
    if (!put.ok) throw new Error(`relabelling Keycloak group ${renamed.path} failed: ${put.status} ${await put.text()}`);
    this.logger.log({ path: renamed.path, label: renamed.to }, 'Keycloak group relabelled');
  }
}
