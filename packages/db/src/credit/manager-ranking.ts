import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { CreditGrade } from '@wuye/domain';
import { ProjectManager } from '../entities/index.js';

/**
 * The credit ranking of project managers (docs/credit.md, "Project managers"), today, from their stored standings
 * (own records plus the inherited B1/B2 of communities they managed at the time, refreshed with every record change).
 * Managers of active firms are ranked county-wide: score desc, then certificate no. A row keeps its county rank
 * whatever the caller's scope or filters (a firm's manager sees their own firm's managers with their ranks among all).
 */

export interface ManagerRankingQuery {
  /** The caller's scope (projectManagerScope). */
  scope: FilterQuery<ProjectManager>;
  enterpriseId?: number | null;
  grade?: CreditGrade | null;
  worstFirst?: boolean;
  page: number;
  perPage: number;
}

export interface ManagerRankingRow {
  rank: number;
  manager: ProjectManager;
}

const RANKED: FilterQuery<ProjectManager> = { enterprise: { status: 'ACTIVE' } };

export async function rankManagers(em: EntityManager, q: ManagerRankingQuery): Promise<{ items: ManagerRankingRow[]; total: number }> {
  const order = (dir: 'asc' | 'desc') => [{ score: dir }, { certificateNo: dir === 'desc' ? 'asc' : 'desc' }] as const;
  const where: FilterQuery<ProjectManager>[] = [RANKED, q.scope];
  if (q.enterpriseId) where.push({ enterprise: q.enterpriseId });
  if (q.grade) where.push({ grade: q.grade });
  const [rows, total] = await em.findAndCount(ProjectManager, { $and: where } as FilterQuery<ProjectManager>, {
    populate: ['enterprise'],
    orderBy: [...order(q.worstFirst ? 'asc' : 'desc')],
    limit: q.perPage,
    offset: (q.page - 1) * q.perPage,
  });
  // Ranks: every ranked manager's id in county order (ids only: a county has hundreds, a province thousands). After the
  // page's rows, so these partial loads never stand in for full ones in the identity map.
  const all = await em.find(ProjectManager, RANKED, { fields: ['id'], orderBy: [...order('desc')] });
  const rankOf = new Map(all.map((m, i) => [m.id, i + 1]));
  return { items: rows.map((manager) => ({ rank: rankOf.get(manager.id) ?? 0, manager })), total };
}
