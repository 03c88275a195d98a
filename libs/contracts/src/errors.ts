/** Error codes shared by every service; each service adds its own enum beside this one. */
export enum CommonErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
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
}

export type ErrorCode = CommonErrorCode | OrganizationErrorCode | RegistryErrorCode;
