/** Error codes shared by every service; each service adds its own enum beside this one. */
export enum CommonErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  METHOD_NOT_ALLOWED = 'METHOD_NOT_ALLOWED',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  URI_TOO_LONG = 'URI_TOO_LONG',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  HEADERS_TOO_LARGE = 'HEADERS_TOO_LARGE',
  CONFLICT = 'CONFLICT',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  DEPENDENCY_UNAVAILABLE = 'DEPENDENCY_UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

/** The body of every error answer, HTTP and NATS alike. */
export interface ErrorBody {
  code: string;
  /** For a county clerk: Chinese first, English after a slash. */
  message: string;
  details?: unknown;
  requestId?: string;
}

/** Error codes of the organization service. */
export enum OrganizationErrorCode {
  PARENT_ORG_UNIT_NOT_FOUND = 'PARENT_ORG_UNIT_NOT_FOUND',
  ORG_UNIT_KIND_NOT_ALLOWED = 'ORG_UNIT_KIND_NOT_ALLOWED',
  ORG_UNIT_EXISTS = 'ORG_UNIT_EXISTS',
  /** A policy version would share a day with another version of the same jurisdiction. */
  POLICY_VERSION_OVERLAPS = 'POLICY_VERSION_OVERLAPS',
  /** Policy is set per county, park or township, not per branch. */
  POLICY_NOT_FOR_THIS_UNIT = 'POLICY_NOT_FOR_THIS_UNIT',
  /** The enterprise is in another party organization already (one at a time). */
  ENTERPRISE_IN_ANOTHER_ORG = 'ENTERPRISE_IN_ANOTHER_ORG',
  /** The enterprise lies outside the branch's park or township. */
  ENTERPRISE_OUTSIDE_ORG_JURISDICTION = 'ENTERPRISE_OUTSIDE_ORG_JURISDICTION',
  /** The branch holds all the enterprises its form and the policy allow. */
  PARTY_ORG_FULL = 'PARTY_ORG_FULL',
  /** Only a branch takes enterprises. */
  NOT_A_BRANCH = 'NOT_A_BRANCH',
  /** A revoked party organization takes no enterprises and cannot be revoked again. */
  PARTY_ORG_REVOKED = 'PARTY_ORG_REVOKED',
  /** The branch still covers enterprises: detach them (or move them to another branch) first. */
  PARTY_ORG_HAS_ENTERPRISES = 'PARTY_ORG_HAS_ENTERPRISES',
  /** Coverage is counted per county, park and township, not per party organization. */
  COVERAGE_NOT_FOR_THIS_UNIT = 'COVERAGE_NOT_FOR_THIS_UNIT',
  /** A coverage rebuild is under way: one at a time. */
  COVERAGE_REBUILD_RUNNING = 'COVERAGE_REBUILD_RUNNING',
  /** The unit still holds units, enterprises or users: move or close them first. */
  ORG_UNIT_NOT_EMPTY = 'ORG_UNIT_NOT_EMPTY',
  /** A unit cannot move under itself or a unit below it. */
  ORG_UNIT_CYCLE = 'ORG_UNIT_CYCLE',
  /** Only party organizations move, and only within their park or township. */
  ORG_UNIT_MOVE_NOT_ALLOWED = 'ORG_UNIT_MOVE_NOT_ALLOWED',
  /** The unit is closed already. */
  ORG_UNIT_CLOSED = 'ORG_UNIT_CLOSED',
  /** The suggestion was accepted, dismissed, or the facts no longer call for it. */
  SUGGESTION_NOT_OPEN = 'SUGGESTION_NOT_OPEN',
  /** Not a citizen ID number (GB 11643: 18 characters, a real birth date, the check character). */
  INVALID_CITIZEN_ID = 'INVALID_CITIZEN_ID',
  /** The person is an active member (or in development) in another org: one org at a time. */
  MEMBER_ACTIVE_ELSEWHERE = 'MEMBER_ACTIVE_ELSEWHERE',
  /** A development step out of order, dated wrongly or before the policy's minimum duration. */
  DEVELOPMENT_STEP_REFUSED = 'DEVELOPMENT_STEP_REFUSED',
  /** The member left this org (transferred out, or removed); the record is history. */
  MEMBER_NOT_ACTIVE = 'MEMBER_NOT_ACTIVE',
  /** A meeting record dated in the future, naming non-members, an absence without reason, no quorum. */
  MEETING_RECORD_REFUSED = 'MEETING_RECORD_REFUSED',
  /** A dues payment for a future month, too far back, or a month the branch closed. */
  DUES_PAYMENT_REFUSED = 'DUES_PAYMENT_REFUSED',
  /** The member's dues for that month are paid already (one receipt per member and month). */
  DUES_MONTH_PAID = 'DUES_MONTH_PAID',
  /** A transfer that is no longer pending, acted on by the wrong side, or a member already being transferred. */
  TRANSFER_REFUSED = 'TRANSFER_REFUSED',
  /** A roster workbook that is not an .xlsx, too large, without the template's columns, or with no rows. */
  ROSTER_FILE_REFUSED = 'ROSTER_FILE_REFUSED',
}


