import { z } from 'zod';
import { baseConfigSchema } from '@dangjian/platform';

export const INSTRUCTOR_CONFIG = Symbol('INSTRUCTOR_CONFIG');

/** instructor settings: the platform's, and the service's own. */
export const instructorConfigSchema = baseConfigSchema.extend({
  HTTP_PORT: baseConfigSchema.shape.HTTP_PORT.default(3103),
  /** How often open enterprise requests past their time limit are escalated (each level announced once); 0 turns it off. */
  REQUEST_SCAN_MS: z.coerce.number().int().min(0).default(3_600_000),
});
export type InstructorConfig = z.infer<typeof instructorConfigSchema>;
