import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { ObjectRef, InputObjectRef } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { bilingual, type Permission } from '@wuye/domain';
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

/** One page of rows plus the total, in two SQL statements whatever the page size. */
export async function findPage<T extends object>(
  ctx: Context,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: ListArgs<unknown>,
): Promise<{ items: T[]; total: number }> {
  const dir = args.sortOrder === 'DESC' ? 'desc' : 'asc';
  const orderBy: QueryOrderMap<T>[] = [];
  if (args.sortField && args.sortField !== 'id') orderBy.push({ [args.sortField]: dir } as QueryOrderMap<T>);
  orderBy.push({ id: args.sortField && args.sortField !== 'id' ? 'asc' : dir } as QueryOrderMap<T>);
  const [items, total] = await ctx.em.findAndCount(entity, where, {
    orderBy,
    limit: args.perPage,
    offset: (args.page - 1) * args.perPage,
  });
  return { items, total };
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
  const Page = builder.objectRef<{ items: T[]; total: number }>(`${typeName}Page`).implement({
    description: `A page of ${typeName} rows and the total matching the filter`,
    authScopes: { signedIn: true },
    fields: (t) => ({
      items: t.field({ type: [opts.ref], resolve: (p) => p.items }),
      total: t.exposeInt('total'),
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
        return findPage(ctx, opts.entity, opts.where(ctx, args.filter), {
          page: args.page ?? 1,
          perPage: args.perPage ?? 25,
          sortField: args.sortField,
          sortOrder: args.sortOrder,
        });
      },
    }),
  );
  return Page;
}

/** `ids` and `q` common to every filter input. */
export function idsWhere(ids: readonly (string | number)[] | null | undefined) {
  return ids && ids.length > 0 ? { id: { $in: ids.map(Number).filter(Number.isFinite) } } : {};
}
