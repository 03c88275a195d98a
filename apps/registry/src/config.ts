import { z } from 'zod';
import { baseConfigSchema } from '@dangjian/platform';

/** registry settings: the platform's, and the service's own as features arrive. */
export const registryConfigSchema = baseConfigSchema.extend({
  HTTP_PORT: baseConfigSchema.shape.HTTP_PORT.default(3101),
  /** Largest ledger file accepted for import. */
  IMPORT_MAX_MB: z.coerce.number().int().min(1).max(500).default(30),
  /** Rows written per import checkpoint. */
  IMPORT_BATCH_ROWS: z.coerce.number().int().min(10).max(5000).default(1000),
  /** How long an import worker owns a job without a checkpoint before another takes it over. */
  IMPORT_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(120),
});
export type RegistryConfig = z.infer<typeof registryConfigSchema>;
