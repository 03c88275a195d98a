import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { NatsContext } from '@nestjs/microservices';
import { Observable } from 'rxjs';
import { principalOfRpc } from '@dangjian/auth';
import { HEADER_REQUEST_ID } from '@dangjian/contracts';
import { RequestContext } from '@dangjian/request-context';

/** Message handlers run inside the caller's context: request id from the headers, principal from the guard. */
@Injectable()
export class NatsContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const natsContext = context.switchToRpc().getContext<NatsContext>();
    const headers = natsContext?.getHeaders?.();
    const requestId = RequestContext.normalizeId(headers?.get(HEADER_REQUEST_ID));
    return new Observable((subscriber) =>
      RequestContext.run({ requestId, principal: principalOfRpc(natsContext) }, () => next.handle().subscribe(subscriber)),
    );
  }
}
