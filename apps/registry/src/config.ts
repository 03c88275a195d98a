import { z } from 'zod';
import { baseConfigSchema } from '@dangjian/platform';

/** registry settings: the platform's, and the service's own as features arrive. */
export const registryConfigSchema = baseConfigSchema.extend({
  HTTP_PORT: baseConfigSchema.shape.HTTP_PORT.default(3101),
});
export type RegistryConfig = z.infer<typeof registryConfigSchema>;
