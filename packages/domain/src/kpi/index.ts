export * from './definitions.js';
export * from './formulas.js';
export * from './periods.js';
export * from './drill-down.js';
