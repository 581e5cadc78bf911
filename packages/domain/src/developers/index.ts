export * from './warranty.js';
export * from './recommendation.js';
