import { checkNewPassword } from '@wuye/domain/password-strength';
import type { FieldIssue } from '@wuye/domain';
import type { SqlEntityManager as Em } from '@mikro-orm/knex';
import { recordAudit } from '../audit.js';
import { clock } from '../clock.js';
import { ApiToken, Session, User } from '../entities/index.js';
import { hashPassword } from '../passwords.js';
import { failOn } from '../rule-error.js';
import { MAX_API_TOKENS, newApiToken } from './api-tokens.js';
import { claimLoginAttempt, lockedUntil, lockIfExhausted } from './login-attempts.js';
import { openSession, revokeSessions, sessionPolicy, verifyOrWaste } from './sessions.js';

/**
 * The account commands: signing in and out, changing one's password, personal API tokens and ending a user's
 * sessions. Each runs inside the caller's transaction (the API's audited write), except the failed login, which
 * records its own audit row because the request then fails.
 */

export type LoginCheck = { ok: true; user: User } | { ok: false; lockedMinutes: number | null };

/**
 * Checks a username and password. The attempt is counted before the password is checked, atomically, so no burst
 * gets more guesses than the policy allows; a wrong password is audited (and may lock the account) at once.
 * `lockedMinutes` is set when the account is locked, null for wrong credentials (which never say which part was wrong).
 */
export async function checkLogin(em: Em, username: string, password: string, ip: string | null, now = clock.now()): Promise<LoginCheck> {
  const name = username.trim().toLowerCase().slice(0, 100);
  const user = await em.findOne(User, { username: name });
  if (user && !(await claimLoginAttempt(em, user.id, sessionPolicy, now))) {
    const until = (await lockedUntil(em, user.id, now)) ?? new Date(now.getTime() + sessionPolicy.lockMs);
    return { ok: false, lockedMinutes: Math.ceil((until.getTime() - now.getTime()) / 60_000) };
  }
  const ok = (await verifyOrWaste(user, password.slice(0, 200))) && user !== null && user.active;
  if (!ok || !user) {
    await em.transactional(async (tx) => {
      if (user) await lockIfExhausted(tx as Em, user.id, sessionPolicy, now);
      recordAudit(
        tx,
        { userId: user?.id ?? null, name: null, ip },
        { action: 'auth.loginFailed', entityType: 'User', entityId: user?.id ?? null, changes: { username: name } },
      );
    });
    return { ok: false, lockedMinutes: null };
  }
  return { ok: true, user };
}

/** Opens a session for a user whose password was just checked; their failed-login count starts again. */
export async function startSession(em: Em, user: User, meta: { ip: string | null; userAgent: string | null }, now = clock.now()) {
  const opened = await openSession(em, user, meta, now);
  // A plain UPDATE: the loaded entity never saw the claimed attempt, so a change set would not reset it.
  await em.nativeUpdate(User, { id: user.id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
  await em.flush();
  return opened;
}

export async function endSession(em: Em, sessionId: number | null): Promise<void> {
  if (sessionId) await em.nativeUpdate(Session, { id: sessionId }, { revokedAt: clock.now() });
}

/** Changes a user's own password and ends every other session of theirs; refuses a wrong current password or a weak or reused new one. */
export async function changeOwnPassword(em: Em, userId: number, currentPassword: string, newPassword: string, keepSessionId: number | null): Promise<User> {
  const user = await em.findOneOrFail(User, { id: userId });
  if (!(await verifyOrWaste(user, currentPassword))) failOn([{ field: 'currentPassword', code: 'PASSWORD_WRONG' }]);
  const policy = checkNewPassword('newPassword', newPassword, [user.username, user.displayName]);
  if (policy.length === 0 && newPassword === currentPassword) policy.push({ field: 'newPassword', code: 'PASSWORD_REUSED' });
  failOn(policy);
  em.assign(user, { passwordHash: await hashPassword(newPassword), passwordChangedAt: clock.now() });
  await em.flush();
  await revokeSessions(em, user.id, keepSessionId);
  return user;
}

/** Ends every session of a user; null when there is no such user, else the number of sessions ended. */
export async function endUserSessions(em: Em, userId: number): Promise<number | null> {
  const user = await em.findOne(User, { id: userId });
  return user ? revokeSessions(em, user.id) : null;
}

/** The user's own API tokens, newest first. */
export function apiTokensOf(em: Em, userId: number): Promise<ApiToken[]> {
  return em.find(ApiToken, { user: userId }, { orderBy: { id: 'desc' } });
}

/** Creates a read-only API token for its owner; the token itself is returned this once, only its hash is stored. */
export async function createApiToken(em: Em, user: User, rawName: string): Promise<{ token: string; apiToken: ApiToken }> {
  const name = rawName.trim();
  const issues: FieldIssue[] = [];
  if (!name) issues.push({ field: 'name', code: 'REQUIRED' });
  else if (Array.from(name).length > 100) issues.push({ field: 'name', code: 'TOO_LONG', params: { max: 100 } });
  if ((await em.count(ApiToken, { user: user.id, revokedAt: null })) >= MAX_API_TOKENS)
    issues.push({ field: 'tokenId', code: 'ITEM_LIMIT_REACHED', params: { code: 'API', max: MAX_API_TOKENS } });
  failOn(issues);
  const { token, hash } = newApiToken();
  const apiToken = em.create(ApiToken, { user, name, tokenHash: hash, readOnly: true });
  await em.flush();
  return { token, apiToken };
}

/** Revokes one of the owner's own tokens (idempotent); null when the owner has no such token. */
export async function revokeApiToken(em: Em, userId: number, tokenId: number): Promise<ApiToken | null> {
  const row = await em.findOne(ApiToken, { id: tokenId, user: userId });
  if (!row) return null;
  row.revokedAt ??= clock.now();
  await em.flush();
  return row;
}
