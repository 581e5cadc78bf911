export * from './entities/index.js';
export * from './config.js';
export * from './audit.js';
export * from './passwords.js';
export type { SqlEntityManager as Em } from '@mikro-orm/knex';
export * from './seed/index.js';
export * from './credit/index.js';
export * from './closed-loop/index.js';
export * from './analytics/index.js';
