export * from './field-cipher';
export * from './plugins';
export * from './document-lock';
export { ServerKind } from './server-kind';
export * from './storage';
export * from './persistence.module';
export * from './schema-indexes';
export * from './insert-skipping-duplicates';
export * from './single-replica';
