import { z } from 'zod';
import { baseConfigSchema } from '@dangjian/platform';

export const ORGANIZATION_CONFIG = Symbol('ORGANIZATION_CONFIG');

/** organization settings: the platform's, and the service's own. */
export const organizationConfigSchema = baseConfigSchema.extend({
  HTTP_PORT: baseConfigSchema.shape.HTTP_PORT.default(3102),
  /** Development and demo only: seeds an empty org tree from this JSON file (deploy/seed/demo-county.json). */
  DEMO_SEED_FILE: z.string().min(1).optional(),
});
export type OrganizationConfig = z.infer<typeof organizationConfigSchema>;
