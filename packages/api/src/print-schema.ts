import { writeFileSync } from 'node:fs';
import { buildSchema, printedSchema } from './schema/index.js';

// Writes the committed schema.graphql that the schema test compares with.
const target = new URL('../schema.graphql', import.meta.url);
writeFileSync(target, printedSchema(buildSchema()));
console.log(`wrote ${target.pathname}`);
