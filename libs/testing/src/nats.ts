import { GenericContainer, StartedTestContainer } from 'testcontainers';
import { NatsConnection, connect } from 'nats';
import { infra, tempDir } from './infra';
import { requiredEnv } from './mongo';

// eslint-disable-next-line @typescript-eslint/no-require-imports, @nx/enforce-module-boundaries -- a plain CommonJS file shared with deploy/local and the dev launcher
const natsPermissions: { devPassword(service: string): string } = require('../../../deploy/nats/permissions.cjs');

export async function connectTestNats(url = requiredEnv('NATS_URL')): Promise<NatsConnection> {
  return connect({ servers: url, maxReconnectAttempts: -1, reconnectTimeWait: 200, ...testNatsCredentials() });
}

/** The development administrator of the NATS the tests started (none when the server needs no login). */
export function testNatsCredentials(): { user?: string; pass?: string } {
  return process.env.NATS_USER ? { user: process.env.NATS_USER, pass: process.env.NATS_PASSWORD } : {};
}

/** A service's own NATS login on the servers deploy/local starts (deploy/nats/permissions.cjs). */
export function serviceNatsEnv(service: string): Record<string, string> {
  return { NATS_USER: service, NATS_PASSWORD: natsPermissions.devPassword(service) };
}

/**
 * A NATS server of the test's own, for tests that take NATS down and bring it back: same port, same
 * JetStream store, so clients reconnect and stored messages survive. A local nats-server where the
 * binaries are installed; a container (fixed host port, a volume-less restart) where Docker is used.
 */
export class DedicatedNats {
  private pid?: number;
  private container?: StartedTestContainer;

  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly useDocker: boolean,
  ) {}

  static async start(): Promise<DedicatedNats> {
    const useDocker = await dockerAnswers();
    const server = new DedicatedNats(await infra.freePort(), tempDir('nats'), useDocker);
    await server.up();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  async up(): Promise<void> {
    if (this.useDocker) {
      if (this.container) {
        await this.container.restart();
        return;
      }
      this.container = await new GenericContainer('nats:2.10')
        .withCommand(['-js', '-sd', '/data'])
        .withExposedPorts({ container: 4222, host: this.port })
        .start();
      return;
    }
    const server = await infra.startNats({ dir: this.dir, port: this.port });
    this.pid = server.pid;
  }

  /** Stops the server the hard way (SIGKILL): an outage, not a polite shutdown. */
  async down(): Promise<void> {
    if (this.container) {
      await this.container.exec(['kill', '-9', '1']).catch(() => undefined);
      return;
    }
    if (this.pid) await infra.stopPid(this.pid, 'SIGKILL');
    this.pid = undefined;
  }

  async stop(): Promise<void> {
    if (this.container) await this.container.stop();
    else await this.down();
  }
}

async function dockerAnswers(): Promise<boolean> {
  if (process.env.INFRA_NO_DOCKER) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}
