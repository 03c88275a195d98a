import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { OrgUnitKind, PartyOrgForm } from '@dangjian/contracts';
import { OrganizationConfig, ORGANIZATION_CONFIG } from '../config';
import { OrgUnitsRepository } from './org-units.repository';
import { OrgUnitsService } from './org-units.service';

interface SeedNode {
  name: string;
  label: string;
  kind: OrgUnitKind;
  form?: PartyOrgForm;
  children: SeedNode[];
}

/** Development and demo only: fills an empty org tree from DEMO_SEED_FILE. */
@Injectable()
export class DemoSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeed.name);

  constructor(
    @Inject(ORGANIZATION_CONFIG) private readonly config: OrganizationConfig,
    private readonly units: OrgUnitsRepository,
    private readonly service: OrgUnitsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DEMO_SEED_FILE || (await this.units.count()) > 0) return;
    const seed = JSON.parse(await readFile(this.config.DEMO_SEED_FILE, 'utf8')) as { tree: SeedNode[] };
    let created = 0;
    const walk = async (node: SeedNode, parentPath: string | null, parentKind: OrgUnitKind | null): Promise<void> => {
      const path = `${parentPath ?? ''}/${node.name}`;
      if (!(await this.units.pathTaken(path))) {
        await this.service.createAsSystem({ path, parentPath, parentKind, name: node.name, label: node.label, kind: node.kind, form: node.form });
        created += 1;
      }
      for (const child of node.children) await walk(child, path, node.kind);
    };
    for (const root of seed.tree) await walk(root, null, null);
    this.logger.log(`demo org tree seeded: ${created} units`);
  }
}
