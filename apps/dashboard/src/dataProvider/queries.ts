import type { ResourceConfig } from './types';

/** The variables of the generic provider's documents, from react-admin's parameters (the documents are in the resources' fields.ts). */
export interface ListVariables {
  page: number;
  perPage: number;
  sortField?: string;
  sortOrder?: 'ASC' | 'DESC';
  filter: Record<string, unknown>;
}

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

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
