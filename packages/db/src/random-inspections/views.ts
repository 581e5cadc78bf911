import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { DrawnCommunity, DrawnInspector, PoolInspector, RandomDraw } from '../entities/index.js';

/**
 * Who reads draws: the bureau and analysts every plan; a township the drawn rows in its area or with one of its
 * inspectors on the team; a department the rows with one of its inspectors; everyone else (the public) published
 * draws whole. Townships and departments see drawn and published draws only, never a plan not yet drawn.
 */
export type DrawViewer = { kind: 'ALL' } | { kind: 'TOWNSHIP'; townshipId: number } | { kind: 'DEPARTMENT'; departmentId: number } | { kind: 'PUBLIC' };

/** The drawn rows a township or department sees; null: every row of the draws the viewer sees. */
async function visibleRowIds(em: EntityManager, viewer: DrawViewer): Promise<number[] | null> {
  if (viewer.kind === 'ALL' || viewer.kind === 'PUBLIC') return null;
  const unit = viewer.kind === 'TOWNSHIP' ? { township: viewer.townshipId } : { department: viewer.departmentId };
  const team = await em.find(DrawnInspector, { inspector: unit }, { fields: ['drawnCommunity'] });
  const ids = new Set(team.map((t) => t.drawnCommunity.id));
  if (viewer.kind === 'TOWNSHIP') for (const r of await em.find(DrawnCommunity, { township: viewer.townshipId }, { fields: ['id'] })) ids.add(r.id);
  return [...ids];
}

/** Draws a viewer sees, newest first. */
export async function drawsFor(em: EntityManager, viewer: DrawViewer, where: FilterQuery<RandomDraw> = {}): Promise<RandomDraw[]> {
  const orderBy = { createdAt: 'desc', id: 'desc' } as const;
  if (viewer.kind === 'ALL') return em.find(RandomDraw, where, { orderBy });
  if (viewer.kind === 'PUBLIC') return em.find(RandomDraw, { $and: [where, { status: 'PUBLISHED' }] }, { orderBy });
  const rows = await visibleRowIds(em, viewer);
  return em.find(RandomDraw, { $and: [where, { status: { $ne: 'PLANNED' } }, { id: { $in: await drawIdsOfRows(em, rows!) } }] }, { orderBy });
}

async function drawIdsOfRows(em: EntityManager, rowIds: number[]): Promise<number[]> {
  if (rowIds.length === 0) return [];
  const rows = await em.find(DrawnCommunity, { id: { $in: rowIds } }, { fields: ['draw'] });
  return [...new Set(rows.map((r) => r.draw.id))];
}

export async function drawFor(em: EntityManager, id: number, viewer: DrawViewer): Promise<RandomDraw | null> {
  return (await drawsFor(em, viewer, { id }))[0] ?? null;
}

export interface DrawnCommunityView {
  row: DrawnCommunity;
  team: PoolInspector[];
}

/** The drawn rows of one draw the viewer sees, in draw order, with their teams: two statements. */
export async function drawnCommunitiesFor(em: EntityManager, draw: RandomDraw, viewer: DrawViewer): Promise<DrawnCommunityView[]> {
  const visible = await visibleRowIds(em, viewer);
  const where: FilterQuery<DrawnCommunity> = visible === null ? { draw } : { draw, id: { $in: visible } };
  const rows = await em.find(DrawnCommunity, where, { populate: ['community', 'township', 'enterprise', 'inspection'], orderBy: { position: 'asc' } });
  if (rows.length === 0) return [];
  const team = await em.find(
    DrawnInspector,
    { drawnCommunity: { $in: rows.map((r) => r.id) } },
    { populate: ['inspector.township', 'inspector.department'], orderBy: { drawnCommunity: 'asc', position: 'asc' } },
  );
  return rows.map((row) => ({ row, team: team.filter((t) => t.drawnCommunity.id === row.id).map((t) => t.inspector) }));
}

/** One drawn row by id, within what the viewer may act on (the bureau: any). */
export function drawnCommunityById(em: EntityManager, id: number): Promise<DrawnCommunity | null> {
  return em.findOne(DrawnCommunity, { id });
}

/** The inspector pool, active first, by name. */
export function poolInspectors(em: EntityManager): Promise<PoolInspector[]> {
  return em.find(PoolInspector, {}, { populate: ['township', 'department'], orderBy: { active: 'desc', id: 'asc' } });
}

export function randomDrawById(em: EntityManager, id: number): Promise<RandomDraw | null> {
  return em.findOne(RandomDraw, { id });
}

export function poolInspectorById(em: EntityManager, id: number): Promise<PoolInspector | null> {
  return em.findOne(PoolInspector, { id }, { populate: ['township', 'department'] });
}
