import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Community, Enterprise, Township, User } from '../entities/index.js';
import { driverOfOrm, migrate } from '../config.js';
import { seedDemoCounty, type SeedDemoCountyOptions, type SeedSummary } from './demo-county.js';
import { backfillCommunityHistory } from '../registry/history.js';

export * from './demo-county.js';
export * from './demo-accounts.js';

/** True when the registry holds nothing yet (no townships, enterprises, communities or users). */
export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  const counts = [() => em.count(User, {}), () => em.count(Township, {}), () => em.count(Enterprise, {}), () => em.count(Community, {})];
  for (const count of counts) {
    if ((await count()) > 0) return false;
  }
  return true;
}

export interface SetupOptions {
  /** Seed the demo county when the database is empty. */
  seed: boolean;
  seedOptions?: SeedDemoCountyOptions;
}

export interface SetupResult {
  /** Names of the migrations applied by this call. */
  migrations: string[];
  /** What was seeded, or null when nothing was (seeding off, or data already present). */
  seeded: SeedSummary | null;
}

/** Arbitrary constant naming the PostgreSQL advisory lock that serialises demo seeding across server instances. */
const SEED_LOCK = 20_261_127;

/** Migrates, then seeds the demo county if asked and the database is empty. Running it again does nothing. */
export async function setupDatabase(orm: MikroORM, options: SetupOptions): Promise<SetupResult> {
  const migrations = await migrate(orm);
  if (!options.seed) return { migrations, seeded: null };
  const isPg = driverOfOrm(orm) === 'postgresql';
  const seeded = await orm.em.fork().transactional(async (tx) => {
    // Several instances may start at once: the second waits here, then finds the data already present.
    if (isPg) await (tx as SqlEntityManager).execute(`select pg_advisory_xact_lock(${SEED_LOCK})`);
    if (!(await isDatabaseEmpty(tx))) return null;
    const summary = await seedDemoCounty(tx, options.seedOptions);
    // The demo's communities, as the history's first versions (the registry commands write the later ones).
    await backfillCommunityHistory(tx);
    return summary;
  });
  return { migrations, seeded };
}
export { DEMO_VOTING_CODES } from './demo-committees.js';
