import { readFileSync } from 'node:fs';
import { isObjectType, isIntrospectionType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema } from './schema/index.js';
import { testSchema } from './testing.js';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `pnpm --filter @wuye/api schema:print` after a change)', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(printedSchema(testSchema())).toBe(committed);
  });
});

/** Pothos keeps each field's and type's options on `extensions.pothosOptions`. */
function declaresScopes(config: { extensions?: unknown }): boolean {
  const opts = (config.extensions as { pothosOptions?: Record<string, unknown> } | null | undefined)?.pothosOptions;
  return Boolean(opts && ('authScopes' in opts || 'skipTypeScopes' in opts));
}

describe('access declarations', () => {
  const schema = testSchema();
  const objectTypes = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !isIntrospectionType(t));

  it('every query and mutation field declares who may use it', () => {
    const missing: string[] = [];
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields()) as GraphQLField<unknown, unknown>[]) {
        if (!declaresScopes(field)) missing.push(`${root.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every object type (or each of its fields) declares who may read it', () => {
    const generatedResult = /^Mutation.*Success$/; // result wrappers inherit the mutation's scopes
    const missing: string[] = [];
    for (const type of objectTypes) {
      if (type === schema.getQueryType() || type === schema.getMutationType() || generatedResult.test(type.name)) continue;
      if (declaresScopes(type)) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        if (!declaresScopes(field)) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
