import { z } from 'zod';
import { baseConfigSchema } from '@dangjian/platform';

export const ORGANIZATION_CONFIG = Symbol('ORGANIZATION_CONFIG');

/** organization settings: the platform's, and the service's own. */
export const organizationConfigSchema = baseConfigSchema.extend({
  HTTP_PORT: baseConfigSchema.shape.HTTP_PORT.default(3102),
  /** Development and demo only: seeds an empty org tree from this JSON file (deploy/seed/demo-county.json). */
  DEMO_SEED_FILE: z.string().min(1).optional(),
  /** How often Keycloak's groups are reconciled with the tree (missing ones made again, strays reported); 0 turns it off. */
  KEYCLOAK_RECONCILE_MS: z.coerce.number().int().min(0).default(600_000),
  /** How often the coverage applier looks for changes it was not told of (another replica's, a crashed run's). */
  COVERAGE_POLL_MS: z.coerce.number().int().min(100).default(2000),
  /** The coverage applier's lease: another replica takes over this long after a holder died. */
  COVERAGE_LEASE_MS: z.coerce.number().int().min(1000).default(30_000),
  /** How often the formation advisor works out the advice of parks and townships whose enterprises changed. */
  FORMATION_POLL_MS: z.coerce.number().int().min(100).default(2000),
  /** A park is worked out again once this long has passed without a new change in it. */
  FORMATION_SETTLE_MS: z.coerce.number().int().min(0).default(3000),
  /** How often probations ending within 30 days and dues arrears are looked for (each announced once); 0 turns it off. */
  REMINDER_SCAN_MS: z.coerce.number().int().min(0).default(3_600_000),
  /** Enterprises a coverage rebuild recomputes per step (each step is checkpointed). */
  COVERAGE_REBUILD_BATCH: z.coerce.number().int().min(1).max(5000).default(500),
});
export type OrganizationConfig = z.infer<typeof organizationConfigSchema>;
