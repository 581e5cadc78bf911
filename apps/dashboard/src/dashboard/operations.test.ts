import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { KPI_OPERATIONS } from './operations';

// The API's committed schema: the dashboard home's documents must validate against it.
const apiSchemaFiles = import.meta.glob<string>('../../../../packages/api/schema.graphql', { query: '?raw', import: 'default', eager: true });

describe('dashboard home operations validate against the API schema', () => {
  const schemas = Object.values(apiSchemaFiles).map((sdl) => buildSchema(sdl));

  it('has the committed schema to check against', () => {
    expect(schemas).toHaveLength(1);
  });

  it.each(Object.entries(KPI_OPERATIONS))('%s', (_name, op) => {
    for (const schema of schemas) expect(validate(schema, parse(op)).map((e) => e.message), op).toEqual([]);
  });
});
