export * from './public-complaint.js';
export * from './survey.js';
