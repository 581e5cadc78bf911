import { raw } from '@mikro-orm/core';
import type { Em } from '@wuye/db';

/**
 * For each id, how many rows of `entity` point at it through `relation` — one GROUP BY for a whole page,
 * so count fields on a list cost one statement whatever the page size.
 */
export async function countGrouped(em: Em, entity: string, relation: string, ids: readonly number[]): Promise<number[]> {
  const rows: { k: number | string; n: number | string }[] = await em
    .createQueryBuilder(entity, 'x')
    .select([raw(`x.${relation}_id as k`), raw('count(*) as n')])
    .where({ [relation]: { $in: [...ids] } })
    .groupBy(`x.${relation}`)
    .execute('all', false);
  const byId = new Map(rows.map((r) => [Number(r.k), Number(r.n)]));
  return ids.map((id) => byId.get(id) ?? 0);
}
