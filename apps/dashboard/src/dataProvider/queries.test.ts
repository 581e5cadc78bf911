import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  parse,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import sdl from '../../../../packages/api/schema.graphql?raw';
import {
  buildCreateMutation,
  buildListQuery,
  buildOneQuery,
  buildUpdateMutation,
  cleanFilter,
  listVariables,
  successTypeName,
  typeNameOf,
} from './queries';
import { resourceRegistry } from './registry';

// The generic provider builds its documents at run time (codegen cannot see them): each must validate against the
// API's committed schema. The pages' own documents are checked by codegen (src/gql).
const schema = buildSchema(sdl);

const configs = Object.values(resourceRegistry);

function operationsOf(config: (typeof configs)[number]): string[] {
  const ops = [buildListQuery(config)];
  if (!config.oneViaList) ops.push(buildOneQuery(config));
  if (config.createInput) ops.push(buildCreateMutation(config));
  if (config.updateInput) ops.push(buildUpdateMutation(config));
  return ops;
}

describe('operation builders', () => {
  const enterprises = resourceRegistry.enterprises!;

  it('derive names from the resource', () => {
    expect(typeNameOf(resourceRegistry.projectManagers!)).toBe('ProjectManager');
    expect(successTypeName(enterprises, 'create')).toBe('MutationCreateEnterpriseSuccess');
    expect(successTypeName(enterprises, 'update')).toBe('MutationUpdateEnterpriseSuccess');
  });

  it('builds a react-admin shaped list query', () => {
    const query = buildListQuery(enterprises);
    expect(query).toContain('$sortField: EnterpriseSortField');
    expect(query).toContain('$filter: EnterpriseFilter');
    expect(query).toContain('enterprises(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter)');
    expect(query).toMatch(/\{ items \{ id name uscc .* \} total \} \}$/);
  });

  it('uses the lighter list selection when a resource has one', () => {
    const managers = resourceRegistry.projectManagers!;
    expect(buildListQuery(managers)).not.toContain('appointments');
    expect(buildOneQuery(managers)).toContain('appointments');
  });

  it('selects the union members of a mutation result', () => {
    const mutation = buildUpdateMutation(enterprises);
    expect(mutation).toContain('updateEnterprise(id: $id, input: $input)');
    expect(mutation).toContain('$input: EnterpriseUpdateInput!');
    expect(mutation).toContain('... on MutationUpdateEnterpriseSuccess { data {');
    expect(mutation).toContain('... on ValidationError { fieldErrors { field message } }');
    expect(buildCreateMutation(enterprises)).toContain('createEnterprise(input: $input)');
  });
});

describe('list variables', () => {
  const communities = resourceRegistry.communities!;

  it('passes pagination and a known sort field', () => {
    expect(
      listVariables(communities, { pagination: { page: 3, perPage: 50 }, sort: { field: 'households', order: 'DESC' }, filter: {} }),
    ).toEqual({ page: 3, perPage: 50, sortField: 'households', sortOrder: 'DESC', filter: {} });
  });

  it('drops sort fields the API cannot sort by', () => {
    const vars = listVariables(communities, { pagination: { page: 1, perPage: 25 }, sort: { field: 'township.name', order: 'ASC' } });
    expect(vars).not.toHaveProperty('sortField');
    expect(vars).not.toHaveProperty('sortOrder');
  });

  it('keeps only declared filters with a value', () => {
    expect(
      cleanFilter(communities, { q: '  花园 ', townshipId: '3', type: '', serviceMode: null, bogus: 'x', ids: [] }),
    ).toEqual({ q: '花园', townshipId: '3' });
    expect(cleanFilter(communities, { ids: ['1', '2'] })).toEqual({ ids: ['1', '2'] });
    expect(cleanFilter({ ...communities, noSearch: true }, { q: '花园', townshipId: '3' })).toEqual({ townshipId: '3' });
  });
});

describe('operations validate against packages/api/schema.graphql', () => {
  it.each(configs.map((c) => [c.resource, c] as const))('%s', (_name, config) => {
    for (const op of operationsOf(config)) {
      expect(validate(schema, parse(op)).map((e) => e.message), op).toEqual([]);
    }
    const type = typeNameOf(config);
    const filterType = schema.getType(`${type}Filter`);
    expect(isInputObjectType(filterType), `${type}Filter`).toBe(true);
    if (isInputObjectType(filterType)) {
      expect(Object.keys(filterType.getFields())).toEqual(expect.arrayContaining([...(config.noSearch ? [] : ['q']), 'ids', ...(config.filters ?? [])]));
    }
    const sortEnum = schema.getType(`${type}SortField`);
    expect(isEnumType(sortEnum), `${type}SortField`).toBe(true);
    if (isEnumType(sortEnum)) {
      expect(sortEnum.getValues().map((v) => v.name)).toEqual(expect.arrayContaining([...(config.sortFields ?? [])]));
    }
    for (const [inputName, fields] of [
      [config.createMutation?.inputType ?? `${type}Input`, config.createInput],
      [`${type}UpdateInput`, config.updateInput],
    ] as const) {
      if (!fields) continue;
      const inputType = schema.getType(inputName);
      expect(isInputObjectType(inputType), inputName).toBe(true);
      if (isInputObjectType(inputType)) expect(Object.keys(inputType.getFields())).toEqual(expect.arrayContaining([...fields]));
    }
  });

  it('the dataProvider reads records of resources without a single-record field through the list', () => {
    for (const config of configs.filter((c) => c.oneViaList)) {
      expect(schema.getQueryType()?.getFields()[config.single], config.single).toBeUndefined();
    }
  });
});
