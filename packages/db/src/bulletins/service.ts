import type { EntityManager } from '@mikro-orm/core';
import { bulletinTransition, checkBulletinMonth, type BulletinAction, type BulletinStatus } from '@wuye/domain';
import type { BulletinSnapshot } from '../analytics/bulletin.js';
import { clock } from '../clock.js';
import { Bulletin, User } from '../entities/index.js';
import { parseId } from '../references.js';
import { RuleError } from '../rule-error.js';

/**
 * 月通报 writes: generate (or regenerate, while unpublished) a month's DRAFT, review it, publish it (docs/product.md §7).
 * The steps follow `bulletinTransition` (@wuye/domain campaign/rules.ts); a published bulletin never changes.
 * Each command takes the caller's transactional EntityManager and throws RuleError when a rule refuses.
 */

/** Who takes the step: recorded as generatedBy / reviewedBy / publishedBy. */
export interface BulletinActor {
  userId: number | null;
}

const userOf = (em: EntityManager, actor: BulletinActor) => (actor.userId ? em.getReference(User, actor.userId) : null);

function step(b: { status: BulletinStatus }, action: BulletinAction): BulletinStatus {
  const t = bulletinTransition(b.status, action);
  if (!t.ok) throw new RuleError([t.issue]);
  return t.next;
}

/**
 * The month's bulletin as a fresh DRAFT: created, or regenerated (its review cleared) while not published.
 * `build` computes the snapshot; it runs only once the month and the bulletin's status allow it.
 */
export async function generateBulletin(
  em: EntityManager,
  actor: BulletinActor,
  month: string,
  today: string,
  build: () => Promise<BulletinSnapshot>,
): Promise<{ bulletin: Bulletin; regenerated: boolean }> {
  const issues = checkBulletinMonth(month, today);
  if (issues.length) throw new RuleError(issues);
  const existing = await em.findOne(Bulletin, { month });
  if (existing) step(existing, 'REGENERATE');
  const snapshot = await build();
  const b = existing ?? em.create(Bulletin, { month, status: 'DRAFT', snapshot: {}, generatedAt: clock.now() });
  Object.assign(b, {
    status: 'DRAFT',
    snapshot: snapshot as unknown as Record<string, unknown>,
    generatedAt: clock.now(),
    generatedBy: userOf(em, actor),
    reviewedAt: null,
    reviewedBy: null,
    reviewNote: null,
  });
  await em.flush();
  return { bulletin: b, regenerated: existing != null };
}

/** DRAFT → REVIEWED with the reviewer's note (up to 500 characters). Null when there is no such bulletin. */
export async function reviewBulletin(em: EntityManager, actor: BulletinActor, id: string | number, note: string | null | undefined): Promise<Bulletin | null> {
  const b = await em.findOne(Bulletin, { id: parseId(id) ?? 0 });
  if (!b) return null;
  b.status = step(b, 'REVIEW');
  Object.assign(b, { reviewedAt: clock.now(), reviewedBy: userOf(em, actor), reviewNote: note?.trim().slice(0, 500) || null });
  await em.flush();
  return b;
}

/** REVIEWED → PUBLISHED today: from then on public and unchangeable. Null when there is no such bulletin. */
export async function publishBulletin(em: EntityManager, actor: BulletinActor, id: string | number, today: string): Promise<Bulletin | null> {
  const b = await em.findOne(Bulletin, { id: parseId(id) ?? 0 });
  if (!b) return null;
  b.status = step(b, 'PUBLISH');
  Object.assign(b, { publishedAt: clock.now(), publishedBy: userOf(em, actor), publishedOn: today });
  await em.flush();
  return b;
}
