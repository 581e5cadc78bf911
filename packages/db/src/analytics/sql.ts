import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { addDays, shanghaiMidnight } from '@wuye/domain';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { DriverName } from '../config.js';

/**
 * The few places where SQLite and PostgreSQL differ for the read models. Timestamps are stored as epoch
 * milliseconds in SQLite and as timestamptz in PostgreSQL; calendar dates are `YYYY-MM-DD` in both.
 */
export interface Dialect {
  driver: DriverName;
  /** A bound instant, as the driver stores it. */
  instant: (d: Date) => unknown;
  /** Placeholder of a bound value of the given SQL type (PostgreSQL needs casts where it cannot infer one). */
  param: (type: 'timestamptz' | 'date' | 'text' | 'int') => string;
  /** The Shanghai calendar date (YYYY-MM-DD, comparable with date columns) of a timestamp column. */
  shanghaiDate: (col: string) => string;
  /** A timestamp column plus a bound number of days. */
  plusDays: (col: string) => string;
  /** YYYY-MM of a timestamp column, in Shanghai. */
  shanghaiMonth: (col: string) => string;
  /** YYYY-MM of a date column. */
  dateMonth: (col: string) => string;
  /** A boolean column tested true. */
  isTrue: (col: string) => string;
}

const SHANGHAI_MS = 8 * 3600_000;

const sqlite: Dialect = {
  driver: 'sqlite',
  instant: (d) => d.getTime(),
  param: () => '?',
  shanghaiDate: (col) => `date((${col} + ${SHANGHAI_MS}) / 1000, 'unixepoch')`,
  plusDays: (col) => `(${col} + ? * 86400000)`,
  shanghaiMonth: (col) => `strftime('%Y-%m', (${col} + ${SHANGHAI_MS}) / 1000, 'unixepoch')`,
  dateMonth: (col) => `substr(${col}, 1, 7)`,
  isTrue: (col) => `${col} = 1`,
};

const postgresql: Dialect = {
  driver: 'postgresql',
  instant: (d) => d,
  param: (type) => `cast(? as ${type === 'int' ? 'integer' : type})`,
  shanghaiDate: (col) => `(${col} at time zone 'Asia/Shanghai')::date`,
  plusDays: (col) => `(${col} + cast(? as integer) * interval '1 day')`,
  shanghaiMonth: (col) => `to_char(${col} at time zone 'Asia/Shanghai', 'YYYY-MM')`,
  dateMonth: (col) => `to_char(${col}, 'YYYY-MM')`,
  isTrue: (col) => `${col} = true`,
};

export function dialectOf(em: EntityManager): Dialect {
  return em.getDriver() instanceof PostgreSqlDriver ? postgresql : sqlite;
}

/** The first instant after a Shanghai calendar day. */
export function endOfDay(date: string): Date {
  return shanghaiMidnight(addDays(date, 1));
}

export type Raw = Record<string, unknown>;

export async function run(em: EntityManager, sql: string, params: unknown[]): Promise<Raw[]> {
  // better-sqlite3 runs a statement synchronously on the event loop, and its promise chain never yields: let other
  // requests (and /healthz) in between a report's statements, so a long report slows them by one statement at most.
  await new Promise<void>((resolve) => setImmediate(resolve));
  return (await (em as SqlEntityManager).execute(sql, params)) as Raw[];
}

/** A number from a driver value (PostgreSQL returns bigint sums as strings); null stays null. */
export function num(v: unknown): number {
  return v == null ? 0 : Number(v);
}

/** A date column's value as YYYY-MM-DD (PostgreSQL may return a Date). */
export function dateString(v: unknown): string | null {
  if (v == null) return null;
  if (v instanceof Date) return new Date(v.getTime() + SHANGHAI_MS).toISOString().slice(0, 10);
  return String(v).slice(0, 10);
}
