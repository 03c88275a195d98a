import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { AuditModule } from './audit/audit.feature';
import { validationPipe } from './errors/validation';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { ServiceName } from '@dangjian/contracts';
import { AuthModule, ServiceAccountTokens } from '@dangjian/auth';
import { MessagingModule, callerHeaders } from '@dangjian/messaging';
import { PersistenceModule, setAuditActorResolver } from '@dangjian/persistence';
import { BaseConfig, natsLogin } from './config/config';
import { NatsContextInterceptor } from './context/nats-context.interceptor';
import { RequestContext } from '@dangjian/request-context';
import { RequestContextMiddleware } from './context/request-context.middleware';
import { ErrorFilter } from './errors/error.filter';
import { HealthController, NatsHealthIndicator, ShutdownState } from './health/health';
import { loggerParams } from './logging/logging';
import { MetricsController, MetricsService } from './metrics/metrics';
import { PLATFORM_CONFIG, SERVICE_IDENTITY, ServiceIdentity } from './service-identity';
import { systemFeature } from './system/system.feature';

export interface PlatformOptions {
  service: ServiceName;
  config: BaseConfig;
  /** The release the process runs, for the logs and the system status. */
  version?: string;
}

/**
 * What every service has, whatever its domain: config, logs with request ids, MongoDB, NATS with
 * JetStream and the outbox, health, metrics, the error filter, and the system self-test endpoints.
 */
@Module({})
export class PlatformModule implements NestModule {
  static forRoot({ service, config, version = process.env.npm_package_version ?? '0.0.0' }: PlatformOptions): DynamicModule {
    const instance = config.INSTANCE_ID ?? `${service}-${process.pid}`;
    const identity: ServiceIdentity = { service, instance, version };
    setAuditActorResolver(() => RequestContext.principal()?.id);
    const encryption = { keys: config.FIELD_ENCRYPTION_KEYS, activeKeyId: config.FIELD_ENCRYPTION_ACTIVE_KEY, blindIndexKey: config.BLIND_INDEX_KEY };
    const system = systemFeature(service);
    const authOptions = {
      keycloakUrl: config.KEYCLOAK_URL,
      realm: config.KEYCLOAK_REALM,
      clientId: config.KEYCLOAK_CLIENT_ID ?? `svc-${service}`,
      clientSecret: config.KEYCLOAK_CLIENT_SECRET,
      audience: config.KEYCLOAK_AUDIENCE,
    };
    const serviceTokens = new ServiceAccountTokens(authOptions);
    return {
      module: PlatformModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerParams(service, instance, config.LOG_LEVEL)),
        PersistenceModule.forRoot({ service, instance, mongoUrl: config.MONGO_URL, dbName: config.MONGO_DB ?? `dangjian_${service}`, encryption }),
        MessagingModule.forRoot({
          service,
          instance,
          natsUrl: config.NATS_URL,
          streamReplicas: config.NATS_STREAM_REPLICAS,
          outboxMaxAttempts: config.OUTBOX_MAX_ATTEMPTS,
          login: natsLogin(config),
          headerSource: callerHeaders(
            () => RequestContext.requestId(),
            () => RequestContext.principal()?.token,
            () => serviceTokens.token(),
          ),
        }),
        AuthModule.forRoot(authOptions, serviceTokens),
        TerminusModule.forRoot({ logger: false }),
        AuditModule,
        system.module,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_IDENTITY, useValue: identity },
        { provide: PLATFORM_CONFIG, useValue: config },
        ShutdownState,
        NatsHealthIndicator,
        MetricsService,
        { provide: APP_FILTER, useClass: ErrorFilter },
        { provide: APP_INTERCEPTOR, useClass: NatsContextInterceptor },
        { provide: APP_PIPE, useValue: validationPipe() },
      ],
      exports: [SERVICE_IDENTITY, PLATFORM_CONFIG, ShutdownState, MetricsService, AuditModule],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('{*path}');
  }
}
