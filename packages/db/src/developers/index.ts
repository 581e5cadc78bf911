export * from './service.js';
export * from './queries.js';
