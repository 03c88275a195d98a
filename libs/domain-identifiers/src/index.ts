export * from './uscc';
export * from './citizen-id';
