import { buildSchema, isEnumType, isInputObjectType, Kind, type TypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import sdl from '../../../../packages/api/schema.graphql?raw';
import { cleanFilter, listVariables } from './queries';
import { rootFieldOf } from './recordFields';
import { resourceRegistry } from '../features/resources';

// Each resource's documents are typed from the schema by codegen (fields.ts, src/gql); these tests hold the resource's
// declared filters, sort fields and inputs, which the provider sends at run time, to the types those documents use.
const schema = buildSchema(sdl);

const configs = Object.values(resourceRegistry);

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** The named type of a document's variable, e.g. `EnterpriseFilter` for `$filter`. */
function variableType(document: { toString(): string }, name: string): string | undefined {
  const variable = rootFieldOf(document).operation.variableDefinitions?.find((v) => v.variable.name.value === name);
  return variable && namedType(variable.type);
}

describe('resource documents', () => {
  // The lists whose total the server counts up to its cap (packages/api paging.ts capTotal): the pager needs to know.
  const CAPPED = ['issues', 'complaints', 'creditRecords', 'communities', 'auditLogs'];
  it('read a react-admin shaped list: items and total of the resource, by page, sort and filter', () => {
    for (const config of configs) {
      const { field } = rootFieldOf(config.documents.list);
      expect(field.name.value, config.resource).toBe(config.resource);
      expect(
        field.arguments?.map((a) => a.name.value),
        config.resource,
      ).toEqual(['page', 'perPage', 'sortField', 'sortOrder', 'filter']);
      expect(
        field.selectionSet?.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '')),
        config.resource,
      ).toEqual(CAPPED.includes(config.resource) ? ['items', 'total', 'totalCapped'] : ['items', 'total']);
      if (config.documents.one) expect(rootFieldOf(config.documents.one).field.name.value).toBe(config.single);
    }
  });

  it('use the lighter list selection when a resource has one', () => {
    const managers = resourceRegistry.projectManagers!;
    expect(managers.documents.list.toString()).not.toContain('appointments');
    expect(managers.documents.one?.toString()).toContain('appointments');
  });

  it('select the union members of a mutation result', () => {
    const update = resourceRegistry.enterprises!.documents.update!.toString();
    expect(update).toContain('updateEnterprise(id: $id, input: $input)');
    expect(update).toContain('... on MutationUpdateEnterpriseSuccess');
    expect(update).toContain('fieldErrors');
    expect(resourceRegistry.creditRecords!.documents.create!.toString()).toContain('proposeCreditRecord(input: $input)');
  });
});

describe('list variables', () => {
  const communities = resourceRegistry.communities!;

  it('passes pagination and a known sort field', () => {
    expect(listVariables(communities, { pagination: { page: 3, perPage: 50 }, sort: { field: 'households', order: 'DESC' }, filter: {} })).toEqual({
      page: 3,
      perPage: 50,
      sortField: 'households',
      sortOrder: 'DESC',
      filter: {},
    });
  });

  it('drops sort fields the API cannot sort by', () => {
    const vars = listVariables(communities, { pagination: { page: 1, perPage: 25 }, sort: { field: 'township.name', order: 'ASC' } });
    expect(vars).not.toHaveProperty('sortField');
    expect(vars).not.toHaveProperty('sortOrder');
  });

  it('keeps only declared filters with a value', () => {
    expect(cleanFilter(communities, { q: '  花园 ', townshipId: '3', type: '', serviceMode: null, bogus: 'x', ids: [] })).toEqual({
      q: '花园',
      townshipId: '3',
    });
    expect(cleanFilter(communities, { ids: ['1', '2'] })).toEqual({ ids: ['1', '2'] });
    expect(cleanFilter({ ...communities, noSearch: true }, { q: '花园', townshipId: '3' })).toEqual({ townshipId: '3' });
  });
});

describe('what a resource sends matches the types of its documents in packages/api/schema.graphql', () => {
  it.each(configs.map((c) => [c.resource, c] as const))('%s', (_name, config) => {
    const filterType = schema.getType(variableType(config.documents.list, 'filter') ?? '');
    expect(isInputObjectType(filterType), `${config.resource} filter`).toBe(true);
    if (isInputObjectType(filterType)) {
      expect(Object.keys(filterType.getFields())).toEqual(expect.arrayContaining([...(config.noSearch ? [] : ['q']), 'ids', ...(config.filters ?? [])]));
      // `noSearch` says the filter has no `q`, so the provider never sends one.
      expect('q' in filterType.getFields(), `${filterType.name}.q`).toBe(!config.noSearch);
    }
    const sortEnum = schema.getType(variableType(config.documents.list, 'sortField') ?? '');
    expect(isEnumType(sortEnum), `${config.resource} sortField`).toBe(true);
    if (isEnumType(sortEnum)) {
      expect(sortEnum.getValues().map((v) => v.name)).toEqual(expect.arrayContaining([...(config.sortFields ?? [])]));
    }
    for (const [document, fields] of [
      [config.documents.create, config.createInput],
      [config.documents.update, config.updateInput],
    ] as const) {
      expect(Boolean(document), config.resource).toBe(Boolean(fields));
      if (!document || !fields) continue;
      const inputType = schema.getType(variableType(document, 'input') ?? '');
      expect(isInputObjectType(inputType), `${config.resource} input`).toBe(true);
      if (isInputObjectType(inputType)) expect(Object.keys(inputType.getFields())).toEqual(expect.arrayContaining([...fields]));
    }
  });

  it('the dataProvider reads records of resources without a single-record field through the list', () => {
    for (const config of configs.filter((c) => !c.documents.one)) {
      expect(schema.getQueryType()?.getFields()[config.single], config.single).toBeUndefined();
    }
  });
});
