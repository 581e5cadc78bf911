export { buildSchema, printedSchema } from './schema/index.js';
export { LIMITS } from './builder.js';
export type { Context } from './context.js';
export { localeFromHeader } from './context.js';
export { sessionForToken, principalOf, sessionPolicy, hashToken } from './sessions.js';
export { issueScope } from './closed-loop-write.js';
