export * from './enums.js';
export * from './uscc.js';
export * from './permissions.js';
export * from './masking.js';
export * from './field-errors.js';
export * from './dates.js';
export * from './registry-rules.js';
export * from './credit/index.js';