/** Error codes of the registry service. */
export enum RegistryErrorCode {
  INVALID_CREDIT_CODE = 'INVALID_CREDIT_CODE',
  DUPLICATE_CREDIT_CODE = 'DUPLICATE_CREDIT_CODE',
  UNKNOWN_JURISDICTION = 'UNKNOWN_JURISDICTION',
  INVALID_MEMBER_COUNTS = 'INVALID_MEMBER_COUNTS',
  INVALID_STATUS_CHANGE = 'INVALID_STATUS_CHANGE',
  CENSUS_CAMPAIGN_EXISTS = 'CENSUS_CAMPAIGN_EXISTS',
  CENSUS_CAMPAIGN_CLOSED = 'CENSUS_CAMPAIGN_CLOSED',
  CENSUS_STAGE_OUT_OF_ORDER = 'CENSUS_STAGE_OUT_OF_ORDER',
  CENSUS_EXCLUSION_REASON_REQUIRED = 'CENSUS_EXCLUSION_REASON_REQUIRED',
  IMPORT_UNSUPPORTED_FILE = 'IMPORT_UNSUPPORTED_FILE',
  IMPORT_FILE_TOO_LARGE = 'IMPORT_FILE_TOO_LARGE',
  IMPORT_MISSING_COLUMNS = 'IMPORT_MISSING_COLUMNS',
  IMPORT_EMPTY_FILE = 'IMPORT_EMPTY_FILE',
  PROPOSAL_NOT_PENDING = 'PROPOSAL_NOT_PENDING',
  MERGE_NOT_ALLOWED = 'MERGE_NOT_ALLOWED',
  DATA_HUB_RUN_IN_PROGRESS = 'DATA_HUB_RUN_IN_PROGRESS',
  DATA_HUB_NOT_CONFIGURED = 'DATA_HUB_NOT_CONFIGURED',
  QUARANTINE_ALREADY_RESOLVED = 'QUARANTINE_ALREADY_RESOLVED',
}

/** Error codes of the instructor service. */
export enum InstructorErrorCode {
  /** The enterprise lies outside the instructor's jurisdiction, is deregistered, or has an instructor already. */
  ASSIGNMENT_REFUSED = 'ASSIGNMENT_REFUSED',
  /** The instructor was recalled or left: no new work. */
  INSTRUCTOR_NOT_SERVING = 'INSTRUCTOR_NOT_SERVING',
  /** A visit in the future, to an enterprise not assigned that day, or with an empty checklist. */
  VISIT_REFUSED = 'VISIT_REFUSED',
  /** A request moved out of order, closed without a resolution or rejected without a reason. */
  REQUEST_TRANSITION_REFUSED = 'REQUEST_TRANSITION_REFUSED',
  /** The year's review was finalized already, or a recall without a failed review. */
  REVIEW_REFUSED = 'REVIEW_REFUSED',
}

export type ErrorCode = CommonErrorCode | OrganizationErrorCode | RegistryErrorCode | InstructorErrorCode;
