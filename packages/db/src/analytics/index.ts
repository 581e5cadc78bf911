export * from './sql.js';
export * from './kpi-engine.js';
