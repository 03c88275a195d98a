import { z } from 'zod';
import { baseConfigSchema } from '@dangjian/platform';

/** organization settings: the platform's, and the service's own as features arrive. */
export const organizationConfigSchema = baseConfigSchema.extend({
  HTTP_PORT: baseConfigSchema.shape.HTTP_PORT.default(3102),
});
export type OrganizationConfig = z.infer<typeof organizationConfigSchema>;
