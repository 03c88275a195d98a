import { Injectable, NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HEADER_REQUEST_ID } from '@dangjian/contracts';
import { RequestContext } from '@dangjian/request-context';

/** Gives each HTTP request an id (the caller's x-request-id when valid) and runs it inside the context. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    const requestId = RequestContext.normalizeId(req.headers[HEADER_REQUEST_ID]);
    req.headers[HEADER_REQUEST_ID] = requestId;
    res.setHeader(HEADER_REQUEST_ID, requestId);
    RequestContext.run({ requestId }, next);
  }
}
