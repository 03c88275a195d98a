import { Schema } from 'mongoose';
import { ORG_UNIT_KINDS, OrgUnitKind, PARTY_ORG_FORMS, PartyOrgForm } from '@dangjian/contracts';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin, versioningPlugin } from '@dangjian/persistence';

/** A node of the county's tree: county, park, township, general branch, branch. Mirrored as a Keycloak group. */
export interface OrgUnitDoc extends AuditFields, OutboxFields {
  _id: string;
  path: string;
  parentPath: string | null;
  /** Every ancestor path including its own: scope filters are one indexed `$in`. */
  orgAncestors: string[];
  name: string;
  label: string;
  kind: OrgUnitKind;
  /** Branches: independent, joint or hosted. */
  form?: PartyOrgForm;
  /** Party organizations (general branches, branches): founding date, secretary (Keycloak username), and revocation. */
  foundedOn?: string;
  secretary?: string;
  status?: 'active' | 'revoked' | 'closed';
  revoked?: { on: string; reason: string; by: string };
  /** Closed units (撤并) stay in the tree as history; their path is not used again. */
  closed?: { on: string; reason: string; by: string };
  /** The "党建大礼包" and "六有" checklists: per list and item, whether it is done, who ticked it and when. */
  checklists?: Record<string, Record<string, { done: boolean; by: string; at: Date }>>;
  /** Every tick and untick, oldest first. */
  checklistLog?: { list: string; item: string; done: boolean; by: string; at: Date }[];
  /** The committee (支部委员会) as last elected, and the ones before it. */
  committee?: { electedOn: string; members: { name: string; role: string; username?: string }[]; recordedBy: string; recordedAt: Date };
  committeeHistory?: NonNullable<OrgUnitDoc['committee']>[];
  /** Where it sat before each move, oldest first. */
  moveHistory?: { from: string; to: string; at: Date; by: string }[];
  /** Earlier names, oldest first. */
  labelHistory?: { from: string; to: string; at: Date; by: string }[];
  keycloakGroupId?: string;
  __v?: number;
}

export const orgUnitSchema = new Schema<OrgUnitDoc>(
  {
    _id: String,
    path: { type: String, required: true },
    parentPath: { type: String, default: null },
    orgAncestors: { type: [String], required: true },
    name: { type: String, required: true },
    label: { type: String, required: true },
    kind: { type: String, enum: ORG_UNIT_KINDS, required: true },
    form: { type: String, enum: PARTY_ORG_FORMS },
    foundedOn: String,
    secretary: String,
    status: { type: String, enum: ['active', 'revoked', 'closed'] },
    revoked: { type: Schema.Types.Mixed, default: undefined },
    closed: { type: Schema.Types.Mixed, default: undefined },
    labelHistory: { type: Schema.Types.Mixed, default: undefined },
    moveHistory: { type: Schema.Types.Mixed, default: undefined },
    checklists: { type: Schema.Types.Mixed, default: undefined },
    checklistLog: { type: Schema.Types.Mixed, default: undefined },
    committee: { type: Schema.Types.Mixed, default: undefined },
    committeeHistory: { type: Schema.Types.Mixed, default: undefined },
    keycloakGroupId: String,
  },
  { collection: 'org_units' },
);
orgUnitSchema.index({ path: 1 }, { unique: true });
orgUnitSchema.index({ orgAncestors: 1, kind: 1, path: 1 });
orgUnitSchema.index({ parentPath: 1, path: 1 });
orgUnitSchema.plugin(auditPlugin);
orgUnitSchema.plugin(versioningPlugin);
orgUnitSchema.plugin(outboxPlugin);
