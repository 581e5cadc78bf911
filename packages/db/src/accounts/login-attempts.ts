import { raw } from '@mikro-orm/core';
import type { SqlEntityManager as Em } from '@mikro-orm/knex';
import { User } from '../entities/index.js';

export interface LockoutPolicy {
  /** Consecutive failed logins that lock an account… */
  maxFailedLogins: number;
  /** …for this long. */
  lockMs: number;
}

/**
 * Claims one password check for a user before the password is verified: a single conditional UPDATE that counts the
 * attempt as failed up front, so concurrent requests cannot all read the same count and each be let through. At most
 * `maxFailedLogins` claims succeed until the account is locked or a login succeeds (which resets the count), on any
 * database and at any concurrency. Returns false when the account is locked or its attempts are used up.
 */
export async function claimLoginAttempt(em: Em, userId: number, policy: LockoutPolicy, now: Date): Promise<boolean> {
  const claimed = await em.nativeUpdate(
    User,
    { id: userId, failedLogins: { $lt: policy.maxFailedLogins }, $or: [{ lockedUntil: null }, { lockedUntil: { $lte: now } }] },
    { failedLogins: raw('failed_logins + 1') },
  );
  if (claimed === 1) return true;
  await lockIfExhausted(em, userId, policy, now);
  return false;
}

/**
 * After a wrong password (and when a claim is refused): an account whose attempts are used up is locked, and its count
 * starts again for when the lock ends. Conditional, so repeating it is harmless.
 */
export async function lockIfExhausted(em: Em, userId: number, policy: LockoutPolicy, now: Date): Promise<void> {
  await em.nativeUpdate(
    User,
    { id: userId, failedLogins: { $gte: policy.maxFailedLogins }, $or: [{ lockedUntil: null }, { lockedUntil: { $lte: now } }] },
    { failedLogins: 0, lockedUntil: new Date(now.getTime() + policy.lockMs) },
  );
}

/** When the account is locked at `now`, the time the lock ends; otherwise null. */
export async function lockedUntil(em: Em, userId: number, now: Date): Promise<Date | null> {
  const row = await em.findOne(User, { id: userId }, { fields: ['lockedUntil'], disableIdentityMap: true });
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}
