export * from './infra';
export * from './mongo';
export * from './nats';
export * from './wait';
export * from './service-process';
export * from './keycloak';
export * from './service-env';
export * from './fixtures';
