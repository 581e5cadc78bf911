export * from './service.js';
export * from './queries.js';
export * from './safety.js';
