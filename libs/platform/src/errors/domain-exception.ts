import { CommonErrorCode, ErrorCode, InstructorErrorCode, OrganizationErrorCode, RegistryErrorCode } from '@dangjian/contracts';

/** A rule the caller broke or a state that forbids the action; carries a stable code. */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    /** zh-CN first, English after " / ". */
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}

/** Every code has a status; adding a code without one here does not compile. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case CommonErrorCode.VALIDATION_FAILED:
      return 400;
    case CommonErrorCode.UNAUTHENTICATED:
      return 401;
    case CommonErrorCode.FORBIDDEN:
      return 403;
    case CommonErrorCode.NOT_FOUND:
      return 404;
    case CommonErrorCode.METHOD_NOT_ALLOWED:
      return 405;
    case CommonErrorCode.PAYLOAD_TOO_LARGE:
      return 413;
    case CommonErrorCode.URI_TOO_LONG:
      return 414;
    case CommonErrorCode.UNSUPPORTED_MEDIA_TYPE:
      return 415;
    case CommonErrorCode.HEADERS_TOO_LARGE:
      return 431;
    case CommonErrorCode.CONFLICT:
    case CommonErrorCode.VERSION_CONFLICT:
      return 409;
    case CommonErrorCode.DEPENDENCY_UNAVAILABLE:
      return 503;
    case CommonErrorCode.INTERNAL:
      return 500;
    case OrganizationErrorCode.PARENT_ORG_UNIT_NOT_FOUND:
      return 404;
    case OrganizationErrorCode.ORG_UNIT_KIND_NOT_ALLOWED:
      return 422;
    case OrganizationErrorCode.ORG_UNIT_EXISTS:
    case OrganizationErrorCode.POLICY_VERSION_OVERLAPS:
      return 409;
    case OrganizationErrorCode.ENTERPRISE_IN_ANOTHER_ORG:
    case OrganizationErrorCode.PARTY_ORG_HAS_ENTERPRISES:
    case OrganizationErrorCode.PARTY_ORG_REVOKED:
    case OrganizationErrorCode.COVERAGE_REBUILD_RUNNING:
    case OrganizationErrorCode.SUGGESTION_NOT_OPEN:
    case OrganizationErrorCode.ORG_UNIT_NOT_EMPTY:
    case OrganizationErrorCode.ORG_UNIT_CLOSED:
    case OrganizationErrorCode.MEMBER_ACTIVE_ELSEWHERE:
    case OrganizationErrorCode.MEMBER_NOT_ACTIVE:
    case OrganizationErrorCode.DUES_MONTH_PAID:
    case OrganizationErrorCode.TRANSFER_REFUSED:
      return 409;
    case OrganizationErrorCode.INVALID_CITIZEN_ID:
      return 400;
    case OrganizationErrorCode.POLICY_NOT_FOR_THIS_UNIT:
    case OrganizationErrorCode.ENTERPRISE_OUTSIDE_ORG_JURISDICTION:
    case OrganizationErrorCode.PARTY_ORG_FULL:
    case OrganizationErrorCode.NOT_A_BRANCH:
    case OrganizationErrorCode.COVERAGE_NOT_FOR_THIS_UNIT:
    case OrganizationErrorCode.ORG_UNIT_CYCLE:
    case OrganizationErrorCode.ORG_UNIT_MOVE_NOT_ALLOWED:
    case OrganizationErrorCode.DEVELOPMENT_STEP_REFUSED:
    case OrganizationErrorCode.MEETING_RECORD_REFUSED:
    case OrganizationErrorCode.DUES_PAYMENT_REFUSED:
    case OrganizationErrorCode.ROSTER_FILE_REFUSED:
      return 422;
    case RegistryErrorCode.INVALID_CREDIT_CODE:
    case RegistryErrorCode.INVALID_MEMBER_COUNTS:
      return 400;
    case RegistryErrorCode.DUPLICATE_CREDIT_CODE:
    case RegistryErrorCode.CENSUS_CAMPAIGN_EXISTS:
    case RegistryErrorCode.CENSUS_CAMPAIGN_CLOSED:
    case RegistryErrorCode.CENSUS_STAGE_OUT_OF_ORDER:
    case RegistryErrorCode.PROPOSAL_NOT_PENDING:
    case RegistryErrorCode.DATA_HUB_RUN_IN_PROGRESS:
    case RegistryErrorCode.DATA_HUB_NOT_CONFIGURED:
    case RegistryErrorCode.QUARANTINE_ALREADY_RESOLVED:
      return 409;
    case RegistryErrorCode.IMPORT_UNSUPPORTED_FILE:
      return 415;
    case RegistryErrorCode.IMPORT_FILE_TOO_LARGE:
      return 413;
    case RegistryErrorCode.IMPORT_MISSING_COLUMNS:
    case RegistryErrorCode.IMPORT_EMPTY_FILE:
    case RegistryErrorCode.MERGE_NOT_ALLOWED:
      return 422;
    case RegistryErrorCode.CENSUS_EXCLUSION_REASON_REQUIRED:
      return 400;
    case RegistryErrorCode.UNKNOWN_JURISDICTION:
    case RegistryErrorCode.INVALID_STATUS_CHANGE:
      return 422;
    case InstructorErrorCode.ASSIGNMENT_REFUSED:
    case InstructorErrorCode.VISIT_REFUSED:
    case InstructorErrorCode.REQUEST_TRANSITION_REFUSED:
      return 422;
    case InstructorErrorCode.INSTRUCTOR_NOT_SERVING:
    case InstructorErrorCode.REVIEW_REFUSED:
      return 409;
    default:
      return assertUnreachable(code);
  }
}
