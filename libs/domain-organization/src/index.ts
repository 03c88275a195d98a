export * from './policy';
export * from './coverage';
