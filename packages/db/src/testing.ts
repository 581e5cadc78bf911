/**
 * Test harness: a migrated (optionally seeded) database per call, on SQLite `:memory:` or on a fresh PostgreSQL
 * database when TEST_PG_URL is set. Imported as `@wuye/db/testing` (it pulls in vitest, so it stays out of the
 * runtime entry point).
 */
import { randomBytes } from 'node:crypto';
import { MikroORM, type Options } from '@mikro-orm/core';
import { describe, it } from 'vitest';
import { migrate, ormOptions, type DbSettings, type DriverName } from './config.js';
import { demoPasswordHash, seedDemoCounty } from './seed/demo-county.js';

export interface TestOrmOptions {
  driver: DriverName;
  /** Seed the demo county (default false). */
  seed?: boolean;
  /** Apply the migrations (default true); false leaves an empty database, e.g. to test setupDatabase. */
  migrate?: boolean;
  /** Receives every SQL statement (N+1 guards). */
  onQuery?: DbSettings['onQuery'];
  /** How long a query may wait for a pooled connection (knex's default is 60 s). */
  acquireTimeoutMs?: number;
}

/** PostgreSQL test databases to drop, by ORM. */
const pgDatabases = new WeakMap<MikroORM, string>();
let sequence = 0;

export function pgAvailable(): boolean {
  return Boolean(process.env.TEST_PG_URL);
}

function ciRequiresPg(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/** Test output stays readable: no "[migrator] Processing …" lines. */
function quiet(options: Options): Options {
  return { ...options, migrations: { ...options.migrations, silent: true } };
}

/**
 * Opens an ORM on a new database with the real migrations applied. SQLite uses `:memory:`; PostgreSQL creates a
 * uniquely named database on the TEST_PG_URL server (so test files can run in parallel). Close it with dropTestOrm.
 */
export async function createTestOrm(options: TestOrmOptions): Promise<MikroORM> {
  let orm: MikroORM;
  if (options.driver === 'sqlite') {
    orm = await MikroORM.init({
      ...quiet(ormOptions({ sqlitePath: ':memory:', onQuery: options.onQuery })),
      ...(options.acquireTimeoutMs ? { driverOptions: { acquireConnectionTimeout: options.acquireTimeoutMs } } : {}),
    });
  } else {
    const baseUrl = process.env.TEST_PG_URL;
    if (!baseUrl) throw new Error('TEST_PG_URL is not set: cannot create a PostgreSQL test database');
    const url = new URL(baseUrl);
    const managementDb = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres';
    const dbName = `wuye_test_${process.pid}_${++sequence}_${randomBytes(3).toString('hex')}`;
    url.pathname = `/${dbName}`;
    const base = ormOptions({ databaseUrl: url.toString(), onQuery: options.onQuery });
    orm = await MikroORM.init({
      ...quiet(base),
      connect: false,
      ...(options.acquireTimeoutMs ? { driverOptions: { acquireConnectionTimeout: options.acquireTimeoutMs } } : {}),
      // Databases are created and dropped from the database TEST_PG_URL names, so its user needs CREATEDB only.
      schemaGenerator: { ...base.schemaGenerator, managementDbName: managementDb },
    });
    // The database does not exist yet: ensureDatabase creates it from the management database, then connects.
    await orm.schema.ensureDatabase();
    pgDatabases.set(orm, dbName);
  }
  try {
    if (options.migrate ?? true) await migrate(orm);
    if (options.seed) await seedDemoCounty(orm.em.fork(), { passwordHash: await demoPasswordHash() });
  } catch (e) {
    await dropTestOrm(orm);
    throw e;
  }
  return orm;
}

/** Closes a test ORM and drops its PostgreSQL database. */
export async function dropTestOrm(orm: MikroORM): Promise<void> {
  const dbName = pgDatabases.get(orm);
  if (dbName) {
    pgDatabases.delete(orm);
    // dropDatabase reconnects to the management database first, closing the pool on the test database.
    await orm.schema.dropDatabase(dbName);
  }
  await orm.close(true);
}

/**
 * `describe(name, …)` once per driver: always SQLite, PostgreSQL when TEST_PG_URL is set. Without TEST_PG_URL the
 * PostgreSQL suite is reported as skipped, except under CI, where it fails: CI must not silently lose coverage.
 */
export function describeEachDriver(name: string, fn: (driver: DriverName) => void): void {
  describe(`${name} [sqlite]`, () => fn('sqlite'));
  if (pgAvailable()) {
    describe(`${name} [postgresql]`, () => fn('postgresql'));
  } else if (ciRequiresPg()) {
    describe(`${name} [postgresql]`, () => {
      it('has a PostgreSQL server to run against', () => {
        throw new Error('CI is set but TEST_PG_URL is not: PostgreSQL tests must run in CI (TEST_PG_URL=postgresql://user@host:port/db)');
      });
    });
  } else {
    describe.skip(`${name} [postgresql] (set TEST_PG_URL to run)`, () => fn('postgresql'));
  }
}
export * from './fixtures/kpi-fixture.js';
