import { HttpError, type DataProvider, type RaRecord } from 'ra-core';

// Records are whatever the API returns for the selection; react-admin's per-call record type is the caller's claim.
type R = never;
import { unwrapMutationResult } from './errors';
import type { GraphQLRequest } from './graphqlClient';
import { createInput, updateInput } from './inputs';
import { cleanFilter, listVariables, type ListVariables } from './queries';
import type { MutationResultShape, ResourceConfig, ResourceDocuments, ResourceRegistry } from './types';

/** The API refuses `perPage` above 200 and counts list cost per item, so bigger reads (exports) go 100 at a time. */
export const BATCH_SIZE = 100;

interface Page {
  items: RaRecord[];
  total: number;
  /** The server counted the total only up to its cap: more rows match (`ListPage.totalCapped`). */
  totalCapped?: boolean;
}

/** Reads `perPage` rows starting at page `page`, in batches of at most `batch`, as one page. */
export async function fetchPaged(
  fetchPage: (page: number, perPage: number) => Promise<Page>,
  page: number,
  perPage: number,
  batch = BATCH_SIZE,
): Promise<Page> {
  if (perPage <= batch) return fetchPage(page, perPage);
  const offset = (page - 1) * perPage;
  const end = offset + perPage;
  let sub = Math.floor(offset / batch) + 1;
  const items: RaRecord[] = [];
  let total = 0;
  let totalCapped = false;
  for (;;) {
    const result = await fetchPage(sub, batch);
    total = result.total;
    totalCapped = result.totalCapped ?? false;
    items.push(...result.items);
    if (result.items.length < batch || sub * batch >= Math.min(end, total)) break;
    sub += 1;
  }
  const start = offset - Math.floor(offset / batch) * batch;
  return { items: items.slice(start, start + perPage), total, totalCapped };
}

const unsupported = (what: string): never => {
  throw new HttpError(`${what} is not supported by the API (records are never deleted)`, 405);
};

/** The data provider, plus the list filter it would send for a resource (what a server export must apply too). */
// Async like every provider method: react-admin's useDataProvider proxy refuses a method that returns no promise.
export type AppDataProvider = DataProvider & { listFilter: (resource: string, filterValues: Record<string, unknown>) => Promise<Record<string, unknown>> };

export function createDataProvider(request: GraphQLRequest, registry: ResourceRegistry): AppDataProvider {
  const configOf = (resource: string): ResourceConfig => {
    const config = registry[resource];
    if (!config) throw new HttpError(`Unknown resource: ${resource}`, 404);
    return config;
  };

  const list = async (config: ResourceConfig, vars: ListVariables): Promise<Page> =>
    fetchPaged(
      async (page, perPage) => {
        const data = await request(config.documents.list, { ...vars, page, perPage } as never);
        const result = data[config.resource];
        return { items: (result?.items ?? []) as RaRecord[], total: result?.total ?? 0, totalCapped: result?.totalCapped ?? false };
      },
      vars.page,
      vars.perPage,
    );

  /** Runs a create or update document; its one root field is the mutation's result union. */
  const mutate = async (document: NonNullable<ResourceDocuments['create']>, variables: Record<string, unknown>) => {
    const data = await request(document, variables as never);
    const [result] = Object.values(data) as (MutationResultShape | null)[];
    return unwrapMutationResult(result) as RaRecord;
  };

  return {
    async getList(resource, params) {
      const config = configOf(resource);
      const { items, total, totalCapped } = await list(config, listVariables(config, params));
      // A capped total reaches the pager as `meta.totalCapped` (common/ListSkeleton.tsx AppPagination).
      return { data: items as R[], total, ...(totalCapped ? { meta: { totalCapped } } : {}) };
    },

    async getOne(resource, params) {
      const config = configOf(resource);
      if (!config.documents.one) {
        const { items } = await list(config, listVariables(config, { pagination: { page: 1, perPage: 1 }, filter: { ids: [String(params.id)] } }));
        if (!items[0]) throw new HttpError('ra.notification.item_doesnt_exist', 404);
        return { data: items[0] as R };
      }
      const data = await request(config.documents.one, { id: String(params.id) } as never);
      const record = data[config.single];
      if (!record) throw new HttpError('ra.notification.item_doesnt_exist', 404);
      return { data: record as R };
    },

    async getMany(resource, params) {
      const config = configOf(resource);
      const ids = [...new Set(params.ids.map(String))];
      const records: RaRecord[] = [];
      for (let i = 0; i < ids.length; i += BATCH_SIZE) {
        const chunk = ids.slice(i, i + BATCH_SIZE);
        const { items } = await list(config, listVariables(config, { pagination: { page: 1, perPage: chunk.length }, filter: { ids: chunk } }));
        records.push(...items);
      }
      return { data: records as R[] };
    },

    async getManyReference(resource, params) {
      const config = configOf(resource);
      const vars = listVariables(config, { ...params, filter: { ...params.filter, [params.target]: params.id } });
      const { items, total, totalCapped } = await list(config, vars);
      return { data: items as R[], total, ...(totalCapped ? { meta: { totalCapped } } : {}) };
    },

    async create(resource, params) {
      const config = configOf(resource);
      if (!config.documents.create || !config.createInput) return unsupported(`Creating ${resource}`);
      const input = createInput(config.createInput, params.data as Record<string, unknown>);
      return { data: (await mutate(config.documents.create, { input })) as R };
    },

    async update(resource, params) {
      const config = configOf(resource);
      if (!config.documents.update || !config.updateInput) return unsupported(`Updating ${resource}`);
      const input = updateInput(config.updateInput, params.data as Record<string, unknown>, params.previousData as Record<string, unknown>);
      return { data: (await mutate(config.documents.update, { id: String(params.id), input })) as R };
    },

    listFilter: async (resource: string, filterValues: Record<string, unknown>) => cleanFilter(configOf(resource), filterValues),

    updateMany: async (resource) => unsupported(`Bulk update of ${resource}`),
    delete: async (resource) => unsupported(`Deleting ${resource}`),
    deleteMany: async (resource) => unsupported(`Deleting ${resource}`),
  };
}
