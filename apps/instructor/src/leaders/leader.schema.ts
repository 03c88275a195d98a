import { Schema } from 'mongoose';
import { LEADER_KINDS, LeaderKind, OrgClass } from '@dangjian/domain-instructor';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';
import { AuditFields, auditPlugin, versioningPlugin } from '@dangjian/persistence';

export interface LeaderLink {
  kind: 'enterprise' | 'org';
  /** The enterprise's id, or the org's path in the tree. */
  target: string;
  name: string;
  orgPath: string;
  orgClass: OrgClass | null;
}

export interface LeaderContact {
  on: string;
  target: string;
  note: string;
  by: string;
}

/** A leader's contact point (领导联系点): a county leader's enterprise, a working-committee member's orgs, and the visits. */
export interface LeaderDoc extends AuditFields, OutboxFields {
  _id: string;
  name: string;
  title: string;
  kind: LeaderKind;
  orgPath: string;
  orgAncestors: string[];
  links: LeaderLink[];
  contacts: LeaderContact[];
  __v?: number;
}

export const leaderSchema = new Schema<LeaderDoc>(
  {
    _id: String,
    name: { type: String, required: true },
    title: { type: String, required: true },
    kind: { type: String, enum: LEADER_KINDS, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    links: { type: Schema.Types.Mixed, default: [] },
    contacts: { type: Schema.Types.Mixed, default: [] },
  },
  { collection: 'leaders', minimize: false },
);
leaderSchema.index({ orgAncestors: 1, kind: 1, name: 1 });
leaderSchema.plugin(auditPlugin);
leaderSchema.plugin(versioningPlugin);
leaderSchema.plugin(outboxPlugin);
