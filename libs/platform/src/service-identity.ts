import { ServiceName } from '@dangjian/contracts';

export const SERVICE_IDENTITY = Symbol('SERVICE_IDENTITY');

export interface ServiceIdentity {
  service: ServiceName;
  instance: string;
  version: string;
}
