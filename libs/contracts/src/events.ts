import { z } from 'zod';
import { defineEvent, EventDefinition } from './envelope';
import { ServiceName } from './services';

export const probeSentSchema = z.object({ probeId: z.string().uuid(), sentAt: z.string().datetime() });
export type ProbeSent = z.infer<typeof probeSentSchema>;

/**
 * `<service>.probe.sent.v1`: an operator's pipeline self-test. Every other service consumes it with a
 * durable consumer and records a receipt, so one probe shows the outbox → JetStream → consumer path
 * works between every pair of services in a deployment.
 */
export function probeSentEvent(service: ServiceName): EventDefinition<ProbeSent> {
  return defineEvent(`${service}.probe.sent.v1`, probeSentSchema);
}

export const auditRecordedSchema = z.object({
  actor: z.object({ kind: z.enum(['user', 'service', 'system']), id: z.string(), username: z.string().optional() }),
  /** `<resource>.<action>`, e.g. `org-unit.create`. */
  action: z.string().regex(/^[a-z-]+\.[a-z-]+$/),
  target: z.object({ kind: z.string(), id: z.string(), orgPath: z.string().optional() }),
  /** field → { from, to }; sensitive values appear only as keyed hashes (`hmac:`). */
  changes: z.record(z.object({ from: z.unknown().optional(), to: z.unknown().optional() })),
  at: z.string().datetime(),
});
export type AuditRecorded = z.infer<typeof auditRecordedSchema>;

/**
 * `<service>.audit.recorded.v1`: one user write. It leaves through the outbox with the change it
 * describes, so the audit trail loses no accepted write, and the owning service files it.
 */
export function auditRecordedEvent(service: ServiceName): EventDefinition<AuditRecorded> {
  return defineEvent(`${service}.audit.recorded.v1`, auditRecordedSchema);
}

