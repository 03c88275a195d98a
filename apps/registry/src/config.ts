import { z } from 'zod';
import { baseConfigSchema } from '@dangjian/platform';

/** registry settings: the platform's, and the service's own as features arrive. */
export const registryConfigSchema = baseConfigSchema.extend({
  HTTP_PORT: baseConfigSchema.shape.HTTP_PORT.default(3101),
  /** Largest ledger file accepted for import. */
  IMPORT_MAX_MB: z.coerce.number().int().min(1).max(500).default(30),
  /** Rows written per import checkpoint. */
  IMPORT_BATCH_ROWS: z.coerce.number().int().min(10).max(5000).default(1000),
  /** How long an import job stays with a worker that stopped renewing it (a heartbeat renews it every quarter) before another takes it over. */
  IMPORT_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(20),
  /** Development: a ledger file imported into an empty ledger at start (deploy/seed/demo-ledger.csv). */
  DEMO_LEDGER_FILE: z.string().min(1).optional(),
  DEMO_LEDGER_SCOPE: z.string().regex(/^(\/[a-z0-9][a-z0-9-]*)+$/).default('/demo-county'),
  /** The government data-sharing platform (数据共享平台); no URL, no scheduled pulls. */
  DATA_HUB_URL: z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s):// URL').optional(),
  DATA_HUB_APP_KEY: z.string().min(1).optional(),
  DATA_HUB_APP_SECRET: z.string().min(8, 'expected the app secret (at least 8 characters)').optional(),
  /** JSON object: hub region code → park or township path, e.g. {"341621101":"/county/town"}. */
  DATA_HUB_REGIONS: z
    .string()
    .default('{}')
    .transform((text, ctx) => {
      try {
        const value = JSON.parse(text) as unknown;
        if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string' && v.startsWith('/'))) {
          return value as Record<string, string>;
        }
      } catch {
        // reported below
      }
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'expected a JSON object of region code → org path' });
      return z.NEVER;
    }),
  DATA_HUB_CRON: z.string().min(9).default('0 */30 * * * *'),
  DATA_HUB_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  DATA_HUB_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  DATA_HUB_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(4),
  DATA_HUB_RETRY_BASE_MS: z.coerce.number().int().min(10).default(1000),
  DATA_HUB_RATE_PER_SECOND: z.coerce.number().min(0.1).max(100).default(5),
  DATA_HUB_LEASE_SECONDS: z.coerce.number().int().min(5).default(300),
  /** A folder of dropped .csv/.xlsx change files (the file-exchange adapter). */
  DATA_HUB_DROP_DIR: z.string().min(1).optional(),
  DATA_HUB_DROP_POLL_SECONDS: z.coerce.number().int().min(1).default(60),
});
export const registryConfig = registryConfigSchema.refine((c) => !c.DATA_HUB_URL || (c.DATA_HUB_APP_KEY && c.DATA_HUB_APP_SECRET), {
  message: 'DATA_HUB_URL needs DATA_HUB_APP_KEY and DATA_HUB_APP_SECRET',
  path: ['DATA_HUB_APP_SECRET'],
});
export type RegistryConfig = z.infer<typeof registryConfigSchema>;
