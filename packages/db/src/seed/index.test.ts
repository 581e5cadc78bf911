import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../config.js';
import { Community, Enterprise, User } from '../entities/index.js';
import { createTestOrm, describeEachDriver, dropTestOrm, pgAvailable } from '../testing.js';
import { DEMO_ACCOUNTS, demoPasswordHash, isDatabaseEmpty, setupDatabase } from './index.js';

describeEachDriver('setupDatabase', (driver) => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await createTestOrm({ driver, migrate: false });
  });
  afterAll(async () => {
    await dropTestOrm(orm);
  });

  // A whole demo seed: minutes on a loaded machine, so the db package's hook limit rather than the test default.
  it('migrates and seeds an empty database, then does nothing on later runs', { timeout: 900_000 }, async () => {
    const seedOptions = { passwordHash: await demoPasswordHash() };
    const first = await setupDatabase(orm, { seed: true, seedOptions });
    expect(first.migrations.length).toBeGreaterThan(0);
    expect(first.seeded?.communities).toBeGreaterThanOrEqual(600);
    expect(await isDatabaseEmpty(orm.em.fork())).toBe(false);

    const counts = async () => {
      const em = orm.em.fork();
      return [await em.count(Enterprise, {}), await em.count(Community, {}), await em.count(User, {})];
    };
    const before = await counts();
    const second = await setupDatabase(orm, { seed: true, seedOptions });
    expect(second).toEqual({ migrations: [], seeded: null });
    expect(await counts()).toEqual(before);
  });

  it('only migrates when seeding is off', async () => {
    const fresh = await createTestOrm({ driver, migrate: false });
    try {
      const result = await setupDatabase(fresh, { seed: false });
      expect(result.migrations.length).toBeGreaterThan(0);
      expect(result.seeded).toBeNull();
      expect(await isDatabaseEmpty(fresh.em.fork())).toBe(true);
    } finally {
      await dropTestOrm(fresh);
    }
  });

  // The second setup waits for the first one's seed (SQLite has one connection): on a loaded machine a seed outlasts
  // knex's 60-s acquire timeout and the test's default limit, so both are set to the db package's hook limit.
  it('does not seed concurrently twice', { timeout: 900_000 }, async () => {
    const fresh = await createTestOrm({ driver, migrate: true, acquireTimeoutMs: 900_000 });
    try {
      const seedOptions = { passwordHash: await demoPasswordHash() };
      const results = await Promise.all([setupDatabase(fresh, { seed: true, seedOptions }), setupDatabase(fresh, { seed: true, seedOptions })]);
      expect(results.filter((r) => r.seeded !== null)).toHaveLength(1);
      expect(await fresh.em.fork().count(User, {})).toBe(DEMO_ACCOUNTS.length);
    } finally {
      await dropTestOrm(fresh);
    }
  });
});

// Only PostgreSQL serves several server instances; the embedded SQLite file has one.
describe.skipIf(!pgAvailable())('migrate [postgresql]', () => {
  it('lets several instances migrate the same database at once', async () => {
    const orm = await createTestOrm({ driver: 'postgresql', migrate: false });
    try {
      const runs = await Promise.all([migrate(orm), migrate(orm), migrate(orm)]);
      expect(runs.flat()).toHaveLength(runs.find((r) => r.length > 0)!.length);
      expect((await orm.schema.getUpdateSchemaSQL()).trim()).toBe('');
    } finally {
      await dropTestOrm(orm);
    }
  });
});
