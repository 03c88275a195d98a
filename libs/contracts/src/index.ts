export * from './services';
export * from './envelope';
export * from './headers';
export * from './patterns';
export * from './events';
export * from './errors';
