import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { MikroORM, type Options } from '@mikro-orm/core';
import { SqliteDriver } from './sqlite-driver.js';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities/index.js';
import { RollupSubscriber } from './analytics/rollup-subscriber.js';
import { migrationsList } from './migrations/index.js';

const here = dirname(fileURLToPath(import.meta.url));

export type DriverName = 'sqlite' | 'postgresql';

export interface DbSettings {
  /** PostgreSQL connection URL; when absent the embedded SQLite file is used. */
  databaseUrl?: string | undefined;
  /** SQLite file path (or `:memory:`). */
  sqlitePath?: string | undefined;
  debug?: boolean;
  /** Called with every SQL statement the ORM runs (used by N+1 guards in tests). */
  onQuery?: (sql: string) => void;
  /** Where the query builder's own warnings go (e.g. "Connection Error: …" when PostgreSQL goes away); default console. */
  driverLog?: (level: 'warn' | 'error' | 'debug', message: string) => void;
}

export const DEFAULT_SQLITE_PATH = resolve(here, '../../../data/wuye.sqlite');

export function migrationsPath(driver: DriverName): string {
  return join(here, 'migrations', driver);
}

export function ormOptions(settings: DbSettings = {}): Options {
  const driver: DriverName = settings.databaseUrl ? 'postgresql' : 'sqlite';
  // Statement counting (N+1 guards) rides on the query logger.
  const logger: Partial<Options> = settings.onQuery
    ? { debug: ['query'], colors: false, logger: (msg: string) => settings.onQuery?.(msg) }
    : { debug: settings.debug ?? false };
  const driverLog = settings.driverLog;
  const common: Options = {
    ...(driverLog
      ? {
          driverOptions: {
            log: {
              warn: (m: string) => driverLog('warn', m),
              error: (m: string) => driverLog('error', m),
              debug: (m: string) => driverLog('debug', m),
              deprecate: (m: string) => driverLog('warn', m),
            },
          },
        }
      : {}),
    entities,
    subscribers: [new RollupSubscriber()],
    extensions: [Migrator],
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ...logger,
    migrations: {
      // New migrations are written to `path`; existing ones load from the static list (see cli/migrations-index.ts).
      path: migrationsPath(driver),
      pathTs: migrationsPath(driver),
      migrationsList: migrationsList[driver],
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
  };
  if (driver === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: settings.databaseUrl, pool: { min: 0, max: 10 } };
  }
  const dbName = settings.sqlitePath ?? DEFAULT_SQLITE_PATH;
  if (dbName !== ':memory:') mkdirSync(dirname(dbName), { recursive: true });
  return {
    ...common,
    driver: SqliteDriver,
    dbName,
    // WAL lets readers continue during a write; foreign keys are off by default in SQLite.
    pool: {
      afterCreate: (conn: { pragma?: (s: string) => void; exec?: (s: string) => void }, done: (e: Error | null, c: unknown) => void) => {
        try {
          const raw = conn as unknown as { pragma: (s: string) => void };
          raw.pragma('journal_mode = WAL');
          raw.pragma('foreign_keys = ON');
          raw.pragma('busy_timeout = 5000');
          done(null, conn);
        } catch (e) {
          done(e as Error, conn);
        }
      },
    },
  } as Options;
}

export function driverOf(settings: DbSettings): DriverName {
  return settings.databaseUrl ? 'postgresql' : 'sqlite';
}

/** Which driver an initialised ORM runs on. */
export function driverOfOrm(orm: MikroORM): DriverName {
  return orm.config.getDriver() instanceof PostgreSqlDriver ? 'postgresql' : 'sqlite';
}

export async function openOrm(settings: DbSettings = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(settings));
}

/** Arbitrary constant naming the PostgreSQL advisory lock held while migrating. */
const MIGRATION_LOCK = 20_261_126;

/**
 * Applies pending migrations, all in one transaction; returns the names applied. On PostgreSQL several server
 * instances may start together: an advisory lock makes the others wait and then find nothing left to apply.
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  if (driverOfOrm(orm) !== 'postgresql') {
    // SQLite changes a column by rebuilding its table, which needs foreign keys off while the old table is dropped;
    // the pragma is a no-op inside the migrations' transaction, so it is set around it and every key checked after.
    const conn = orm.em.getConnection();
    await conn.execute('pragma foreign_keys = off');
    try {
      const applied = await orm.getMigrator().up();
      const broken = await conn.execute<unknown[]>('pragma foreign_key_check');
      if (broken.length > 0) throw new Error(`migrations left ${broken.length} broken foreign key(s): ${JSON.stringify(broken.slice(0, 5))}`);
      return applied.map((m) => m.name);
    } finally {
      await conn.execute('pragma foreign_keys = on');
    }
  }
  return orm.em.fork().transactional(async (tx) => {
    await (tx as SqlEntityManager).execute(`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    const applied = await orm.getMigrator().up({ transaction: tx.getTransactionContext() });
    return applied.map((m) => m.name);
  });
}
