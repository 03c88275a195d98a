import { ServiceName } from '@dangjian/contracts';

export const SERVICE_IDENTITY = Symbol('SERVICE_IDENTITY');

export interface ServiceIdentity {
  service: ServiceName;
  instance: string;
  version: string;
}

/** The service's validated configuration (BaseConfig or the service's extension of it). */
export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
