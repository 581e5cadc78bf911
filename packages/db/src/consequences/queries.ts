import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { compareInspectionDue, INSPECTION_FREQUENCY_POLICIES, inspectionDue, policyOn, type InspectionDue, type InspectionFrequencyPolicy } from '@wuye/domain';
import { Community, Enterprise, Expulsion, Handover, Inspection } from '../entities/index.js';

/**
 * Who reads consequences: the bureau, departments and analysts everything; a township the handovers and plan rows of
 * communities in its area; a firm manager only its own firm's (handovers it gives or takes over, its communities).
 */
export type ConsequenceViewer = { kind: 'ALL' } | { kind: 'TOWNSHIP'; townshipId: number } | { kind: 'ENTERPRISE'; enterpriseId: number } | { kind: 'NONE' };

const NOTHING = { id: { $in: [] as number[] } };

function handoverScope(viewer: ConsequenceViewer): FilterQuery<Handover> {
  if (viewer.kind === 'ALL') return {};
  if (viewer.kind === 'TOWNSHIP') return { community: { township: viewer.townshipId } };
  if (viewer.kind === 'ENTERPRISE') return { $or: [{ outgoing: viewer.enterpriseId }, { successor: viewer.enterpriseId }] };
  return NOTHING;
}

export interface HandoverFilter {
  status?: 'OPEN' | 'COMPLETED' | null;
  expulsionId?: number | null;
}

/** Handovers a viewer sees: open ones first by deadline, then completed ones latest first. */
export async function handoversFor(em: EntityManager, viewer: ConsequenceViewer, filter: HandoverFilter = {}): Promise<Handover[]> {
  const where: FilterQuery<Handover> = {
    $and: [handoverScope(viewer), filter.status ? { status: filter.status } : {}, filter.expulsionId ? { expulsion: filter.expulsionId } : {}],
  };
  return em.find(Handover, where, {
    populate: ['community', 'community.township', 'outgoing', 'successor', 'expulsion'],
    orderBy: { status: 'desc', deadline: 'asc', id: 'asc' },
  });
}

export async function handoverFor(em: EntityManager, id: number, viewer: ConsequenceViewer): Promise<Handover | null> {
  return em.findOne(
    Handover,
    { $and: [{ id }, handoverScope(viewer)] },
    { populate: ['community', 'community.township', 'outgoing', 'successor', 'expulsion'] },
  );
}

/** Expulsion decisions a viewer sees, latest first: a firm its own; a township those with a handover in its area. */
export async function expulsionsFor(em: EntityManager, viewer: ConsequenceViewer): Promise<Expulsion[]> {
  let where: FilterQuery<Expulsion> = {};
  if (viewer.kind === 'ENTERPRISE') where = { enterprise: viewer.enterpriseId };
  else if (viewer.kind === 'TOWNSHIP') {
    const rows = await em.find(Handover, { community: { township: viewer.townshipId } }, { fields: ['expulsion'] });
    where = { id: { $in: [...new Set(rows.map((r) => r.expulsion.id))] } };
  } else if (viewer.kind === 'NONE') where = NOTHING;
  return em.find(Expulsion, where, { populate: ['enterprise'], orderBy: { decidedOn: 'desc', id: 'desc' } });
}

/** Black-listed firms (expelled or not) with the number of communities each serves now: the bureau's list to decide on. */
export async function expulsionCandidates(em: EntityManager): Promise<{ enterprise: Enterprise; communityCount: number }[]> {
  const firms = await em.find(Enterprise, { $or: [{ listStatus: 'BLACK' }, { status: 'EXPELLED' }] }, { orderBy: { name: 'asc', id: 'asc' } });
  if (firms.length === 0) return [];
  const counts: { enterprise_id: number; n: number | string }[] = await (em as SqlEntityManager)
    .createQueryBuilder(Community, 'c')
    .select(['c.enterprise_id', raw('count(*) as n')])
    .where({ enterprise: { $in: firms.map((f) => f.id) } })
    .groupBy('c.enterprise_id')
    .execute('all', false);
  const byFirm = new Map(counts.map((r) => [Number(r.enterprise_id), Number(r.n)]));
  return firms.map((enterprise) => ({ enterprise, communityCount: byFirm.get(enterprise.id) ?? 0 }));
}

export interface InspectionPlanRow extends InspectionDue {
  community: Community;
  enterprise: Enterprise | null;
  lastInspectedOn: string | null;
}

export interface InspectionPlan {
  policy: InspectionFrequencyPolicy;
  rows: InspectionPlanRow[];
}

function communityScope(viewer: ConsequenceViewer): FilterQuery<Community> {
  if (viewer.kind === 'ALL') return {};
  if (viewer.kind === 'TOWNSHIP') return { township: viewer.townshipId };
  if (viewer.kind === 'ENTERPRISE') return { enterprise: viewer.enterpriseId };
  return NOTHING;
}

/**
 * 差异化检查计划: each community in the viewer's scope with its firm's risk, its last inspection (any kind), the interval
 * the frequency policy in force today gives it and whether it is due; overdue first. Two statements: the communities
 * with their firms, and the last inspection date per community (GROUP BY).
 */
export async function inspectionPlan(em: EntityManager, viewer: ConsequenceViewer, today: string): Promise<InspectionPlan> {
  const policy = policyOn(INSPECTION_FREQUENCY_POLICIES, today) ?? INSPECTION_FREQUENCY_POLICIES[0]!;
  const communities = await em.find(Community, communityScope(viewer), { populate: ['enterprise', 'township'], orderBy: { id: 'asc' } });
  const last: { community_id: number; last: string | Date }[] = communities.length
    ? await (em as SqlEntityManager)
        .createQueryBuilder(Inspection, 'i')
        .select(['i.community_id', raw('max(i.date) as last')])
        .where({ community: { $in: communities.map((c) => c.id) }, date: { $lte: today } })
        .groupBy('i.community_id')
        .execute('all', false)
    : [];
  const lastOf = new Map(last.map((r) => [Number(r.community_id), typeof r.last === 'string' ? r.last.slice(0, 10) : isoDay(r.last)]));
  const rows = communities.map((community) => {
    const firm = community.enterprise ?? null;
    const lastInspectedOn = lastOf.get(community.id) ?? null;
    const due = inspectionDue(policy, { grade: firm ? firm.grade : null, listStatus: firm ? firm.listStatus : null }, lastInspectedOn, today);
    return { ...due, community, enterprise: firm, lastInspectedOn };
  });
  rows.sort((a, b) => compareInspectionDue(a, b) || a.community.id - b.community.id);
  return { policy, rows };
}

/** A DATE column read back by the PostgreSQL driver as a Date at local midnight. */
function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
