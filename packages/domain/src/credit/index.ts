export * from './standard.js';
export * from './score.js';
export * from './lifecycle.js';
export * from './lists.js';
export * from './actions.js';
export * from './rating-actions.js';
export * from './guidance.js';
