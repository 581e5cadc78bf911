export * from './rules.js';
export * from './tally.js';
export * from './receipts.js';
export * from './workflow.js';
export * from './documents.js';
export * from './duties.js';
