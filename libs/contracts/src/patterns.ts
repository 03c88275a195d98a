import { ServiceName } from './services';

/** Request/reply message patterns: `<service>.<entity>.<verb>`. */
export const SystemPatterns = {
  /** Answered by every service: proves request/reply reaches it. */
  ping: (service: ServiceName) => `${service}.system.ping`,
  /** Which probes from other services this one has received through its durable consumers. */
  probeReceiptGet: (service: ServiceName) => `${service}.probe-receipt.get`,
} as const;

export interface PingReply {
  service: string;
  instance: string;
  version: string;
  requestId?: string;
  at: string;
}

export interface ProbeReceiptQuery {
  probeId: string;
}

export interface ProbeReceiptReply {
  service: string;
  probeId: string;
  received: boolean;
  receivedAt?: string;
}

export const OrganizationPatterns = {
  /** An org unit by path, within the caller's scope; null when absent or out of scope. */
  orgUnitGet: 'organization.org-unit.get',
  /** The policy settings in force for a path on a date (today unless given); every role may read policy. */
  policyGet: 'organization.policy.get',
} as const;
