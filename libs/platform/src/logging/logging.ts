import { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { Params } from 'nestjs-pino';
import { HEADER_REQUEST_ID } from '@dangjian/contracts';
import { RequestContext } from '@dangjian/request-context';

/** pino JSON logs; every line carries the request id, from HTTP or from NATS headers. */
export function loggerParams(service: string, instance: string, level: string): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level,
      base: { service, instance },
      messageKey: 'msg',
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      // Normalize once and write it back, so this and RequestContextMiddleware agree in either order.
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = RequestContext.normalizeId(req.headers[HEADER_REQUEST_ID]);
        req.headers[HEADER_REQUEST_ID] = id;
        res.setHeader(HEADER_REQUEST_ID, id);
        return id;
      },
      mixin: () => {
        const requestId = RequestContext.requestId();
        return requestId ? { requestId } : {};
      },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      // Probes and scrapes every few seconds would drown the log.
      autoLogging: { ignore: (req) => /^\/(health\/|metrics)/.test((req as { originalUrl?: string }).originalUrl ?? req.url ?? '') },
    },
  };
}
