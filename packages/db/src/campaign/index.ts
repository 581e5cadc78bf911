export * from './service.js';
export * from './queries.js';
export * from './township-plans.js';
export * from './records.js';
export * from './township-data.js';
