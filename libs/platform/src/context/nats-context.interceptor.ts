import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { NatsContext } from '@nestjs/microservices';
import { Observable } from 'rxjs';
import { HEADER_REQUEST_ID } from '@dangjian/contracts';
import { RequestContext } from './request-context';

/** Message handlers run inside the request context of the caller, read from the NATS headers. */
@Injectable()
export class NatsContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const natsContext = context.switchToRpc().getContext<NatsContext>();
    const headers = natsContext?.getHeaders?.();
    const requestId = RequestContext.normalizeId(headers?.get(HEADER_REQUEST_ID));
    return new Observable((subscriber) =>
      RequestContext.run({ requestId }, () => next.handle().subscribe(subscriber)),
    );
  }
}
