import type { EntityManager } from '@mikro-orm/core';
import { drawInspections, randomInspectionPolicy, type DrawnCommunity as Drawn, type FieldIssue } from '@wuye/domain';
import { DrawnCommunity, DrawnInspector, type RandomDraw } from '../entities/index.js';

/** What a check of a draw found: the list redrawn from the stored seed and inputs, and whether it is the one recorded. */
export interface DrawReproduction {
  matches: boolean;
  recorded: Drawn[];
  recomputed: Drawn[];
  /** Set when the stored inputs no longer give a draw at all (they were tampered with). */
  issues: FieldIssue[];
}

/** The recorded list of a draw, in the shape `drawInspections` returns. */
export async function recordedDraw(em: EntityManager, draw: RandomDraw): Promise<Drawn[]> {
  const rows = await em.find(DrawnCommunity, { draw }, { orderBy: { position: 'asc' } });
  const team = await em.find(DrawnInspector, { drawnCommunity: { $in: rows.map((r) => r.id) } }, { orderBy: { drawnCommunity: 'asc', position: 'asc' } });
  return rows.map((r) => ({
    id: String(r.community.id),
    order: r.position,
    weight: r.weight,
    inspectorIds: team.filter((t) => t.drawnCommunity.id === r.id).map((t) => String(t.inspector.id)),
  }));
}

/**
 * Redraws from the stored policy version, seed and inputs and compares with the recorded list: what the public
 * "reproduce" check and docs/random-inspections.md do. An undrawn plan has nothing to reproduce (null).
 */
export async function reproduceDraw(em: EntityManager, draw: RandomDraw): Promise<DrawReproduction | null> {
  if (draw.seed == null || draw.inputs == null) return null;
  const recorded = await recordedDraw(em, draw);
  const policy = randomInspectionPolicy(draw.policyCode, draw.policyVersion);
  if (!policy)
    return { matches: false, recorded, recomputed: [], issues: [{ field: 'policyCode', code: 'UNKNOWN_REFERENCE', params: { id: draw.policyCode } }] };
  const outcome = drawInspections(policy, draw.seed, draw.inputs);
  if (!outcome.ok) return { matches: false, recorded, recomputed: [], issues: outcome.issues };
  return { matches: JSON.stringify(outcome.communities) === JSON.stringify(recorded), recorded, recomputed: outcome.communities, issues: [] };
}
