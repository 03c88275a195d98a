export * from './enterprise-rules';
export * from './census-rules';
export * from './spreadsheet';
