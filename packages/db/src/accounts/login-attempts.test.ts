import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager as Em } from '@mikro-orm/knex';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { User } from '../entities/index.js';
import { claimLoginAttempt, lockedUntil, lockIfExhausted } from './login-attempts.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';

const policy = { maxFailedLogins: 5, lockMs: 15 * 60_000 };
const now = new Date('2026-06-01T08:00:00Z');

describeEachDriver('login attempts are claimed atomically', (driver) => {
  let orm: MikroORM;
  let userId: number;
  const fork = () => orm.em.fork() as Em;
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = fork();
    const user = em.create(User, { username: 'target', displayName: 'target', role: 'ANALYST', passwordHash: 'x' });
    await em.flush();
    userId = user.id;
  });
  afterAll(async () => dropTestOrm(orm));

  it('grants exactly the configured number of checks to 40 concurrent claims, then locks the account', async () => {
    const granted = await Promise.all(Array.from({ length: 40 }, () => claimLoginAttempt(fork(), userId, policy, now)));
    expect(granted.filter(Boolean)).toHaveLength(5);
    // Every granted check turned out wrong.
    await Promise.all(granted.map(() => lockIfExhausted(fork(), userId, policy, now)));
    expect(await lockedUntil(fork(), userId, now)).toEqual(new Date(now.getTime() + policy.lockMs));
    expect(await claimLoginAttempt(fork(), userId, policy, new Date(now.getTime() + 60_000))).toBe(false);
  });

  it('after the lock ends the count starts again from zero', async () => {
    const later = new Date(now.getTime() + policy.lockMs + 1000);
    expect(await lockedUntil(fork(), userId, later)).toBeNull();
    const granted = await Promise.all(Array.from({ length: 8 }, () => claimLoginAttempt(fork(), userId, policy, later)));
    expect(granted.filter(Boolean)).toHaveLength(5);
  });

  it('attempts used up by checks that never finished lock the account at the next claim instead of blocking it forever', async () => {
    await fork().nativeUpdate(User, { id: userId }, { failedLogins: 5, lockedUntil: null });
    const t = new Date(now.getTime() + 3 * policy.lockMs);
    expect(await claimLoginAttempt(fork(), userId, policy, t)).toBe(false);
    expect(await lockedUntil(fork(), userId, t)).toEqual(new Date(t.getTime() + policy.lockMs));
    const after = new Date(t.getTime() + policy.lockMs + 1);
    expect(await claimLoginAttempt(fork(), userId, policy, after)).toBe(true);
  });
});
