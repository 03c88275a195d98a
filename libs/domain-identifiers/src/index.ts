export * from './uscc';
export * from './citizen-id';
export * from './industry';
