export * from './policy.js';
export * from './proposals.js';
export * from './service.js';
export * from './jobs.js';
export * from './evidence-cleanup.js';
export * from './evidence-store.js';
