export * from './field-cipher';
export * from './plugins';
export * from './persistence.module';
