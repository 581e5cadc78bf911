import { TypedDocumentString } from '../gql/graphql';
import type { ResourceConfig } from './types';

/**
 * The generic provider's documents are built at run time from a resource's selection (`fields.ts`), so codegen cannot
 * see them: queries.test.ts validates every one against packages/api/schema.graphql, and `R` is the caller's claim.
 */
export const builtDocument = <R>(text: string) => new TypedDocumentString<R, Record<string, unknown>>(text);

/** GraphQL type name of a resource's record: `projectManager` → `ProjectManager`. */
export const typeNameOf = (config: ResourceConfig): string => config.single.charAt(0).toUpperCase() + config.single.slice(1);

const compact = (selection: string): string => selection.replace(/\s+/g, ' ').trim();

export function buildListQuery(config: ResourceConfig): string {
  const type = typeNameOf(config);
  const fields = compact(config.listFields ?? config.fields);
  return (
    `query ${type}List($page: Int, $perPage: Int, $sortField: ${type}SortField, $sortOrder: SortOrder, $filter: ${type}Filter) ` +
    `{ ${config.resource}(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) ` +
    `{ items { ${fields} } total } }`
  );
}

export function buildOneQuery(config: ResourceConfig): string {
  const type = typeNameOf(config);
  return `query ${type}One($id: ID!) { ${config.single}(id: $id) { ${compact(config.fields)} } }`;
}

export const mutationName = (config: ResourceConfig, kind: 'create' | 'update'): string =>
  kind === 'create' && config.createMutation ? config.createMutation.field : `${kind}${typeNameOf(config)}`;

/** Pothos' errors plugin names a result's success member `Mutation<Field>Success`. */
export const successTypeName = (config: ResourceConfig, kind: 'create' | 'update'): string => {
  const name = mutationName(config, kind);
  return `Mutation${name.charAt(0).toUpperCase()}${name.slice(1)}Success`;
};

function resultSelection(config: ResourceConfig, kind: 'create' | 'update'): string {
  return (
    `{ __typename ... on ${successTypeName(config, kind)} { data { ${compact(config.fields)} } } ` +
    `... on Error { message } ... on ValidationError { fieldErrors { field message } } }`
  );
}

export function buildCreateMutation(config: ResourceConfig): string {
  const type = typeNameOf(config);
  const name = mutationName(config, 'create');
  const inputType = config.createMutation?.inputType ?? `${type}Input`;
  return `mutation ${type}Create($input: ${inputType}!) { ${name}(input: $input) ${resultSelection(config, 'create')} }`;
}

export function buildUpdateMutation(config: ResourceConfig): string {
  const type = typeNameOf(config);
  const name = mutationName(config, 'update');
  return `mutation ${type}Update($id: ID!, $input: ${type}UpdateInput!) { ${name}(id: $id, input: $input) ${resultSelection(config, 'update')} }`;
}

export interface ListVariables {
  page: number;
  perPage: number;
  sortField?: string;
  sortOrder?: 'ASC' | 'DESC';
  filter: Record<string, unknown>;
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Keeps only filters the API declares (`q` unless `noSearch`, `ids` and the resource's own), dropping empty values. */
export function cleanFilter(config: ResourceConfig, filter: Record<string, unknown> = {}): Record<string, unknown> {
  const allowed = new Set([...(config.noSearch ? [] : ['q']), 'ids', ...(config.filters ?? [])]);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (!allowed.has(key) || isEmpty(value)) continue;
    out[key] = typeof value === 'string' ? value.trim() : value;
  }
  return out;
}

export function listVariables(
  config: ResourceConfig,
  params: {
    pagination?: { page: number; perPage: number };
    sort?: { field: string; order: string };
    filter?: Record<string, unknown>;
  },
): ListVariables {
  const vars: ListVariables = {
    page: params.pagination?.page ?? 1,
    perPage: params.pagination?.perPage ?? 25,
    filter: cleanFilter(config, params.filter),
  };
  // react-admin defaults to sorting by `id`; only fields the API's sort enum knows are sent.
  const field = params.sort?.field;
  if (field && config.sortFields?.includes(field)) {
    vars.sortField = field;
    vars.sortOrder = params.sort?.order?.toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
  }
  return vars;
}
