export * from './service.js';
export * from './kinds.js';
