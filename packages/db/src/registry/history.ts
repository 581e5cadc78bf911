import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { clock } from '../clock.js';
import { dialectOf } from '../analytics/sql.js';
import { Community, CommunityHistory } from '../entities/index.js';

/**
 * The community history (issue 17): every registry command that creates a community or changes its firm, kind,
 * service mode or township closes the version in effect and opens a new one from `today`, in the caller's
 * transaction. A community with no history yet (created before the history was kept, or by a seed) gets its
 * state before the change recorded as "since before the history" first, so its past stays what it was.
 */
export interface CommunityState {
  townshipId: number;
  enterpriseId: number | null;
  type: string;
  serviceMode: string;
}

export function communityState(c: Community): CommunityState {
  return { townshipId: c.township.id, enterpriseId: c.enterprise?.id ?? null, type: c.type, serviceMode: c.serviceMode };
}

const same = (a: CommunityState, b: CommunityState) =>
  a.townshipId === b.townshipId && a.enterpriseId === b.enterpriseId && a.type === b.type && a.serviceMode === b.serviceMode;

function version(em: EntityManager, communityId: number, s: CommunityState, validFrom: string | null, validTo: string | null) {
  return em.create(CommunityHistory, {
    community: em.getReference(Community, communityId),
    township: s.townshipId,
    enterprise: s.enterpriseId,
    type: s.type as CommunityHistory['type'],
    serviceMode: s.serviceMode as CommunityHistory['serviceMode'],
    validFrom,
    validTo,
  });
}

/**
 * Records the community's state from `today` on. `before` is its state before this command (null on create).
 * Returns whether a version was written.
 */
export async function recordCommunityHistory(em: EntityManager, community: Community, before: CommunityState | null, today: string): Promise<boolean> {
  const now = communityState(community);
  if (before && same(before, now)) return false;
  const open = await em.findOne(CommunityHistory, { community: community.id, validTo: null }, { orderBy: { id: 'desc' } });
  if (open && same({ townshipId: open.township.id, enterpriseId: open.enterprise?.id ?? null, type: open.type, serviceMode: open.serviceMode }, now))
    return false;
  if (open && open.validFrom === today) {
    // A second change on the same day replaces that day's version.
    em.assign(open, { township: now.townshipId, enterprise: now.enterpriseId, type: now.type as never, serviceMode: now.serviceMode as never });
  } else {
    if (open) open.validTo = today;
    else if (before) version(em, community.id, before, null, today);
    version(em, community.id, now, today, null);
  }
  // A version dated in a closed month refreshes its roll-ups in this flush (analytics/rollup-subscriber.ts).
  await em.flush();
  return true;
}

/**
 * Gives every community without a history its current state as "since before the history was kept" (what the
 * migration did for the communities of its day): after a seed that wrote the registry directly. Answers the rows written.
 */
export async function backfillCommunityHistory(em: EntityManager): Promise<number> {
  const d = clock.now();
  // Fresh statistics first (PostgreSQL): planned on a history the planner believes empty while it holds a province's
  // versions, the anti-join scans the whole history once per community and does not finish.
  if (dialectOf(em).driver === 'postgresql') {
    await (em as SqlEntityManager).getConnection().execute('analyze community_history', [], 'run', em.getTransactionContext());
  }
  const res = await (em as SqlEntityManager).getConnection().execute(
    `insert into community_history (community_id, township_id, enterprise_id, type, service_mode, valid_from, valid_to, recorded_at)
     select c.id, c.township_id, c.enterprise_id, c.type, c.service_mode, null, null, ? from community c
     where not exists (select 1 from community_history h where h.community_id = c.id)`,
    [dialectOf(em).instant(d)],
    'run',
    em.getTransactionContext(),
  );
  return Number((res as { affectedRows?: number }).affectedRows ?? 0);
}
