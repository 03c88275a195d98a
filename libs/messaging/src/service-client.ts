import { ClientNats, NatsRecordBuilder } from '@nestjs/microservices';
import { headers as natsHeaders } from 'nats';
import { firstValueFrom, timeout } from 'rxjs';
import { HEADER_REQUEST_ID } from '@dangjian/contracts';

/** Headers a caller attaches to every request: the request id and the caller's bearer token. */
export type HeaderSource = () => Promise<Record<string, string | undefined>>;

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
    for (const [key, value] of Object.entries(await this.headerSource())) if (value) h.set(key, value);
    const record = new NatsRecordBuilder(data).setHeaders(h).build();
    return firstValueFrom(this.client.send<TResult>(pattern, record).pipe(timeout(options.timeoutMs ?? this.defaultTimeoutMs)));
  }

  async connect(): Promise<void> {
    await this.client.connect();
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

/**
 * The request id, and the token of the user the call is made for — or, outside a user's request
 * (jobs, event handlers), the service's own token.
 */
export function callerHeaders(requestId: () => string | undefined, userToken: () => string | undefined, serviceToken: () => Promise<string>): HeaderSource {
  return async () => ({
    [HEADER_REQUEST_ID]: requestId(),
    authorization: `Bearer ${userToken() || (await serviceToken())}`,
  });
}
