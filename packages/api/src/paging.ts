import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { ObjectRef, InputObjectRef } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { bilingual, type Permission } from '@wuye/domain';
import { TOTAL_CAP, countUpTo } from '@wuye/db';
import { bounds, builder, type Types } from './builder.js';
import type { Context } from './context.js';
import { registerListWhere } from './list-filter.js';

export const MAX_PER_PAGE = bounds.perPage!.max;

export const SortOrder = builder.enumType('SortOrder', { values: ['ASC', 'DESC'] as const });

/** Longest accepted search text: SQLite refuses LIKE patterns past 50,000 bytes, and nobody searches with a page of text. */
export const MAX_SEARCH_LENGTH = 200;

/** Escapes LIKE wildcards so a search for "50%" finds the text "50%". */
export function likePattern(q: string): string {
  if (q.length > MAX_SEARCH_LENGTH) {
    throw new GraphQLError(bilingual('graphql.searchTooLong', { max: MAX_SEARCH_LENGTH }), {
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.q' },
    });
  }
  return `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface ListArgs<F> {
  page: number;
  perPage: number;
  sortField?: string | null;
  sortOrder?: 'ASC' | 'DESC' | null;
  filter?: F | null;
}

/**
 * One page of rows plus the total, in at most two SQL statements whatever the page size: none for the total when the
 * page is the list's last (fewer rows than asked). With `capTotal` the total counts up to TOTAL_CAP rows and says
 * when it stopped there (`totalCapped`); otherwise it is exact.
 */
export async function findPage<T extends object>(
  ctx: Context,
  entity: EntityName<T>,
  // A function when the filter may hold raw() fragments: a raw key is spent by the statement that uses it, so the
  // count needs a WHERE of its own (built again), not the page's.
  whereOf: FilterQuery<T> | (() => FilterQuery<T>),
  args: ListArgs<unknown>,
  options: { capTotal?: boolean; pageWhere?: FilterQuery<T> | null } = {},
): Promise<ListPage<T>> {
  const dir = args.sortOrder === 'DESC' ? 'desc' : 'asc';
  const orderBy: QueryOrderMap<T>[] = [];
  if (args.sortField && args.sortField !== 'id') orderBy.push({ [args.sortField]: dir } as QueryOrderMap<T>);
  orderBy.push({ id: args.sortField && args.sortField !== 'id' ? 'asc' : dir } as QueryOrderMap<T>);
  const where = () => (typeof whereOf === 'function' ? (whereOf as () => FilterQuery<T>)() : whereOf);
  const offset = (args.page - 1) * args.perPage;
  const items = await ctx.em.find(entity, options.pageWhere ?? where(), { orderBy, limit: args.perPage, offset });
  if (items.length > 0 && items.length < args.perPage) return { items, total: offset + items.length, totalCapped: false };
  if (items.length === 0 && offset === 0) return { items, total: 0, totalCapped: false };
  if (!options.capTotal) return { items, total: await ctx.em.count(entity, where()), totalCapped: false };
  const { total, capped } = await countUpTo(ctx.em, entity, where());
  return { items, total: Math.max(total, offset + items.length), totalCapped: capped };
}

export interface ListPage<T> {
  items: T[];
  total: number;
  totalCapped: boolean;
}

export interface ListQueryOptions<T extends object, F> {
  /** Query field name, e.g. `enterprises`. */
  name: string;
  description: string;
  entity: EntityName<T>;
  ref: ObjectRef<Types, unknown>;
  /** Field names that may be sorted on (they are entity property names). */
  sortFields: readonly string[];
  filter: InputObjectRef<Types, F>;
  permission: Permission;
  /** Builds the WHERE clause: row scope of the caller AND the filter. */
  where: (ctx: Context, filter: F | null | undefined) => FilterQuery<T>;
  /**
   * The same rows as `where`, written to steer the page statement's plan (the count and exports keep `where`); null
   * when `where` is best. Issue 17: on SQLite the ledger's "overdue" page must walk the sort column's index.
   */
  pageWhere?: (
    ctx: Context,
    filter: F | null | undefined,
    sort: { field: string | null | undefined; order: 'ASC' | 'DESC' | null | undefined },
  ) => FilterQuery<T> | null;
  /**
   * Lists that grow with the province (the issue ledger, complaints, credit records, communities, the audit log) count
   * their total up to TOTAL_CAP rows and say so in `totalCapped` (the dashboard's pager shows "10,000+").
   */
  capTotal?: boolean;
}

/**
 * Declares a react-admin shaped list query (`items` + `total`, 1-based `page`, `perPage` ≤ 1000, enum sort
 * field, filter input) so every registry type pages, sorts and filters the same way.
 */
export function defineListQuery<T extends object, F>(opts: ListQueryOptions<T, F>) {
  const typeName = opts.ref.name;
  registerListWhere(opts.name, {
    entity: opts.entity as EntityName<object>,
    filterType: opts.filter.name,
    where: opts.where as unknown as (ctx: Context, filter: never) => FilterQuery<object>,
  });
  const Page = builder.objectRef<ListPage<T>>(`${typeName}Page`).implement({
    description: opts.capTotal
      ? `A page of ${typeName} rows and the total matching the filter, counted up to ${TOTAL_CAP} rows`
      : `A page of ${typeName} rows and the total matching the filter`,
    authScopes: { signedIn: true },
    fields: (t) => ({
      items: t.field({ type: [opts.ref], resolve: (p) => p.items }),
      total: t.exposeInt('total', {
        description: opts.capTotal ? `Rows matching, counted up to ${TOTAL_CAP}: see totalCapped` : 'Rows matching the filter',
      }),
      ...(opts.capTotal
        ? {
            totalCapped: t.exposeBoolean('totalCapped', {
              description: `true: more than ${TOTAL_CAP} rows match and \`total\` is ${TOTAL_CAP} (say "${TOTAL_CAP}+"); exports are exact`,
            }),
          }
        : {}),
    }),
  });
  const SortField = builder.enumType(`${typeName}SortField`, {
    values: ['id', ...opts.sortFields] as const,
  });
  builder.queryField(opts.name, (t) =>
    t.field({
      type: Page,
      description: opts.description,
      authScopes: { perm: opts.permission },
      args: {
        page: t.arg.int({ required: false, defaultValue: 1, validate: z.number().int().min(bounds.page!.min).max(bounds.page!.max) }),
        perPage: t.arg.int({ required: false, defaultValue: 25, validate: z.number().int().min(bounds.perPage!.min).max(MAX_PER_PAGE) }),
        sortField: t.arg({ type: SortField, required: false }),
        sortOrder: t.arg({ type: SortOrder, required: false }),
        filter: t.arg({ type: opts.filter, required: false }),
      },
      complexity: (args) => ({ field: 2, multiplier: Math.max(1, args.perPage ?? 25) }),
      resolve: (_root, rawArgs, ctx) => {
        // Generic over the filter type, so the inferred args type is too deep for TS to index; the shape is fixed above.
        const args = rawArgs as unknown as ListArgs<F>;
        return findPage(
          ctx,
          opts.entity,
          () => opts.where(ctx, args.filter),
          {
            page: args.page ?? 1,
            perPage: args.perPage ?? 25,
            sortField: args.sortField,
            sortOrder: args.sortOrder,
          },
          { capTotal: opts.capTotal, pageWhere: opts.pageWhere?.(ctx, args.filter, { field: args.sortField, order: args.sortOrder }) },
        );
      },
    }),
  );
  return Page;
}

/** `ids` and `q` common to every filter input. */
export function idsWhere(ids: readonly (string | number)[] | null | undefined) {
  return ids && ids.length > 0 ? { id: { $in: ids.map(Number).filter(Number.isFinite) } } : {};
}
