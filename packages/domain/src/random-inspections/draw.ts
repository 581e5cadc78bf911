import type { FieldIssue } from '../field-errors.js';
import type { CreditGrade, ListStatus } from '../enums.js';
import { below, drawRandom } from './prng.js';
import { drawWeight, type RandomInspectionPolicy } from './policy.js';

/**
 * A random inspection draw (双随机: random objects, random inspectors), reproducible by anyone from its seed and inputs.
 *
 * 1. Communities are put in id order (shorter id first, then character by character: numeric order for numeric ids),
 *    so the order the inputs were listed in does not matter.
 * 2. Communities are drawn one at a time without replacement: with W the sum of the weights still in the pool and
 *    u the generator's next 32-bit output, r = ⌊u·W/2³²⌋ picks the community whose weight span [from, from + w) holds r.
 * 3. For each drawn community in draw order, the inspectors without a conflict (policy.excludeConflicts) are put in
 *    id order and `teamSize` of them are picked one at a time with equal chance, without replacement within the team.
 */

export interface DrawCandidate {
  id: string;
  grade: CreditGrade | null;
  listStatus: ListStatus | null;
  /** Townships in charge: the community's own and its firm's. */
  townshipIds: string[];
  /** Departments in charge of the community's firm. */
  departmentIds: string[];
}

export interface DrawInspector {
  id: string;
  townshipId: string | null;
  departmentId: string | null;
}

/** Everything a draw depends on besides its seed and policy: what is recorded and published with it. */
export interface DrawInputs {
  communityCount: number;
  teamSize: number;
  communities: DrawCandidate[];
  inspectors: DrawInspector[];
}

export interface DrawnCommunity {
  id: string;
  /** 1-based place in the draw. */
  order: number;
  weight: number;
  inspectorIds: string[];
}

export type DrawOutcome = { ok: true; communities: DrawnCommunity[] } | { ok: false; issues: FieldIssue[] };

/** Sum of weights a draw may hold, so that ⌊u·W/2³²⌋ stays exact in doubles (u·W < 2⁵³). */
export const MAX_TOTAL_WEIGHT = 1_000_000;
export const MAX_SEED_LENGTH = 100;

export const byId = <T extends { id: string }>(a: T, b: T): number => a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Whether `inspector` may not inspect `community` under the policy. */
export function inConflict(policy: RandomInspectionPolicy, inspector: DrawInspector, community: DrawCandidate): boolean {
  if (policy.excludeConflicts.township && inspector.townshipId !== null && community.townshipIds.includes(inspector.townshipId)) return true;
  if (policy.excludeConflicts.department && inspector.departmentId !== null && community.departmentIds.includes(inspector.departmentId)) return true;
  return false;
}

function positiveWhole(field: string, n: number, issues: FieldIssue[]): void {
  if (!Number.isInteger(n)) issues.push({ field, code: 'NOT_INTEGER' });
  else if (n < 1) issues.push({ field, code: 'OUT_OF_RANGE', params: { min: 1, max: 1000 } });
}

function duplicates(field: string, ids: readonly string[], issues: FieldIssue[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) issues.push({ field, code: 'DUPLICATE', params: { value: id } });
    seen.add(id);
  }
}

/** What is wrong with the inputs before any number is drawn. */
export function drawInputIssues(policy: RandomInspectionPolicy, seed: string, inputs: DrawInputs): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (seed.trim() === '') issues.push({ field: 'seed', code: 'REQUIRED' });
  else if (seed.length > MAX_SEED_LENGTH) issues.push({ field: 'seed', code: 'TOO_LONG', params: { max: MAX_SEED_LENGTH } });
  positiveWhole('communityCount', inputs.communityCount, issues);
  positiveWhole('teamSize', inputs.teamSize, issues);
  duplicates(
    'communities',
    inputs.communities.map((c) => c.id),
    issues,
  );
  duplicates(
    'inspectors',
    inputs.inspectors.map((i) => i.id),
    issues,
  );
  if (issues.length > 0) return issues;
  if (inputs.communityCount > inputs.communities.length) {
    issues.push({ field: 'communityCount', code: 'DRAW_POOL_TOO_SMALL', params: { requested: inputs.communityCount, available: inputs.communities.length } });
  }
  if (inputs.teamSize > inputs.inspectors.length) {
    issues.push({ field: 'teamSize', code: 'DRAW_POOL_TOO_SMALL', params: { requested: inputs.teamSize, available: inputs.inspectors.length } });
  }
  const total = inputs.communities.reduce((s, c) => s + drawWeight(policy, c), 0);
  if (total > MAX_TOTAL_WEIGHT) issues.push({ field: 'communities', code: 'OUT_OF_RANGE', params: { min: 1, max: MAX_TOTAL_WEIGHT } });
  return issues;
}

/** Draws the communities and their inspectors: the same policy, seed and inputs always give the same draw. */
export function drawInspections(policy: RandomInspectionPolicy, seed: string, inputs: DrawInputs): DrawOutcome {
  const issues = drawInputIssues(policy, seed, inputs);
  if (issues.length > 0) return { ok: false, issues };
  const next = drawRandom(seed);

  const pool = [...inputs.communities].sort(byId).map((c) => ({ candidate: c, weight: drawWeight(policy, c) }));
  const picked: { candidate: DrawCandidate; weight: number }[] = [];
  for (let k = 0; k < inputs.communityCount; k++) {
    const total = pool.reduce((s, c) => s + c.weight, 0);
    let r = below(next, total);
    let i = 0;
    while (r >= pool[i]!.weight) r -= pool[i++]!.weight;
    picked.push(...pool.splice(i, 1));
  }

  const inspectors = [...inputs.inspectors].sort(byId);
  const drawn: DrawnCommunity[] = [];
  for (const [k, { candidate, weight }] of picked.entries()) {
    const eligible = inspectors.filter((i) => !inConflict(policy, i, candidate));
    if (eligible.length < inputs.teamSize) {
      issues.push({
        field: 'teamSize',
        code: 'DRAW_TOO_FEW_INSPECTORS',
        params: { community: candidate.id, eligible: eligible.length, needed: inputs.teamSize },
      });
      continue;
    }
    const team: string[] = [];
    for (let t = 0; t < inputs.teamSize; t++) team.push(eligible.splice(below(next, eligible.length), 1)[0]!.id);
    drawn.push({ id: candidate.id, order: k + 1, weight, inspectorIds: team });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, communities: drawn };
}
