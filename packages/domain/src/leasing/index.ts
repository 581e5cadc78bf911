export * from './policy.js';
export * from './contracts.js';
export * from './utilities.js';
export * from './approvals.js';
export * from './safety.js';
export * from './actions.js';
export * from './kpis.js';
export * from './consents.js';
