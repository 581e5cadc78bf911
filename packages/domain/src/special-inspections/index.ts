export * from './policy.js';
export * from './rules.js';
