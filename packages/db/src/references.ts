import { raw, type EntityManager, type EntityName, type FilterQuery, type FindOptions } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { parseIdKey, type FieldIssue } from '@wuye/domain';

/** Parses an id as given (a GraphQL ID, a CLI argument) into a key, or null: only the canonical decimal form ("16", never "0x10" or "1e3"). */
export const parseId = parseIdKey;

/** Resolves a referenced row by id, recording UNKNOWN_REFERENCE on the field when it does not exist; no id, no row. */
export async function reference<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  field: string,
  id: string | number | null | undefined,
  issues: FieldIssue[],
): Promise<T | null> {
  if (id == null || id === '') return null;
  const key = parseId(id);
  const found = key ? await em.findOne(entity, { id: key } as never) : null;
  if (!found) issues.push({ field, code: 'UNKNOWN_REFERENCE', params: { id: String(id) } });
  return found as T | null;
}

/** Records DUPLICATE when another row already holds the value of a unique field. */
export async function checkUnique<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  field: string,
  value: string | null | undefined,
  exceptId: number | null,
  issues: FieldIssue[],
): Promise<void> {
  if (!value) return;
  const where = { [field]: value, ...(exceptId ? { id: { $ne: exceptId } } : {}) };
  if ((await em.count(entity, where as never)) > 0) issues.push({ field, code: 'DUPLICATE', params: { value } });
}

/**
 * The API's reads by id: rows of one entity by id, narrowed by the caller's row scope (a filter the API derives from
 * the principal). Batch loads of the dataloaders and single lookups use the same statement shape.
 */
export function rowsByIds<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  ids: readonly number[],
  scope: FilterQuery<T> = {},
): Promise<T[]> {
  const byIds = { id: { $in: [...ids] } } as unknown as FilterQuery<T>;
  return em.find(entity, Object.keys(scope as object).length > 0 ? ({ $and: [byIds, scope] } as FilterQuery<T>) : byIds);
}

/** One row by an id as given (unparseable ids find nothing), within the caller's scope. */
export async function rowById<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  id: string | number,
  scope: FilterQuery<T> = {},
): Promise<T | null> {
  const key = parseId(id);
  return key ? ((await rowsByIds(em, entity, [key], scope))[0] ?? null) : null;
}

/** The children of many parents in one statement (each issue's events, each manager's appointments), in order. */
export function childRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  parent: string,
  parentIds: readonly (number | string)[],
  orderBy: FindOptions<T>['orderBy'],
  scope: FilterQuery<T> = {},
): Promise<T[]> {
  const byParent = { [parent]: { $in: [...parentIds] } } as FilterQuery<T>;
  return em.find(entity, Object.keys(scope as object).length > 0 ? ({ $and: [byParent, scope] } as FilterQuery<T>) : byParent, { orderBy });
}

/**
 * Lists count their total up to this many rows (issue 17): past it, a list says "10,000+" instead of counting every
 * matching row on every page (the province's inbox holds ≈ 214,000 waiting issues, its ledger 1,000,000). Exports
 * stream every row and are exact.
 */
export const TOTAL_CAP = 10_000;

/** A list's total: exact up to `cap`; past it, `cap` with `capped` set. */
export interface CappedTotal {
  total: number;
  capped: boolean;
}

/**
 * Counts the rows matching `where`, stopping at `cap` + 1 (`select count(*) from (select 1 … limit cap + 1)`): one
 * statement that reads at most cap + 1 index entries or rows, whatever the table's size.
 */
export async function countUpTo<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, cap = TOTAL_CAP): Promise<CappedTotal> {
  const sem = em as SqlEntityManager;
  const inner = sem
    .createQueryBuilder(entity as EntityName<object>, 'e')
    .select(raw('1 as one'))
    .where(where as FilterQuery<object>)
    .limit(cap + 1)
    .getKnexQuery();
  const [row] = (await sem.execute(sem.getKnex().count({ n: '*' }).from(inner.as('capped')))) as { n: number | string }[];
  const n = Number(row?.n ?? 0);
  return n > cap ? { total: cap, capped: true } : { total: n, capped: false };
}

/**
 * A page of rows and the total matching (capped at TOTAL_CAP), for the API's short lists (inbox sections). `countWhere`,
 * when given, must select the same rows as `where`, written as the count reads them best (e.g. a state list instead of
 * its complement).
 */
export async function pageOf<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: FindOptions<T>['orderBy'],
  limit: number,
  countWhere: FilterQuery<T> = where,
): Promise<[T[], CappedTotal]> {
  const items = await em.find(entity, where, { orderBy, limit });
  // A short page is the whole list: no count needed.
  if (items.length < limit) return [items, { total: items.length, capped: false }];
  return [items, await countUpTo(em, entity, countWhere)];
}
