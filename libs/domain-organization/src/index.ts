export * from './policy';
export * from './coverage';
export * from './formation';
export * from './statistics';
export * from './party-org';
export * from './dues';
export * from './member-development';
export * from './organizational-life';
