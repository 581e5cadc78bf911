export * from './service.js';
export * from './queries.js';
export * from './safety.js';
export * from './exports.js';
export * from './jobs.js';
