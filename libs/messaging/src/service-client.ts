import { ClientNats, NatsRecordBuilder } from '@nestjs/microservices';
import { headers as natsHeaders } from 'nats';
import { firstValueFrom, timeout } from 'rxjs';
import { HEADER_REQUEST_ID } from '@dangjian/contracts';

/** Extra headers a caller attaches to every request (request id today, the principal later). */
export type HeaderSource = () => Record<string, string | undefined>;

/**
 * Request/reply to other services through @nestjs/microservices (queue groups on the server side),
 * carrying the caller's request id in the NATS headers.
 */
export class ServiceClient {
  constructor(
    private readonly client: ClientNats,
    private readonly headerSource: HeaderSource,
    private readonly defaultTimeoutMs = 5000,
  ) {}

  async send<TResult, TData = unknown>(pattern: string, data: TData, options: { timeoutMs?: number } = {}): Promise<TResult> {
    const h = natsHeaders();
    for (const [key, value] of Object.entries(this.headerSource())) if (value) h.set(key, value);
    const record = new NatsRecordBuilder(data).setHeaders(h).build();
    return firstValueFrom(this.client.send<TResult>(pattern, record).pipe(timeout(options.timeoutMs ?? this.defaultTimeoutMs)));
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

export function requestIdHeaders(requestId: () => string | undefined): HeaderSource {
  return () => ({ [HEADER_REQUEST_ID]: requestId() });
}
