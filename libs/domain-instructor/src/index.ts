export * from './instructor';
export * from './visit';
export * from './enterprise-request';
export * from './review';
export * from './leader-contact';
