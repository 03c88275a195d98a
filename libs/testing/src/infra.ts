// Typed access to deploy/local/infra.cjs: the one place that finds or starts the real servers.
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';

export type InfraName = 'nats' | 'mongo' | 'keycloak';

export interface RunningServer {
  kind: 'env' | 'container' | 'local';
  url: string;
  port?: number;
  pid?: number;
  dir?: string;
  /** NATS started here: its development administrator. */
  user?: string;
  password?: string;
  stop(): Promise<void>;
}

interface InfraModule {
  resolveInfra(options: { dir?: string; which?: InfraName[]; detached?: boolean }): Promise<Partial<Record<InfraName, RunningServer>>>;
  startNats(options: { dir: string; port?: number }): Promise<RunningServer & { port: number; pid: number }>;
  stopPid(pid: number, signal?: string, timeoutMs?: number): Promise<void>;
  /** Whether a process still runs (a zombie does not). */
  isAlive(pid: number): boolean;
  freePort(): Promise<number>;
  REPO: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports, @nx/enforce-module-boundaries -- a plain CommonJS script shared with the dev launcher
export const infra: InfraModule = require('../../../deploy/local/infra.cjs');

export const ENV_OF: Record<InfraName, string> = { nats: 'NATS_URL', mongo: 'MONGO_URL', keycloak: 'KEYCLOAK_URL' };

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `dangjian-${prefix}-`));
}