/** The county's tree: jurisdictions (county, park, township) and party organizations (党委, 党总支, 党支部, 党小组). */
export const ORG_UNIT_KINDS = ['county', 'park', 'township', 'party-committee', 'general-branch', 'branch', 'party-group'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/** How a branch is formed: one enterprise (单独组建), several (联合组建), or hosted by a village or community (依托村社区). */
export const PARTY_ORG_FORMS = ['independent', 'joint', 'hosted'] as const;
export type PartyOrgForm = (typeof PARTY_ORG_FORMS)[number];

export const OrgUnitCreatedV1 = defineEvent(
  'organization.org-unit.created.v1',
  z.object({
    id: z.string(),
    path: z.string(),
    parentPath: z.string().nullable(),
    name: z.string(),
    label: z.string(),
    kind: z.enum(ORG_UNIT_KINDS),
    /** Branches only. */
    form: z.enum(PARTY_ORG_FORMS).optional(),
  }),
);

/** A unit got a new Chinese name (its path, and so its Keycloak group's, stays). */
export const OrgUnitRenamedV1 = defineEvent(
  'organization.org-unit.renamed.v1',
  z.object({ id: z.string(), path: z.string(), from: z.string(), to: z.string() }),
);

/** A party organization (general branch or branch) was formed. */
export const OrgFormedV1 = defineEvent(
  'organization.org.formed.v1',
  z.object({
    id: z.string(),
    path: z.string(),
    kind: z.enum(ORG_UNIT_KINDS),
    form: z.enum(PARTY_ORG_FORMS).nullable(),
    foundedOn: z.string(),
    secretary: z.string().nullable(),
  }),
);
/** A unit was closed (撤并): no units, enterprises or users left in it; its Keycloak group goes. */
export const OrgUnitClosedV1 = defineEvent(
  'organization.org-unit.closed.v1',
  z.object({ id: z.string(), path: z.string(), kind: z.enum(ORG_UNIT_KINDS), reason: z.string(), on: z.string() }),
);
/**
 * A party organization moved in the tree (under another general branch, or up to its park or township),
 * with the units under it: every path that started with `from` now starts with `to`.
 */
export const OrgMovedV1 = defineEvent(
  'organization.org.moved.v1',
  z.object({ id: z.string(), kind: z.enum(ORG_UNIT_KINDS), from: z.string(), to: z.string(), fromParent: z.string(), toParent: z.string() }),
);
/** A party organization was revoked (撤销), with the reason and the date. */
export const OrgRevokedV1 = defineEvent(
  'organization.org.revoked.v1',
  z.object({ id: z.string(), path: z.string(), kind: z.enum(ORG_UNIT_KINDS), reason: z.string(), on: z.string() }),
);

const attachment = z.object({
  enterpriseId: z.string(),
  uscc: z.string(),
  orgId: z.string(),
  orgPath: z.string(),
  form: z.enum(PARTY_ORG_FORMS).nullable(),
  on: z.string(),
});
/** An enterprise joined a branch (at most one at a time); the branch's scope now covers it. */
export const OrgEnterpriseAttachedV1 = defineEvent('organization.org.enterprise-attached.v1', attachment);
/** An enterprise left a branch. */
export const OrgEnterpriseDetachedV1 = defineEvent('organization.org.enterprise-detached.v1', attachment.extend({ reason: z.string() }));

/** A jurisdiction's policy got a new version (and the one before it, if open-ended, an end date). */
export const PolicyChangedV1 = defineEvent(
  'organization.policy.changed.v1',
  z.object({
    orgPath: z.string(),
    versionId: z.string(),
    effectiveFrom: z.string(),
    effectiveUntil: z.string().nullable(),
    /** The settings this version overrides; the rest are inherited. */
    settings: z.record(z.unknown()),
    closed: z.object({ versionId: z.string(), effectiveUntil: z.string() }).nullable(),
  }),
);

export const MEMBER_STAGES = ['applicant', 'activist', 'target', 'probationary', 'formal'] as const;
/**
 * A person entered the roster or the development pipeline, or took its next step (申请人 → 积极分子 →
 * 发展对象 → 预备党员 → 正式党员). `from` is null for a new entry. No citizen ID or phone: events carry
 * no personal numbers.
 */
export const MemberStageChangedV1 = defineEvent(
  'organization.member.stage-changed.v1',
  z.object({
    memberId: z.string(),
    orgId: z.string(),
    orgPath: z.string(),
    from: z.enum(MEMBER_STAGES).nullable(),
    to: z.enum(MEMBER_STAGES),
    on: z.string(),
  }),
);

export const MEETING_RECORD_KINDS = ['general-meeting', 'committee-meeting', 'group-meeting', 'party-lecture', 'theme-day', 'life-meeting', 'member-review'] as const;
/** A meeting of an org's organizational life was recorded, with who attended: compliance, points and assessment count it. */
export const MeetingRecordedV1 = defineEvent(
  'organization.meeting.recorded.v1',
  z.object({
    meetingId: z.string(),
    orgId: z.string(),
    orgPath: z.string(),
    kind: z.enum(MEETING_RECORD_KINDS),
    heldOn: z.string(),
    present: z.array(z.string()),
    absent: z.array(z.string()),
  }),
);

/** A probationary member's probation ends within 30 days: the branch prepares the vote on full membership. Once per end date. */
export const MemberProbationEndingV1 = defineEvent(
  'organization.member.probation-ending.v1',
  z.object({ memberId: z.string(), orgId: z.string(), orgPath: z.string(), votedOn: z.string(), endsOn: z.string() }),
);

/** A member has not paid dues for 3 (warning) or 6 (lapse) consecutive months; once per level and first unpaid month. */
export const DuesArrearsV1 = defineEvent(
  'organization.dues.arrears.v1',
  z.object({ memberId: z.string(), orgId: z.string(), orgPath: z.string(), level: z.enum(['warning', 'lapse']), since: z.string(), unpaidMonths: z.number().int() }),
);

/** A member's points changed (积分, only where a policy turns them on): the change, the new balance of the year and why. */
export const MemberPointsChangedV1 = defineEvent(
  'organization.member.points-changed.v1',
  z.object({ memberId: z.string(), orgId: z.string(), orgPath: z.string(), year: z.number().int(), delta: z.number(), balance: z.number(), reason: z.string(), sourceId: z.string() }),
);

/** A membership transfer was sent, received, rejected or withdrawn; one across the county's border is recorded complete. */
export const MemberTransferChangedV1 = defineEvent(
  'organization.member.transfer-changed.v1',
  z.object({
    transferId: z.string(),
    memberId: z.string(),
    kind: z.enum(['within-county', 'outward', 'inward']),
    status: z.enum(['pending', 'completed', 'rejected', 'withdrawn']),
    fromOrgPath: z.string().nullable(),
    toOrgPath: z.string().nullable(),
  }),
);

export const ENTERPRISE_KINDS = ['enterprise', 'social-org', 'individual'] as const;
export type EnterpriseKind = (typeof ENTERPRISE_KINDS)[number];
export const ENTERPRISE_KIND_LABELS: Record<EnterpriseKind, string> = { enterprise: '非公企业', 'social-org': '社会组织', individual: '个体工商户' };
export const ENTERPRISE_STATUSES = ['entered-production', 'operating', 'abnormal', 'deregistered'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

/** Facts other services act on, with the thresholds of the formation and coverage rules computed. */
const enterpriseFacts = z.object({
  id: z.string(),
  uscc: z.string(),
  name: z.string(),
  kind: z.enum(ENTERPRISE_KINDS),
  orgPath: z.string(),
  status: z.enum(ENTERPRISE_STATUSES),
  employees: z.number().int().min(0),
  partyMembers: z.number().int().min(0),
  probationaryMembers: z.number().int().min(0),
  formalMembers: z.number().int().min(0),
  /** ≥ 3 formal members: may form an independent branch. */
  meetsIndependentBranchRule: z.boolean(),
  /** ≥ 50 employees: targeted to have members. */
  employeesAtLeast50: z.boolean(),
  /** GB/T 4754 industry code, e.g. `C3411`; absent in events older than the field. */
  industryCode: z.string().nullable().optional(),
  /** Usernames of the enterprise's liaisons (企业联络员); absent in events older than the field. */
  liaisons: z.array(z.string()).optional(),
});
export type EnterpriseFacts = z.infer<typeof enterpriseFacts>;

export const EnterpriseRegisteredV1 = defineEvent('registry.enterprise.registered.v1', enterpriseFacts);
export const EnterpriseUpdatedV1 = defineEvent(
  'registry.enterprise.updated.v1',
  enterpriseFacts.extend({
    changed: z.array(z.string()),
    /** Thresholds crossed by this change, e.g. `members>=3:up`, `employees>=50:down`. */
    crossed: z.array(z.string()),
  }),
);
export const EnterpriseStatusChangedV1 = defineEvent(
  'registry.enterprise.status-changed.v1',
  enterpriseFacts.extend({ from: z.enum(ENTERPRISE_STATUSES), reason: z.string(), effectiveOn: z.string() }),
);

/** The five checks of the census, in order (五个查). */
export const CENSUS_STAGES = [
  'township-preliminary',
  'liaison-on-site',
  'industry-filter',
  'responsible-unit-summary',
  'org-dept-standard',
] as const;
export type CensusStage = (typeof CENSUS_STAGES)[number];
export const EXCLUSION_REASONS = ['shell', 'zombie', 'shadow', 'other'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

const baseMembership = z.object({
  enterpriseId: z.string(),
  uscc: z.string(),
  kind: z.enum(ENTERPRISE_KINDS),
  orgPath: z.string(),
  campaignId: z.string(),
  year: z.number().int(),
});
/** Passed all five checks: in the party-building base (党建基数) of that year. */
export const EnterpriseAdmittedV1 = defineEvent('registry.enterprise.admitted.v1', baseMembership);
/** Excluded by a check (shell, zombie, shadow…): not in that year's base. */
export const EnterpriseRemovedV1 = defineEvent(
  'registry.enterprise.removed.v1',
  baseMembership.extend({ reason: z.enum(EXCLUSION_REASONS), stage: z.enum(CENSUS_STAGES), note: z.string().optional() }),
);

/** Two ledger records found to be one subject (影子企业): the duplicate now points at the survivor. */
export const EnterpriseMergedV1 = defineEvent(
  'registry.enterprise.merged.v1',
  z.object({ survivorId: z.string(), survivorUscc: z.string(), mergedId: z.string(), mergedUscc: z.string(), reason: z.string() }),
);

export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
/** Progress of a ledger import, after every batch and at the end. */
export const ImportProgressV1 = defineEvent(
  'registry.import.progress.v1',
  z.object({
    jobId: z.string(),
    source: z.string(),
    status: z.enum(IMPORT_STATUSES),
    totalRows: z.number().int().min(0),
    processedRows: z.number().int().min(0),
    created: z.number().int().min(0),
    updated: z.number().int().min(0),
    unchanged: z.number().int().min(0),
    failed: z.number().int().min(0),
  }),
);

/** An enterprise liaison proposed census-field changes; they wait for the park's confirmation. */
export const EnterpriseProposalSubmittedV1 = defineEvent(
  'registry.enterprise.proposal-submitted.v1',
  z.object({ proposalId: z.string(), enterpriseId: z.string(), uscc: z.string(), name: z.string(), orgPath: z.string(), fields: z.array(z.string()), proposedBy: z.string() }),
);
export const EnterpriseProposalDecidedV1 = defineEvent(
  'registry.enterprise.proposal-decided.v1',
  z.object({ proposalId: z.string(), enterpriseId: z.string(), orgPath: z.string(), decision: z.enum(['confirmed', 'rejected']), decidedBy: z.string(), proposedBy: z.string(), note: z.string().optional() }),
);

/** What an enterprise counts for in the two coverages (两个覆盖), as organization last computed it. */
const coverageState = z.object({
  /** The park or township and its ancestors the enterprise counts in. */
  jurisdictions: z.array(z.string()),
  kind: z.enum(ENTERPRISE_KINDS),
  /** GB/T 4754 section letter, or `-` when the ledger has no industry code. */
  industry: z.string(),
  inBase: z.boolean(),
  /** Covered by a party organization (independent, joint or hosted). */
  organization: z.boolean(),
  /** Covered by an organization or an instructor. */
  work: z.boolean(),
  /** At or above the policy's employee line (≥ 50 by default). */
  large: z.boolean(),
  hasMembers: z.boolean(),
});
export type CoverageState = z.infer<typeof coverageState>;
/**
 * An enterprise's standing in the coverage changed: it entered or left the base, gained or lost its
 * org or instructor, crossed the employee line, moved, or got its first member.
 */
export const CoverageChangedV1 = defineEvent(
  'organization.coverage.changed.v1',
  z.object({ enterpriseId: z.string(), uscc: z.string(), name: z.string(), before: coverageState.nullable(), after: coverageState }),
);

const assignment = z.object({
  assignmentId: z.string(),
  instructorId: z.string(),
  enterpriseId: z.string(),
  /** The enterprise's park or township. */
  orgPath: z.string(),
});
/** An instructor (党建工作指导员) was assigned to an enterprise from a date; the enterprise counts in work coverage. */
export const InstructorAssignmentStartedV1 = defineEvent('instructor.assignment.started.v1', assignment.extend({ from: z.string() }));
/** An assignment ended (recall, replacement, the enterprise formed its org…) on a date. */
export const InstructorAssignmentEndedV1 = defineEvent('instructor.assignment.ended.v1', assignment.extend({ until: z.string(), reason: z.string() }));

/** An instructor logged a "345" visit to an assigned enterprise. */
export const InstructorVisitRecordedV1 = defineEvent(
  'instructor.visit.recorded.v1',
  z.object({ visitId: z.string(), instructorId: z.string(), enterpriseId: z.string(), orgPath: z.string(), visitedOn: z.string(), checklist: z.array(z.string()) }),
);

const enterpriseRequest = z.object({
  requestId: z.string(),
  enterpriseId: z.string(),
  orgPath: z.string(),
  category: z.string(),
  /** The instructor of the enterprise when raised, if any. */
  instructorId: z.string().nullable(),
  status: z.enum(['accepted', 'in-progress', 'closed', 'rejected']),
  dueOn: z.string(),
});
/** An enterprise request (诉求) was accepted or changed status (in progress, closed 销号, rejected). */
export const EnterpriseRequestChangedV1 = defineEvent('instructor.request.changed.v1', enterpriseRequest.extend({ from: z.enum(['accepted', 'in-progress', 'closed', 'rejected']).nullable() }));
/** An open request passed its time limit: level 1 to the park, 2 to the county. Announced once per level. */
export const EnterpriseRequestEscalatedV1 = defineEvent('instructor.request.escalated.v1', enterpriseRequest.extend({ level: z.number().int().min(1).max(2) }));

/** The park finalized an instructor's yearly review; a failing one is then recalled and replaced. Feeds the home unit's assessment. */
export const InstructorReviewFinalizedV1 = defineEvent(
  'instructor.review.finalized.v1',
  z.object({ instructorId: z.string(), homeUnit: z.string(), orgPath: z.string(), year: z.number().int(), finalScore: z.number(), result: z.enum(['excellent', 'pass', 'fail']) }),
);
