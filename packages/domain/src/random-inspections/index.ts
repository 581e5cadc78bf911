export * from './prng.js';
export * from './policy.js';
export * from './draw.js';
export * from './workflow.js';
