import { z } from 'zod';

/** Settings every service needs; a service extends this schema with its own. */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
  HTTP_HOST: z.string().min(1).default('0.0.0.0'),
  HTTP_PORT: z.coerce
    .number({ invalid_type_error: 'expected an integer port 1-65535' })
    .int('expected an integer port 1-65535')
    .min(1, 'expected an integer port 1-65535')
    .max(65535, 'expected an integer port 1-65535'),
  MONGO_URL: z
    .string({ required_error: 'a mongodb:// connection URL' })
    .regex(/^mongodb(\+srv)?:\/\/.+/, 'expected a mongodb:// or mongodb+srv:// URL'),
  MONGO_DB: z.string().regex(/^[A-Za-z0-9_-]{1,63}$/, 'expected a database name of letters, digits, _ or -').optional(),
  NATS_URL: z
    .string({ required_error: 'one or more nats:// URLs, comma-separated' })
    .regex(/^nats:\/\/[^,\s]+(,nats:\/\/[^,\s]+)*$/, 'expected nats://host:port, comma-separated for a cluster'),
  /** This service's NATS user and password (deploy/nats/permissions.cjs says what each may do); none when the server needs no login. */
  NATS_USER: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'expected a NATS user name').optional(),
  NATS_PASSWORD: z.string().min(1, 'expected the NATS password').optional(),
  /** TLS to NATS (on in production): the CA that signed the server's certificate, and a client certificate if the server asks for one. */
  NATS_TLS_CA_FILE: z.string().min(1).optional(),
  NATS_TLS_CERT_FILE: z.string().min(1).optional(),
  NATS_TLS_KEY_FILE: z.string().min(1).optional(),
  /** JetStream replicas of streams created at start (3 on a production cluster); existing streams keep their own. */
  NATS_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
  /** Failures, while the rest of the outbox flows, after which a document's events are set aside. */
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(2).max(100).default(5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000, 'expected milliseconds ≥ 1000').default(15_000),
  INSTANCE_ID: z.string().min(1).optional(),
  KEYCLOAK_URL: z
    .string({ required_error: 'the Keycloak base URL that issues the tokens, e.g. https://sso.example.gov.cn' })
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, 'expected an http(s):// URL')
    .transform((url) => url.replace(/\/+$/, '')),
  KEYCLOAK_REALM: z.string().regex(/^[A-Za-z0-9_-]+$/, 'expected a realm name').default('dangjian'),
  KEYCLOAK_CLIENT_ID: z.string().min(1).optional(),
  /** The audience tokens meant for the platform carry (the realm's audience mappers put it there). */
  KEYCLOAK_AUDIENCE: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'expected an audience name').default('dangjian-platform'),
  KEYCLOAK_CLIENT_SECRET: z.string({ required_error: "the secret of this service's Keycloak client (svc-<service>)" }).min(1, 'expected the client secret'),
  // Required: citizen IDs are encrypted at rest and audit rows keep sensitive values only as keyed hashes.
  FIELD_ENCRYPTION_KEYS: z
    .string({ required_error: 'id:base64-of-32-bytes[,id:base64…], the keys that encrypt sensitive fields' })
    .regex(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=)*$/, 'expected id:base64-of-32-bytes[,id:base64…]'),
  FIELD_ENCRYPTION_ACTIVE_KEY: z
    .string({ required_error: 'the id of the FIELD_ENCRYPTION_KEYS key that encrypts new values' })
    .regex(/^[A-Za-z0-9_-]{1,32}$/, 'expected the id of one of FIELD_ENCRYPTION_KEYS'),
  BLIND_INDEX_KEY: z
    .string({ required_error: 'base64 of at least 32 random bytes, the key of lookups and audit hashes' })
    .regex(/^[A-Za-z0-9+/]{43,}={0,2}$/, 'expected base64 of at least 32 random bytes'),
});
export type BaseConfig = z.infer<typeof baseConfigSchema>;

/** The NATS login the settings describe. */
export function natsLogin(config: BaseConfig): { user?: string; password?: string; tls: { caFile?: string; certFile?: string; keyFile?: string } } {
  return {
    user: config.NATS_USER,
    password: config.NATS_PASSWORD,
    tls: { caFile: config.NATS_TLS_CA_FILE, certFile: config.NATS_TLS_CERT_FILE, keyFile: config.NATS_TLS_KEY_FILE },
  };
}

export class ConfigError extends Error {
  constructor(readonly line: string) {
    super(line);
  }
}

/**
 * Parses the environment with the schema. On failure throws a ConfigError whose message is ONE line
 * naming each bad setting and what is expected — the line an operator sees in `kubectl logs`.
 */
export function parseConfig<S extends z.ZodTypeAny>(
  service: string,
  schema: S,
  env: Record<string, string | undefined>,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const setting = issue.path.join('.') || '(environment)';
    const got = issue.path.length === 1 ? env[String(issue.path[0])] : undefined;
    const expected = issue.code === 'invalid_type' && got === undefined ? `required, expected ${issue.message}` : issue.message;
    return got === undefined ? `${setting}: ${expected}` : `${setting}: ${expected}, got "${got}"`;
  });
  throw new ConfigError(`[${service}] 配置无效 / invalid configuration: ${problems.join('; ')}`);
}

/** For `main.ts`: parse or print the one line and stop with EX_CONFIG (78). */
export function loadConfigOrExit<S extends z.ZodTypeAny>(service: string, schema: S): z.infer<S> {
  try {
    return parseConfig(service, schema, process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.line}\n`);
      process.exit(78);
    }
    throw error;
  }
}
