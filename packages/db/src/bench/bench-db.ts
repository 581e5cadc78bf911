/**
 * A throwaway database for a benchmark: a temporary SQLite file, or a `wuye_bench_<pid>` database created on the
 * server BENCH_PG_URL names (its path is the management database) and dropped afterwards. Counts SQL statements.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions, type DriverName } from '../config.js';

export const benchStatements = { count: 0 };

export async function openBenchDb(driver: DriverName): Promise<{ orm: MikroORM; cleanup: () => Promise<void> }> {
  const onQuery = (sql: string) => {
    if (sql.includes('[query]')) benchStatements.count++;
  };
  if (driver === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'wuye-bench-'));
    const orm = await MikroORM.init({
      ...ormOptions({ sqlitePath: join(dir, 'bench.sqlite'), onQuery }),
      migrations: { ...ormOptions({}).migrations, silent: true },
    });
    return {
      orm,
      cleanup: async () => {
        await orm.close(true);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = new URL(process.env.BENCH_PG_URL!);
  const management = decodeURIComponent(url.pathname.slice(1)) || 'postgres';
  const dbName = `wuye_bench_${process.pid}`;
  url.pathname = `/${dbName}`;
  const base = ormOptions({ databaseUrl: url.toString(), onQuery });
  const orm = await MikroORM.init({
    ...base,
    connect: false,
    migrations: { ...base.migrations, silent: true },
    schemaGenerator: { ...base.schemaGenerator, managementDbName: management },
  });
  await orm.schema.ensureDatabase();
  return {
    orm,
    cleanup: async () => {
      await orm.schema.dropDatabase(dbName);
      await orm.close(true);
    },
  };
}

/** A row generator of 1 … n: generate_series on PostgreSQL, a recursive CTE on SQLite. */
export function seriesSql(driver: DriverName, n: number): string {
  return driver === 'postgresql'
    ? `select generate_series(1, ${n})::bigint as i`
    : `with recursive s(i) as (select 1 union all select i + 1 from s where i < ${n}) select i from s`;
}
