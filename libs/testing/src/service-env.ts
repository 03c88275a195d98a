import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { ServiceName } from '@dangjian/contracts';
import { keycloakEnv } from './keycloak';
import { requiredEnv } from './mongo';
import { REPO_ROOT } from './service-process';

/** Environment for a service process in a test: real servers, a database of this run, the demo realm and seed. */
export function serviceEnv(service: ServiceName, run = randomBytes(3).toString('hex')): Record<string, string> {
  return {
    MONGO_URL: requiredEnv('MONGO_URL'),
    NATS_URL: requiredEnv('NATS_URL'),
    MONGO_DB: `e2e_${run}_${service}`,
    INSTANCE_ID: `${service}-e2e-${run}`,
    ...keycloakEnv(service),
    ...(service === 'organization' ? { DEMO_SEED_FILE: path.join(REPO_ROOT, 'deploy/seed/demo-county.json') } : {}),
  };
}
