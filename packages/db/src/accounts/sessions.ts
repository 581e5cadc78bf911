import { createHash, randomBytes } from 'node:crypto';
import type { SqlEntityManager as Em } from '@mikro-orm/knex';
import { clock } from '../clock.js';
import { Session, User } from '../entities/index.js';
import { CREDIT_TOKEN_SQL } from '../credit/version.js';
import { hashPassword, verifyPassword } from '../passwords.js';
import type { Principal, Role } from '@wuye/domain';

/** Session and lockout policy; the server may override from its environment. */
export const sessionPolicy = {
  /** A session unused this long expires. */
  idleMs: 8 * 3600_000,
  /** No session outlives this, however active. */
  absoluteMs: 7 * 24 * 3600_000,
  /** Consecutive failed logins that lock an account… */
  maxFailedLogins: 5,
  /** …for this long. */
  lockMs: 15 * 60_000,
};

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function principalOf(user: User): Principal {
  return {
    userId: String(user.id),
    role: user.role as Role,
    townshipId: user.township ? String(user.township.id) : null,
    departmentId: user.department ? String(user.department.id) : null,
    enterpriseId: user.enterprise ? String(user.enterprise.id) : null,
    agencyId: user.agency ? String(user.agency.id) : null,
    position: user.position ?? null,
  };
}

export async function openSession(em: Em, user: User, meta: { ip: string | null; userAgent: string | null }, now = clock.now()) {
  const token = randomBytes(32).toString('base64url');
  const session = em.create(Session, {
    tokenHash: hashToken(token),
    user,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + sessionPolicy.absoluteMs),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, session };
}

/**
 * The columns of a user that a request needs (who, role, scope, the name for the audit row): never the password hash.
 * Read with the session in one indexed statement (the unique `token_hash`), then merged into the request's
 * EntityManager so resolvers get a managed `User` as before.
 */
export const USER_REQUEST_COLUMNS = [
  'id',
  'username',
  'display_name',
  'role',
  'township_id',
  'department_id',
  'enterprise_id',
  'agency_id',
  'position',
  'active',
  // Where reads that can lag may go (a read replica must have replayed this user's last write: replica.ts).
  'last_write_lsn',
] as const;

/** A user row read with an alias prefix (`u_`), merged as a managed entity without the columns left out. */
export function mergeRequestUser(em: Em, row: Record<string, unknown>): User {
  const data: Record<string, unknown> = {};
  for (const c of USER_REQUEST_COLUMNS) data[c] = row[`u_${c}`];
  return em.map(User, data);
}

export const userColumnsSql = (alias: string) => USER_REQUEST_COLUMNS.map((c) => `${alias}.${c} as u_${c}`).join(', ');

/**
 * The credit version's token as read with the caller (credit/version.ts), so that an answer kept under it costs the
 * request no statement of its own; null inside a transaction, where nothing may be kept.
 */
export function creditTokenOf(em: Em, row: Record<string, unknown>): string | null {
  return em.isInTransaction() || row.credit_token == null ? null : String(row.credit_token);
}

/**
 * The live session behind a bearer token, or null when unknown, revoked, idle too long, expired or its user disabled;
 * with the credit version's token read in the same statement (`creditToken`).
 */
export async function sessionForToken(
  em: Em,
  token: string,
  now = clock.now(),
): Promise<{ session: { id: number }; user: User; creditToken: string | null } | null> {
  if (!token || token.length > 200) return null;
  const rows = (await em.execute(
    `select s.id, s.user_id, s.last_seen_at, s.expires_at, s.revoked_at, ${userColumnsSql('u')}, ${CREDIT_TOKEN_SQL} as credit_token
       from session s join app_user u on u.id = s.user_id where s.token_hash = ?`,
    [hashToken(token)],
  )) as Record<string, unknown>[];
  const row = rows[0];
  if (!row || row.revoked_at != null) return null;
  // The session's times are read as they come (a Date on PostgreSQL, epoch milliseconds on SQLite): no managed Session
  // is needed for a request, and hydrating one cost about as much as the rest of the lookup (docs/benchmarks.md).
  const session = { id: Number(row.id) };
  const expiresAt = new Date(row.expires_at as Date | number | string).getTime();
  const lastSeenAt = new Date(row.last_seen_at as Date | number | string).getTime();
  if (expiresAt <= now.getTime() || now.getTime() - lastSeenAt > sessionPolicy.idleMs) return null;
  if (!row.u_active) return null;
  const user = mergeRequestUser(em, row);
  // Touch at most once a minute so reads don't each cost a write.
  if (now.getTime() - lastSeenAt > 60_000) {
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
  }
  return { session, user, creditToken: creditTokenOf(em, row) };
}

export async function revokeSessions(em: Em, userId: number, exceptSessionId: number | null = null, now = clock.now()) {
  return em.nativeUpdate(Session, { user: userId, revokedAt: null, ...(exceptSessionId ? { id: { $ne: exceptSessionId } } : {}) }, { revokedAt: now });
}

// A fixed hash to verify against when the username is unknown, so timing does not reveal which usernames exist.
let dummyHash: Promise<string> | null = null;
export async function verifyOrWaste(user: User | null, password: string): Promise<boolean> {
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password-0');
    await verifyPassword(await dummyHash, password);
    return false;
  }
  return verifyPassword(user.passwordHash, password);
}
