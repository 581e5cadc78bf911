import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { GraphQLError, coerceInputValue, isInputObjectType, type GraphQLSchema } from 'graphql';
import type { Context } from './context.js';

/**
 * The WHERE clause of every paged list (defineListQuery), by list name, so that something else showing "the rows of
 * this list" — the server's CSV/XLSX export — runs the very code the list runs: same filter input, same coercion,
 * same scope, same quick filters. There is no second implementation to drift apart.
 */
interface ListWhere {
  entity: EntityName<object>;
  /** Name of the list's GraphQL filter input type. */
  filterType: string;
  where: (ctx: Context, filter: never) => FilterQuery<object>;
}

const LISTS = new Map<string, ListWhere>();

export function registerListWhere(name: string, def: ListWhere): void {
  LISTS.set(name, def);
}

/** A piece of SQL with its bound values (`?` placeholders, in text order). */
export interface BoundSql {
  sql: string;
  params: unknown[];
}

/** A filter that is not the list's filter input: the path of the offending field (`filter.overdue`). */
export class ListFilterError extends Error {
  constructor(readonly field: string) {
    super(`bad list filter: ${field}`);
  }
}

/**
 * The ids of the rows list `list` shows the caller under `raw` (the same JSON object the dashboard sends as the list
 * query's `filter` variable), as a subquery `select id from … where …`. Refuses a filter the list's input type would
 * refuse, naming the field.
 */
export function listRowsSql(schema: GraphQLSchema, list: string, ctx: Context, raw: unknown): BoundSql {
  const def = LISTS.get(list);
  const type = def && schema.getType(def.filterType);
  if (!def || !isInputObjectType(type)) throw new ListFilterError('list');
  let bad: string | null = null;
  const filter = coerceInputValue(raw ?? {}, type, (path) => {
    bad ??= ['filter', ...path].join('.');
  });
  if (bad) throw new ListFilterError(bad);
  let where: FilterQuery<object>;
  try {
    where = def.where(ctx, filter as never);
  } catch (e) {
    // The list's own refusals (e.g. an over-long search text) name their field.
    if (e instanceof GraphQLError && typeof e.extensions.field === 'string') throw new ListFilterError(e.extensions.field);
    throw e;
  }
  const qb = ctx.em.createQueryBuilder(def.entity, 'lf').select('lf.id').where(where);
  const { sql, bindings } = qb.getKnexQuery().toSQL();
  return { sql, params: [...bindings] };
}
