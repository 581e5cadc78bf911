import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { CreditRecommendation, Developer, DeveloperProject } from '../entities/index.js';

/**
 * Who reads developers: the bureau, departments, townships and analysts all of them; a firm manager only the developers
 * of the communities its firm serves (and of those only the projects in its communities).
 */
export type DeveloperViewer = { kind: 'ALL' } | { kind: 'ENTERPRISE'; enterpriseId: number } | { kind: 'NONE' };

const NOTHING = { id: { $in: [] as number[] } };

async function scopeIds(em: EntityManager, viewer: DeveloperViewer): Promise<FilterQuery<Developer>> {
  if (viewer.kind === 'ALL') return {};
  if (viewer.kind === 'NONE') return NOTHING;
  const rows = await em.find(DeveloperProject, { community: { enterprise: viewer.enterpriseId } }, { fields: ['developer'] });
  return { id: { $in: [...new Set(rows.map((r) => r.developer.id))] } };
}

export interface DeveloperFilter {
  q?: string | null;
}

/** Developers a viewer sees, by name. */
export async function developersFor(em: EntityManager, viewer: DeveloperViewer, filter: DeveloperFilter = {}): Promise<Developer[]> {
  const q = filter.q?.trim();
  const where: FilterQuery<Developer> = {
    $and: [await scopeIds(em, viewer), q ? { $or: [{ name: { $like: `%${q}%` } }, { uscc: { $like: `%${q.toUpperCase()}%` } }] } : {}],
  };
  return em.find(Developer, where, { orderBy: { name: 'asc', id: 'asc' } });
}

export async function developerFor(em: EntityManager, id: number, viewer: DeveloperViewer): Promise<Developer | null> {
  return em.findOne(Developer, { $and: [{ id }, await scopeIds(em, viewer)] });
}

/** The communities a developer built that the viewer sees (a firm: those it serves), by handover date. */
export async function projectsOf(em: EntityManager, developerIds: readonly number[], viewer: DeveloperViewer): Promise<DeveloperProject[]> {
  if (viewer.kind === 'NONE' || developerIds.length === 0) return [];
  const where: FilterQuery<DeveloperProject> = { developer: { $in: [...developerIds] } };
  if (viewer.kind === 'ENTERPRISE') where.community = { enterprise: viewer.enterpriseId };
  return em.find(DeveloperProject, where, { populate: ['community', 'community.township'], orderBy: { handoverDate: 'asc', id: 'asc' } });
}

/** The developer project of each community given (one per community). */
export async function projectsOfCommunities(em: EntityManager, communityIds: readonly number[]): Promise<DeveloperProject[]> {
  if (communityIds.length === 0) return [];
  return em.find(DeveloperProject, { community: { $in: [...communityIds] } }, { populate: ['developer'] });
}

export interface RecommendationFilter {
  status?: 'PROPOSED' | 'APPROVED' | 'REJECTED' | null;
}

/** Credit-upgrade recommendations, latest first (the bureau's list; no row scope: only the bureau and analysts read it). */
export async function recommendationsList(em: EntityManager, filter: RecommendationFilter = {}): Promise<CreditRecommendation[]> {
  return em.find(CreditRecommendation, filter.status ? { status: filter.status } : {}, {
    populate: ['enterprise', 'proposedBy', 'decidedBy'],
    orderBy: { proposedOn: 'desc', id: 'desc' },
  });
}

export async function recommendationById(em: EntityManager, id: number): Promise<CreditRecommendation | null> {
  return em.findOne(CreditRecommendation, { id }, { populate: ['enterprise', 'proposedBy', 'decidedBy'] });
}
