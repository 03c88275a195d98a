import { Schema } from 'mongoose';
import { SUGGESTION_KINDS, SuggestionKind } from '@dangjian/domain-organization';
import { OutboxFields, outboxPlugin } from '@dangjian/messaging';

export const SUGGESTION_STATUSES = ['open', 'accepted', 'dismissed', 'obsolete'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export interface SuggestedEnterprise {
  id: string;
  uscc: string;
  name: string;
  industryCode: string | null;
  formalMembers: number;
}

/**
 * One suggestion of the formation advisor, a task for the park or township: open until accepted
 * (its change made), dismissed with a note, or obsolete (the facts no longer call for it). Its id
 * derives from its kind and enterprises, so the same advice is one task however often it is found.
 */
export interface SuggestionDoc extends OutboxFields {
  _id: string;
  /** The park or township. */
  jurisdiction: string;
  orgAncestors: string[];
  kind: SuggestionKind;
  enterpriseIds: string[];
  enterprises: SuggestedEnterprise[];
  branchId: string | null;
  reason: string;
  status: SuggestionStatus;
  openedAt: Date;
  closedAt: Date | null;
  decidedBy: string | null;
  note: string | null;
  /** What accepting it did: the branch formed, the enterprises moved. */
  result: Record<string, unknown> | null;
  __v?: number;
}

export const suggestionSchema = new Schema<SuggestionDoc>(
  {
    _id: String,
    jurisdiction: { type: String, required: true },
    orgAncestors: { type: [String], required: true },
    kind: { type: String, enum: SUGGESTION_KINDS, required: true },
    enterpriseIds: { type: [String], required: true },
    enterprises: { type: Schema.Types.Mixed, required: true },
    branchId: { type: String, default: null },
    reason: { type: String, required: true },
    status: { type: String, enum: SUGGESTION_STATUSES, required: true },
    openedAt: { type: Date, required: true },
    closedAt: { type: Date, default: null },
    decidedBy: { type: String, default: null },
    note: { type: String, default: null },
    result: { type: Schema.Types.Mixed, default: null },
  },
  { collection: 'formation_suggestions', minimize: false },
);
suggestionSchema.index({ orgAncestors: 1, status: 1, kind: 1, _id: 1 });
suggestionSchema.index({ jurisdiction: 1, status: 1 });
suggestionSchema.plugin(outboxPlugin);

/** Parks and townships whose advice must be worked out again (a small collection: cheap to poll on any server). */
export interface FormationDirtyDoc {
  _id: string;
  token: string;
  /** The latest change: a place is worked out once its changes have settled (an import's thousand events, one pass). */
  markedAt: Date;
}

export const formationDirtySchema = new Schema<FormationDirtyDoc>(
  { _id: String, token: { type: String, required: true }, markedAt: { type: Date, required: true } },
  { collection: 'formation_dirty', versionKey: false },
);
