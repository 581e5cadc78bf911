import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';

/**
 * The credit version's token (entities/credit.ts CreditVersion): replaced by the database in every transaction that
 * writes a row the ranking reads. A cache keyed by it must read it before computing what it keeps, outside any
 * transaction (a transaction may see its own uncommitted writes), and from the database it computes from.
 */
export const CREDIT_TOKEN_SQL = '(select token from credit_version where id = 1)';

/** The current token, or null inside a transaction (nothing may be kept then). */
export async function creditToken(em: EntityManager): Promise<string | null> {
  if (em.isInTransaction()) return null;
  const [row] = (await (em as SqlEntityManager).execute(`select ${CREDIT_TOKEN_SQL} as token`)) as { token?: unknown }[];
  return row?.token == null ? null : String(row.token);
}
