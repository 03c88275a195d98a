import { z } from 'zod';
import { baseConfigSchema } from '@dangjian/platform';

/** instructor settings: the platform's, and the service's own as features arrive. */
export const instructorConfigSchema = baseConfigSchema.extend({
  HTTP_PORT: baseConfigSchema.shape.HTTP_PORT.default(3103),
});
export type InstructorConfig = z.infer<typeof instructorConfigSchema>;
