import { z } from 'zod';
import { ConfigError, baseConfigSchema, parseConfig } from './config';

const valid = {
  HTTP_PORT: '3001',
  MONGO_URL: 'mongodb://127.0.0.1:27017',
  NATS_URL: 'nats://127.0.0.1:4222',
  KEYCLOAK_URL: 'http://127.0.0.1:8080/',
  KEYCLOAK_CLIENT_SECRET: 's3cret',
  FIELD_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
  FIELD_ENCRYPTION_ACTIVE_KEY: 'k1',
  BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
};

function lineFor(env: Record<string, string | undefined>): string {
  try {
    parseConfig('registry', baseConfigSchema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.line;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it.each(['FIELD_ENCRYPTION_KEYS', 'FIELD_ENCRYPTION_ACTIVE_KEY', 'BLIND_INDEX_KEY'])('should require %s', (setting) => {
    expect(lineFor({ ...valid, [setting]: undefined })).toContain(`${setting}: required`);
  });

  it('should parse a valid environment with defaults applied', () => {
    const config = parseConfig('registry', baseConfigSchema, valid);
    expect(config.HTTP_PORT).toBe(3001);
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.SHUTDOWN_TIMEOUT_MS).toBe(15000);
    expect(config.KEYCLOAK_URL).toBe('http://127.0.0.1:8080');
    expect(config.KEYCLOAK_REALM).toBe('dangjian');
  });

  it('should name a missing setting and say it is required, on one line', () => {
    const line = lineFor({ ...valid, MONGO_URL: undefined });
    expect(line).toContain('MONGO_URL: required, expected a mongodb:// connection URL');
    expect(line).not.toContain('\n');
    expect(line.startsWith('[registry] 配置无效 / invalid configuration:')).toBe(true);
  });

  it('should name an invalid setting, what is expected and what it got', () => {
    const line = lineFor({ ...valid, HTTP_PORT: 'abc' });
    expect(line).toContain('HTTP_PORT: expected an integer port 1-65535, got "abc"');
  });

  it('should reject a NATS URL that is not nats://', () => {
    expect(lineFor({ ...valid, NATS_URL: 'http://x:4222' })).toContain('NATS_URL: expected nats://host:port');
  });

  it('should list every bad setting in the same line', () => {
    const line = lineFor({ HTTP_PORT: '70000', NATS_URL: 'nats://a:1' });
    expect(line).toMatch(/HTTP_PORT: .*; MONGO_URL: required/);
  });

  it('should accept an extended service schema', () => {
    const schema = baseConfigSchema.extend({ IMPORT_MAX_BYTES: z.coerce.number().int().positive() });
    expect(parseConfig('registry', schema, { ...valid, IMPORT_MAX_BYTES: '1024' }).IMPORT_MAX_BYTES).toBe(1024);
  });
});
