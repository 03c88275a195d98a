export * from './enterprise-rules';
