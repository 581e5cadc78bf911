export * from './standards.js';
export * from './service.js';
export * from './standings.js';
export * from './jobs.js';
export * from './ratings.js';
export * from './commands.js';
export * from './queries.js';
export * from './notifications.js';
