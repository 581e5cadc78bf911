/**
 * Is this error the database being unavailable (down, restarting, unreachable, out of connections, or — SQLite —
 * locked past the busy timeout) rather than a bug or a bad request? Such a failure is temporary: the server answers
 * HTTP 503 with Retry-After and the code DATABASE_UNAVAILABLE, and the client may retry.
 *
 * Errors reach the server wrapped: MikroORM's DriverException copies the driver error's fields (code, errno);
 * GraphQL wraps it again as `originalError`; some carry a `cause`. Each layer is looked at.
 */

/** Seconds a client is asked to wait before retrying (Retry-After). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Socket errors on the way to PostgreSQL (our server makes no other outbound connection). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot
 * connect now (starting up, shutting down, in recovery), 53300 too many connections.
 */
const PG_STATES = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** Messages of node-postgres and knex's pool that carry no code. */
const MESSAGES = [
  /Connection terminated/i,
  /Connection ended unexpectedly/i,
  /Client has encountered a connection error and is not queryable/i,
  /timeout exceeded when trying to connect/i,
  /Timeout acquiring a connection/i,
];

/** better-sqlite3 codes: busy (returned only once busy_timeout has passed) and a database file that cannot be opened. */
const SQLITE_CODES = /^SQLITE_(BUSY|CANTOPEN)/;

/**
 * Why the database is unavailable, as a short stable label for logs and counting (`ECONNREFUSED`, `57P01`,
 * `SQLITE_BUSY`, `pool-timeout`, `connection-terminated`), or null when the error is something else.
 */
export function databaseUnavailableReason(error: unknown): string | null {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const reason = ownReason(e as Record<string, unknown>);
    if (reason) return reason;
    const next = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
    e = next;
  }
  return null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseUnavailableReason(error) !== null;
}

function ownReason(e: Record<string, unknown>): string | null {
  const code = typeof e.code === 'string' ? e.code : null;
  if (code) {
    if (SOCKET_CODES.has(code)) return code;
    if (PG_STATES.test(code)) return code;
    if (SQLITE_CODES.test(code)) return code.startsWith('SQLITE_BUSY') ? 'SQLITE_BUSY' : 'SQLITE_CANTOPEN';
  }
  if (e.name === 'KnexTimeoutError') return 'pool-timeout';
  const message = typeof e.message === 'string' ? e.message : '';
  // MikroORM turns SQLite's "database is locked" into LockWaitTimeoutException, keeping the driver's code.
  if (/\bdatabase is locked\b/.test(message)) return 'SQLITE_BUSY';
  if (/Timeout acquiring a connection|timeout exceeded when trying to connect/i.test(message)) return 'pool-timeout';
  if (MESSAGES.some((m) => m.test(message))) return 'connection-terminated';
  return null;
}
