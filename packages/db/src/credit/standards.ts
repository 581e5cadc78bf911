import { SCORING_STANDARD_V1, standardOn, type ScoringStandard as StandardData } from '@wuye/domain';
import type { EntityManager } from '@mikro-orm/core';
import { ScoringStandard } from '../entities/index.js';

/** Every issued standard version, oldest first (v1 is inserted by the credit migration). */
export async function loadStandards(em: EntityManager): Promise<StandardData[]> {
  const rows = await em.find(ScoringStandard, {}, { orderBy: { version: 'asc' } });
  return rows.length > 0 ? rows.map((r) => ({ ...r.definition, version: r.version, effectiveFrom: r.effectiveFrom })) : [SCORING_STANDARD_V1];
}

export async function standardFor(em: EntityManager, date: string): Promise<StandardData> {
  return standardOn(await loadStandards(em), date);
}
