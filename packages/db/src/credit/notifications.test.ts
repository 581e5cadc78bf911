import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Notification, User } from '../index.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { markNotificationsRead, unreadNotifications } from './notifications.js';

describeEachDriver('inbox commands', (driver) => {
  let orm: MikroORM;
  let users: { a: number; b: number };
  let ids: number[];
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const [a, b] = ['a', 'b'].map((n) => em.create(User, { username: n, displayName: n, role: 'ENTERPRISE', passwordHash: 'x' }));
    const note = (user: typeof a) => em.create(Notification, { user: user!, kind: 'RECORD', title: 't', createdAt: new Date('2026-11-01T00:00:00Z') });
    const mine = [note(a), note(a), note(a)];
    note(b);
    await em.flush();
    users = { a: a!.id, b: b!.id };
    ids = mine.map((n) => n.id);
  });
  afterAll(async () => orm && dropTestOrm(orm));

  it('marks the given messages of the user read, then all; another user’s are never touched', async () => {
    const em = orm.em.fork();
    expect(await markNotificationsRead(em, users.a, [String(ids[0]), ids[1]!, 'x'])).toBe(2);
    expect(await unreadNotifications(em, users.a)).toBe(1);
    expect(await markNotificationsRead(em, users.a, [ids[0]!])).toBe(0);
    expect(await markNotificationsRead(em, users.a, null)).toBe(1);
    expect(await unreadNotifications(em, users.a)).toBe(0);
    expect(await unreadNotifications(em, users.b)).toBe(1);
  });
});
