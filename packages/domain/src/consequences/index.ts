export * from './policy.js';
export * from './frequency.js';
export * from './handover.js';
