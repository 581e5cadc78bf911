import { chmodSync, closeSync, existsSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';

/**
 * Backup and restore of the embedded SQLite database with SQLite's online backup API (through better-sqlite3, the
 * driver's own connection): a backup is consistent even while the server serves and writes. PostgreSQL is backed up
 * with pg_dump / pg_restore (docs/operations.md).
 */
interface RawSqlite {
  backup(
    destination: string,
    options?: { progress?: (p: { totalPages: number; remainingPages: number }) => number },
  ): Promise<{ totalPages: number; remainingPages: number }>;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  prepare(sql: string): { all(): unknown[]; get(): unknown };
  close(): void;
}
type RawSqliteClass = new (file: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => RawSqlite;

interface KnexLike {
  client: { acquireConnection(): Promise<RawSqlite>; releaseConnection(c: RawSqlite): Promise<void> };
}

async function withRawConnection<T>(orm: MikroORM, fn: (raw: RawSqlite) => Promise<T>): Promise<T> {
  const knex = (orm.em.getConnection() as unknown as { getKnex(): KnexLike }).getKnex();
  const raw = await knex.client.acquireConnection();
  try {
    return await fn(raw);
  } finally {
    await knex.client.releaseConnection(raw);
  }
}

/** Tables every platform database has: a file without them is not one of our backups. */
const REQUIRED_TABLES = ['mikro_orm_migrations', 'township', 'enterprise', 'credit_record', 'audit_log'];

function checkDatabaseFile(db: RawSqlite, what: string): void {
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') throw new Error(`${what} 已损坏 / is corrupt: ${String(integrity)}`);
  const tables = new Set((db.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map((t) => t.name));
  const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
  if (missing.length > 0) throw new Error(`${what} 不是本平台的数据库 / is not a platform database (missing ${missing.join(', ')})`);
}

/** Writes a consistent copy of the live database to `file` (refuses to overwrite); safe while the server runs. */
export async function backupSqlite(orm: MikroORM, file: string): Promise<{ file: string; bytes: number; pages: number }> {
  const target = resolve(file);
  if (existsSync(target)) throw new Error(`备份文件已存在 / backup file exists: ${target}`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  // The copy holds every password hash and personal datum: owner-only from its first byte (SQLite writes into the
  // empty file it finds and gives its journal the same mode).
  closeSync(openSync(partial, 'wx', 0o600));
  const result = await withRawConnection(orm, (raw) => raw.backup(partial));
  // Check the copy before it takes the final name: a file named as a backup is a good one.
  const Database = (await withRawConnection(orm, async (raw) => raw.constructor)) as RawSqliteClass;
  const copy = new Database(partial, { fileMustExist: true });
  try {
    // One self-contained file: no -wal/-shm companions to lose when it is copied away.
    copy.pragma('journal_mode = DELETE');
    checkDatabaseFile(copy, '备份 / the backup');
  } finally {
    copy.close();
  }
  chmodSync(partial, 0o600);
  renameSync(partial, target);
  return { file: target, bytes: statSync(target).size, pages: result.totalPages };
}

/**
 * Replaces the database behind `orm` with the backup in `file`, page by page through SQLite (so a leftover WAL of the
 * old database cannot be replayed over it). Stop the server first: a running server would keep serving stale pages.
 */
export async function restoreSqlite(orm: MikroORM, file: string, targetPath: string): Promise<{ file: string; pages: number }> {
  const source = resolve(file);
  if (!existsSync(source)) throw new Error(`备份文件不存在 / backup file not found: ${source}`);
  const Database = (await withRawConnection(orm, async (raw) => raw.constructor)) as RawSqliteClass;
  const backup = new Database(source, { readonly: true, fileMustExist: true });
  try {
    checkDatabaseFile(backup, '备份 / the backup');
    const result = await backup.backup(resolve(targetPath));
    return { file: source, pages: result.totalPages };
  } finally {
    backup.close();
  }
}
