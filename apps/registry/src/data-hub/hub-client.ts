import { randomUUID } from 'node:crypto';
import { RawHubChange, hubSignature } from './hub-change';

export interface HubClientOptions {
  baseUrl: string;
  appKey: string;
  appSecret: string;
  pageSize: number;
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  ratePerSecond: number;
}

export interface HubPage {
  records: RawHubChange[];
  hasMore: boolean;
}

/** An answer that retrying will not change (a refused signature, a bad request, a malformed page). */
export class HubRefused extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The data-sharing platform's change feed: signed requests, at most ratePerSecond of them, with
 * retries and exponential backoff on 5xx, 429, timeouts and network errors.
 */
export class HubClient {
  private nextSlot = 0;
  requests = 0;
  retries = 0;

  constructor(private readonly options: HubClientOptions) {}

  async page(since: string | undefined, page: number): Promise<HubPage> {
    const query = new URLSearchParams({ page: String(page), pageSize: String(this.options.pageSize) });
    if (since) query.set('since', since);
    const body = (await this.get(`/api/market-subjects/changes?${query}`)) as { code?: number; message?: string; data?: { records?: unknown; hasMore?: unknown } };
    if (body.code !== 0 || !body.data || !Array.isArray(body.data.records)) {
      throw new HubRefused(`数据共享平台返回异常：${body.message ?? JSON.stringify(body).slice(0, 200)} / unexpected answer from the data hub`);
    }
    return { records: body.data.records as RawHubChange[], hasMore: body.data.hasMore === true };
  }

  private async get(pathAndQuery: string): Promise<unknown> {
    const base = new URL(this.options.baseUrl);
    const target = `${base.pathname.replace(/\/+$/, '')}${pathAndQuery}`;
    let lastError: unknown;
    for (let attempt = 0; attempt <= this.options.maxRetries; attempt++) {
      if (attempt > 0) {
        this.retries += 1;
        await sleep(this.options.retryBaseMs * 2 ** (attempt - 1) + Math.random() * this.options.retryBaseMs);
      }
      await this.throttle();
      const timestamp = String(Date.now());
      const nonce = randomUUID();
      let response: Response;
      try {
        this.requests += 1;
        response = await fetch(new URL(target, base.origin), {
          headers: {
            'x-app-key': this.options.appKey,
            'x-timestamp': timestamp,
            'x-nonce': nonce,
            'x-signature': hubSignature(this.options.appSecret, 'GET', target, timestamp, nonce),
            accept: 'application/json',
          },
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
      } catch (error) {
        lastError = error; // timeout or network error: retried
        continue;
      }
      if (response.status >= 500 || response.status === 429) {
        lastError = new Error(`data hub answered ${response.status}`);
        await response.body?.cancel();
        continue;
      }
      if (!response.ok) {
        throw new HubRefused(`数据共享平台拒绝请求（HTTP ${response.status}）：${(await response.text()).slice(0, 200)} / the data hub refused the request`);
      }
      try {
        return await response.json();
      } catch (error) {
        lastError = error;
      }
    }
    throw new Error(`数据共享平台多次重试后仍不可用 / the data hub is unavailable after ${this.options.maxRetries} retries: ${String((lastError as Error)?.message ?? lastError)}`);
  }

  /** Spaces requests at least 1/ratePerSecond apart. */
  private async throttle(): Promise<void> {
    const gap = 1000 / this.options.ratePerSecond;
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + gap;
    if (slot > now) await sleep(slot - now);
  }
}
