import { wrap, type EntityManager } from '@mikro-orm/core';
import type { BulletinStatus } from '@wuye/domain';
import { Bulletin } from '../entities/index.js';

/** Bulletin reads; which statuses a caller may see is the API's decision (drafts are working papers). */

const BY_FIELDS = ['generatedBy', 'reviewedBy', 'publishedBy'] as const;
export type BulletinStep = (typeof BY_FIELDS)[number];

/** Newest month first; with the users who took each step when asked for. */
export const bulletinsIn = (em: EntityManager, statuses: readonly BulletinStatus[], withUsers: boolean) =>
  em.find(Bulletin, { status: { $in: [...statuses] } }, { orderBy: { month: 'desc' }, populate: withUsers ? [...BY_FIELDS] : [] });

export const bulletinBy = (em: EntityManager, by: { id: number } | { month: string }, statuses: readonly BulletinStatus[]) =>
  em.findOne(Bulletin, { ...by, status: { $in: [...statuses] } });

/** The display name of the user who took a step, loading the user when the list did not. */
export async function bulletinStepBy(em: EntityManager, b: Bulletin, step: BulletinStep): Promise<string | null> {
  const user = b[step];
  if (!user) return null;
  if (!wrap(user).isInitialized()) await em.populate(b, [step]);
  return b[step]?.displayName ?? null;
}
