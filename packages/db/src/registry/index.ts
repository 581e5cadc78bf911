export * from './service.js';
export * from './kinds.js';
export * from './queries.js';
export * from './history.js';
