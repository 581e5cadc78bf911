import { buildSchema, isNonNullType, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import sdl from '../../../../packages/api/schema.graphql?raw';
import { DEFAULT_QUERY, EXAMPLE_QUERIES, variablesText } from './examples';

const schema = buildSchema(sdl);

describe('saved example queries', () => {
  it('cover what analysts ask for', () => {
    expect(EXAMPLE_QUERIES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(EXAMPLE_QUERIES.map((e) => e.id)).size).toBe(EXAMPLE_QUERIES.length);
    expect(new Set(EXAMPLE_QUERIES.map((e) => e.title)).size).toBe(EXAMPLE_QUERIES.length);
  });

  it.each(EXAMPLE_QUERIES.map((e) => [e.title, e] as const))('%s is valid against schema.graphql', (_title, example) => {
    const document = parse(example.query);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    // One named operation, so GraphiQL runs it without asking which and names its tab.
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    expect(operations).toHaveLength(1);
    expect(operations[0]!.name?.value).toBeTruthy();
    // Every required variable has a value, and no value is left over.
    const declared = operations[0]!.variableDefinitions ?? [];
    const given = example.variables ?? {};
    for (const v of declared) if (isNonNullType(v.type) || !v.defaultValue) expect(given, v.variable.name.value).toHaveProperty(v.variable.name.value);
    expect(Object.keys(given).sort()).toEqual(declared.map((v) => v.variable.name.value).sort());
    if (example.variables) expect(JSON.parse(variablesText(example))).toEqual(example.variables);
  });

  it('the default query on a first visit is valid against schema.graphql', () => {
    expect(validate(schema, parse(DEFAULT_QUERY)).map((e) => e.message)).toEqual([]);
  });

  it('only read: no mutation among the examples (API tokens are read-only)', () => {
    for (const e of EXAMPLE_QUERIES) expect(parse(e.query).definitions.every((d) => d.kind !== 'OperationDefinition' || d.operation === 'query')).toBe(true);
  });
});
