import { createHash, randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { ServiceName } from '@dangjian/contracts';
import { keycloakEnv } from './keycloak';
import { serviceNatsEnv } from './nats';
import { requiredEnv } from './mongo';
import { REPO_ROOT } from './service-process';

/** Keys of a test run: derived from the run, so a service restarted in the same run reads what it encrypted. */
function testKeys(service: ServiceName, run: string): Record<string, string> {
  const key = (purpose: string) => createHash('sha256').update(`dangjian-test:${purpose}:${service}:${run}`).digest('base64');
  return { FIELD_ENCRYPTION_KEYS: `test1:${key('field')}`, FIELD_ENCRYPTION_ACTIVE_KEY: 'test1', BLIND_INDEX_KEY: key('blind') };
}

/** Environment for a service process in a test: real servers, a database of this run, the demo realm and seed. */
export function serviceEnv(service: ServiceName, run = randomBytes(3).toString('hex')): Record<string, string> {
  return {
    MONGO_URL: requiredEnv('MONGO_URL'),
    NATS_URL: requiredEnv('NATS_URL'),
    ...(process.env.NATS_USER ? serviceNatsEnv(service) : {}),
    MONGO_DB: `e2e_${run}_${service}`,
    INSTANCE_ID: `${service}-e2e-${run}`,
    ...testKeys(service, run),
    ...keycloakEnv(service),
    ...(service === 'organization' ? { DEMO_SEED_FILE: path.join(REPO_ROOT, 'deploy/seed/demo-county.json') } : {}),
  };
}
