export * from './rules.js';
export * from './campaign-2026.js';
export * from './notice.js';
export * from './bulletin-snapshot.js';
export * from './actions.js';
export * from './township-plan.js';
export * from './records.js';
export * from './publicity.js';
