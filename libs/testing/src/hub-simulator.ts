import { createHmac } from 'node:crypto';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';

export type HubFault = '503' | 'slow' | 'not-json';

export interface HubRequest {
  at: number;
  url: string;
  since?: string;
  page: number;
  status: number;
}

/**
 * A stand-in for the government data-sharing platform, for tests: a real HTTP server that checks
 * each request's HMAC-SHA256 signature (method, request target, timestamp, nonce), serves the
 * fixture changes newer than `since` in pages, and plays the faults queued in `faults`, one per request.
 */
export class HubSimulator {
  changes: Record<string, unknown>[] = [];
  faults: HubFault[] = [];
  requests: HubRequest[] = [];
  slowMs = 3000;
  private readonly nonces = new Set<string>();
  private server?: Server;

  constructor(
    readonly appKey: string,
    public secret: string,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/gateway`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://hub');
    const page = Number(url.searchParams.get('page') ?? '1');
    const since = url.searchParams.get('since') ?? undefined;
    const answer = (status: number, body: unknown) => {
      this.requests.push({ at: Date.now(), url: req.url ?? '', since, page, status });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    const timestamp = String(req.headers['x-timestamp'] ?? '');
    const nonce = String(req.headers['x-nonce'] ?? '');
    const expected = createHmac('sha256', this.secret).update(`${req.method}\n${req.url}\n${timestamp}\n${nonce}`).digest('hex');
    if (req.headers['x-app-key'] !== this.appKey || req.headers['x-signature'] !== expected) return answer(401, { code: 401, message: 'signature mismatch' });
    if (Math.abs(Date.now() - Number(timestamp)) > 300_000 || this.nonces.has(nonce)) return answer(401, { code: 401, message: 'stale or replayed request' });
    this.nonces.add(nonce);
    if (url.pathname !== '/gateway/api/market-subjects/changes') return answer(404, { code: 404, message: 'no such API' });

    const fault = this.faults.shift();
    if (fault === '503') return answer(503, { code: 503, message: 'busy' });
    if (fault === 'not-json') return answer(200, '<html>gateway error</html>');
    if (fault === 'slow') await new Promise((resolve) => setTimeout(resolve, this.slowMs));

    const pageSize = Number(url.searchParams.get('pageSize') ?? '100');
    const newer = this.changes
      .filter((c) => !since || (typeof c.changedAt === 'string' && Date.parse(c.changedAt) > Date.parse(since)))
      .sort((a, b) => String(a.changedAt).localeCompare(String(b.changedAt)));
    const records = newer.slice((page - 1) * pageSize, page * pageSize);
    if (res.destroyed) return;
    answer(200, { code: 0, message: 'ok', data: { records, page, pageSize, total: newer.length, hasMore: page * pageSize < newer.length } });
  }
}
