import { z } from 'zod';
import { baseConfigSchema } from '@dangjian/platform';

/** assessment settings: the platform's, and the service's own as features arrive. */
export const assessmentConfigSchema = baseConfigSchema.extend({
  HTTP_PORT: baseConfigSchema.shape.HTTP_PORT.default(3104),
});
export type AssessmentConfig = z.infer<typeof assessmentConfigSchema>;
