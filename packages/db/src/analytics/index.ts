export * from './sql.js';
export * from './kpi-engine.js';
export * from './scope.js';
export * from './aggregates.js';
export * from './exports.js';
export * from './bulletin.js';
export * from './rollups.js';
export * from './live-families.js';
