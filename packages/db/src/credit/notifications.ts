import type { EntityManager } from '@mikro-orm/core';
import { clock } from '../clock.js';
import { Notification } from '../entities/index.js';
import { parseId } from '../references.js';

/** Marks a user's unread inbox messages as read — the given ones, or all without ids; returns how many changed. */
export async function markNotificationsRead(em: EntityManager, userId: number, ids: readonly (string | number)[] | null | undefined): Promise<number> {
  const only = ids?.length ? { id: { $in: ids.map((i) => parseId(i) ?? 0) } } : {};
  return em.nativeUpdate(Notification, { user: userId, readAt: null, ...only }, { readAt: clock.now() });
}

export const unreadNotifications = (em: EntityManager, userId: number) => em.count(Notification, { user: userId, readAt: null });
