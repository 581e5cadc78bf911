export * from './complaints.js';
export * from './surveys.js';
