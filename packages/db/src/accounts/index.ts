export * from './sessions.js';
export * from './api-tokens.js';
export * from './login-attempts.js';
export * from './service.js';
export * from './user-kind.js';
