import { z } from 'zod';
import { baseConfigSchema } from '@dangjian/platform';

/** notification settings: the platform's, and the service's own as features arrive. */
export const notificationConfigSchema = baseConfigSchema.extend({
  HTTP_PORT: baseConfigSchema.shape.HTTP_PORT.default(3105),
});
export type NotificationConfig = z.infer<typeof notificationConfigSchema>;
