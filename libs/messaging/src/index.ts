export * from './nats-connection';
export * from './streams';
export * from './events';
export * from './outbox';
export * from './consumer';
export * from './messaging.module';
export * from './service-client';
