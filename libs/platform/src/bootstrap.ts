import { IncomingMessage, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { DynamicModule, HttpException, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { HEADER_REQUEST_ID, ServiceName } from '@dangjian/contracts';
import { NatsLinks, natsClientOptions } from '@dangjian/messaging';
import { ReplicaRefused } from '@dangjian/persistence';
import { RequestContext } from '@dangjian/request-context';
import { BaseConfig, natsLogin } from './config/config';
import { toErrorBody } from './errors/error.filter';
import { documentErrors } from './openapi/openapi';
import { ShutdownState } from './health/health';
import { MetricsService } from './metrics/metrics';

export interface BootstrapOptions {
  service: ServiceName;
  title: string;
  config: BaseConfig;
  module: Type<unknown> | DynamicModule;
  /** Install SIGTERM/SIGINT handlers (off in tests that close the app themselves). */
  handleSignals?: boolean;
  /** Content types handed to handlers as the unread request stream (file uploads), not buffered. */
  rawBodyTypes?: string[];
}

export const API_PREFIX = (service: ServiceName) => `api/${service}`;

/** JSON bodies; file uploads are streamed and limited by their own setting. */
const JSON_BODY_LIMIT = 1024 * 1024;

/** A malformed or over-long path (400, 414) is answered by Fastify before any route: our shape, never the echoed path. */
function answerFrameworkError(
  error: Error & { statusCode?: number },
  request: { id: string },
  reply: { status: (code: number) => { send: (body: unknown) => unknown } },
): void {
  const { status, body } = toErrorBody(new HttpException(error.message, error.statusCode ?? 400));
  void reply.status(status).send({ ...body, requestId: request.id });
}

/**
 * Errors Node's HTTP parser meets before Fastify sees a request (headers over 16 KiB, a malformed
 * request line) get the same coded JSON answer as every other error.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify(toErrorBody(new HttpException(STATUS_CODES[status] ?? 'Bad Request', status)).body);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Creates the hybrid app: Fastify HTTP under /api/<service> (health and metrics at the root for
 * probes and scrapers), OpenAPI at /api/<service>/docs, and a NATS microservice in the service's
 * queue group so replicas share requests.
 */
export async function createServiceApp(options: BootstrapOptions): Promise<NestFastifyApplication> {
  const { service, config } = options;
  const app = await NestFactory.create<NestFastifyApplication>(
    options.module,
    new FastifyAdapter({
      bodyLimit: JSON_BODY_LIMIT,
      clientErrorHandler: answerClientError,
      // `as never`: the adapter's options are typed by its own nested copy of Fastify's types, which no one signature satisfies.
      frameworkErrors: answerFrameworkError as never,
      trustProxy: true,
      genReqId: (req: { headers: IncomingMessage['headers'] }) => RequestContext.normalizeId(req.headers[HEADER_REQUEST_ID]),
    }),
    // No form or urlencoded parser: every API takes JSON, anything else is a 415.
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX(service), { exclude: ['health/live', 'health/ready', 'metrics'] });

  // Our APIs take JSON (and the upload types below): a text/plain body is refused with 415, not read as a string.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  if (options.rawBodyTypes?.length) {
    app
      .getHttpAdapter()
      .getInstance()
      .addContentTypeParser(options.rawBodyTypes, (_request, payload, done) => done(null, payload));
  }

  const metrics = app.get(MetricsService);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', async (request, reply) => {
      metrics.httpDuration.observe(
        { method: request.method, route: request.routeOptions?.url ?? 'unmatched', status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
    });

  const document = documentErrors(SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(options.title)
      .setDescription(`dangjian · ${service} service API`)
      .setVersion(process.env.npm_package_version ?? '0.0.0')
      .addBearerAuth()
      .build(),
  ));
  SwaggerModule.setup(`${API_PREFIX(service)}/docs`, app, document, { useGlobalPrefix: false });

  const rpcServer = app.connectMicroservice<MicroserviceOptions>(
    { transport: Transport.NATS, options: { servers: config.NATS_URL.split(','), queue: service, name: `${service}-rpc`, ...natsClientOptions(service, natsLogin(config)) } },
    { inheritAppConfig: true },
  );
  app.get(NatsLinks).track('rpc-server', rpcServer.status);
  return app;
}

export async function bootstrapService(options: BootstrapOptions): Promise<NestFastifyApplication> {
  const app = await createServiceApp(options);
  try {
    await app.startAllMicroservices();
    await app.listen(options.config.HTTP_PORT, options.config.HTTP_HOST);
  } catch (error) {
    if (!(error instanceof ReplicaRefused)) throw error;
    // Like a configuration error: one line, EX_CONFIG, and no restart will help.
    process.stderr.write(`[${options.service}] ${error.message}\n`);
    process.exit(78);
  }
  const logger = app.get(Logger);
  logger.log(`${options.service} listening on http://${options.config.HTTP_HOST}:${options.config.HTTP_PORT}`);

  if (options.handleSignals !== false) {
    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      logger.log(`${signal}: draining`);
      app.get(ShutdownState).shuttingDown = true;
      const force = setTimeout(() => {
        logger.error('shutdown took too long; exiting');
        process.exit(1);
      }, options.config.SHUTDOWN_TIMEOUT_MS);
      force.unref();
      try {
        await app.close();
        process.exit(0);
      } catch (error) {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      }
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
  }
  return app;
}
