import type { CreditGrade, ListStatus } from '../enums.js';

/**
 * Random inspection (双随机一公开) policy as versioned data, like the credit standard: a county picks a policy by code,
 * a draw records the code and version it was made under, and a change is a new version.
 */

export const DRAW_METHODS = ['RISK_WEIGHTED', 'EQUAL'] as const;
export type DrawMethod = (typeof DRAW_METHODS)[number];

export interface RandomInspectionPolicy {
  code: string;
  version: number;
  /** First and last day (inclusive, YYYY-MM-DD) a draw made that day may use the policy; null: open. */
  effectiveFrom: string;
  effectiveTo: string | null;
  label: { 'zh-CN': string; en: string };
  method: DrawMethod;
  /** RISK_WEIGHTED: a community's weight by its firm's grade (whole numbers ≥ 1). */
  gradeWeights: Record<CreditGrade, number>;
  /** RISK_WEIGHTED: the weight of a community whose firm is on the black list (takes precedence over the grade). */
  blackListWeight: number;
  /** RISK_WEIGHTED: a community with no firm (self-managed or vacant). */
  unmanagedWeight: number;
  /** Exclude an inspector from the township (of the community or its firm) or the department in charge of the firm. */
  excludeConflicts: { township: boolean; department: boolean };
  /** Inspectors per drawn community unless the draw plan says otherwise. */
  teamSize: number;
}

/** 风险加权 v1: black-listed and grade-C firms' communities are drawn several times as often as AAA's. */
export const RANDOM_INSPECTION_RISK_V1: RandomInspectionPolicy = Object.freeze({
  code: 'RISK_WEIGHTED',
  version: 1,
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  label: { 'zh-CN': '按信用风险加权抽取（第 1 版）', en: 'weighted by credit risk (v1)' },
  method: 'RISK_WEIGHTED',
  gradeWeights: Object.freeze({ AAA: 1, AA: 1, A: 2, B: 3, C: 5 }),
  blackListWeight: 8,
  unmanagedWeight: 3,
  excludeConflicts: Object.freeze({ township: true, department: true }),
  teamSize: 2,
}) as RandomInspectionPolicy;

/** 等概率 v1: every community equally likely; conflicts still excluded. */
export const RANDOM_INSPECTION_EQUAL_V1: RandomInspectionPolicy = Object.freeze({
  code: 'EQUAL',
  version: 1,
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  label: { 'zh-CN': '等概率抽取（第 1 版）', en: 'equal chance (v1)' },
  method: 'EQUAL',
  gradeWeights: Object.freeze({ AAA: 1, AA: 1, A: 1, B: 1, C: 1 }),
  blackListWeight: 1,
  unmanagedWeight: 1,
  excludeConflicts: Object.freeze({ township: true, department: true }),
  teamSize: 2,
}) as RandomInspectionPolicy;

export const RANDOM_INSPECTION_POLICIES: readonly RandomInspectionPolicy[] = [RANDOM_INSPECTION_RISK_V1, RANDOM_INSPECTION_EQUAL_V1];

/** The policy of a code and version, or undefined. */
export function randomInspectionPolicy(code: string, version?: number): RandomInspectionPolicy | undefined {
  const matching = RANDOM_INSPECTION_POLICIES.filter((p) => p.code === code);
  if (version === undefined) return matching.sort((a, b) => b.version - a.version)[0];
  return matching.find((p) => p.version === version);
}

/** Whether the policy may be used for a draw made on `day` (YYYY-MM-DD). */
export function policyInForce(policy: RandomInspectionPolicy, day: string): boolean {
  return policy.effectiveFrom <= day && (policy.effectiveTo === null || day <= policy.effectiveTo);
}

/** What is known of a community's firm when the draw is made. */
export interface CommunityRisk {
  /** null: no firm serves the community. */
  grade: CreditGrade | null;
  listStatus: ListStatus | null;
}

/** The community's weight in a draw under `policy`. */
export function drawWeight(policy: RandomInspectionPolicy, risk: CommunityRisk): number {
  if (policy.method === 'EQUAL') return 1;
  if (risk.grade === null) return policy.unmanagedWeight;
  if (risk.listStatus === 'BLACK') return policy.blackListWeight;
  return policy.gradeWeights[risk.grade];
}
