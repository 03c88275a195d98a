import { Schema } from 'mongoose';
import { ENTERPRISE_KINDS, ENTERPRISE_STATUSES, EnterpriseKind, EnterpriseStatus } from '@dangjian/contracts';

/**
 * What the instructor service knows of an enterprise, from registry's events: enough to assign it, list
 * those without members and without an instructor, and let its liaisons raise requests.
 */
export interface EnterpriseDoc {
  _id: string;
  uscc: string;
  name: string;
  kind: EnterpriseKind;
  orgPath: string;
  orgAncestors: string[];
  status: EnterpriseStatus;
  partyMembers: number;
  liaisons: string[];
  /** When registry's latest applied event happened: an older event arriving late changes nothing. */
  factsAt: string;
}

export const enterpriseSchema = new Schema<EnterpriseDoc>(
  {
    _id: String,
    uscc: { type: String, required: true },
    name: { type: String, required: true },
    kind: { type: String, enum: ENTERPRISE_KINDS, required: true },
    orgPath: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    status: { type: String, enum: ENTERPRISE_STATUSES, required: true },
    partyMembers: { type: Number, required: true },
    liaisons: { type: [String], default: [] },
    factsAt: { type: String, required: true },
  },
  { collection: 'enterprises', versionKey: false },
);
// Enterprises without members in a jurisdiction (the no-instructor list), and a liaison's own.
enterpriseSchema.index({ orgAncestors: 1, partyMembers: 1, _id: 1 });
enterpriseSchema.index({ liaisons: 1 });
