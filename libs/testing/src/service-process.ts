import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { ServiceName } from '@dangjian/contracts';
import { infra } from './infra';
import { eventually } from './wait';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

/** The compiled entry point of a service (nx build output). */
export function serviceEntry(service: ServiceName): string {
  return path.join(REPO_ROOT, 'dist', 'apps', service, 'apps', service, 'src', 'main.js');
}

export interface ExitResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
}

/** A service running as its own process, the way it runs in production. */
export class ServiceProcess {
  private child?: ChildProcess;
  private exited?: Promise<ExitResult>;
  stdout = '';
  stderr = '';

  constructor(
    readonly service: ServiceName,
    readonly port: number,
    readonly env: Record<string, string>,
    /** Extra node flags (a profiler's, say) before the service's entry. */
    readonly nodeArgs: readonly string[] = [],
  ) {}

  static async create(service: ServiceName, env: Record<string, string>, nodeArgs: readonly string[] = []): Promise<ServiceProcess> {
    return new ServiceProcess(service, await infra.freePort(), env, nodeArgs);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  start(): Promise<ExitResult> {
    this.stdout = '';
    this.stderr = '';
    this.child = spawn(process.execPath, [...this.nodeArgs, '-r', path.join(REPO_ROOT, 'tools/runtime/register-paths.cjs'), serviceEntry(this.service)], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HTTP_HOST: '127.0.0.1', HTTP_PORT: String(this.port), LOG_LEVEL: 'warn', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d: Buffer) => (this.stdout += d.toString()));
    this.child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    const child = this.child;
    this.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal, stdout: this.stdout, stderr: this.stderr })),
    );
    return this.exited;
  }

  async startReady(timeoutMs = 60_000): Promise<void> {
    void this.start();
    await eventually(
      async () => {
        if (this.child?.exitCode !== null && this.child?.exitCode !== undefined) {
          throw new Error(`${this.service} exited with ${this.child.exitCode}: ${this.stderr}${this.stdout.slice(-2000)}`);
        }
        const res = await fetch(`${this.url}/health/ready`).catch(() => undefined);
        return res?.status === 200;
      },
      timeoutMs,
      `${this.service} ready`,
    );
  }

  /** The exit of the process last started. */
  exit(): Promise<ExitResult> | undefined {
    return this.exited;
  }

  /** SIGKILL, as a crash: no shutdown hooks run. */
  async kill(): Promise<ExitResult | undefined> {
    if (!this.child || this.child.exitCode !== null) return this.exited;
    this.child.kill('SIGKILL');
    return this.exited;
  }

  /** SIGTERM and wait for the exit. */
  async stop(): Promise<ExitResult | undefined> {
    if (!this.child || this.child.exitCode !== null) return this.exited;
    this.child.kill('SIGTERM');
    return this.exited;
  }
}
