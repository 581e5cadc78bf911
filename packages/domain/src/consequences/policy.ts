import type { CreditGrade } from '../enums.js';

/**
 * Consequences of the black list and of grade C (issue 16, docs/consequences.md) as versioned data, like the credit
 * standard: a county changes a rule by issuing a new version that takes effect on a date; the version in force on a
 * day is the latest whose `effectiveFrom` is on or before it.
 */

/** 清出市场: how long the expelled firm has to hand a community over, counted in days from the decision. */
export interface HandoverPolicy {
  code: 'HANDOVER';
  version: number;
  effectiveFrom: string;
  /** The deadline when the decision names none. */
  defaultDays: number;
  /** The earliest and latest deadline a decision may set (days after the decision, inclusive). */
  minDays: number;
  maxDays: number;
}

export const HANDOVER_POLICY_V1: HandoverPolicy = Object.freeze({
  code: 'HANDOVER',
  version: 1,
  effectiveFrom: '2026-01-01',
  defaultDays: 30,
  minDays: 7,
  maxDays: 90,
}) as HandoverPolicy;

/** 差异化监管: how often a community is inspected, by the credit of the firm serving it. */
export interface InspectionFrequencyPolicy {
  code: 'INSPECTION_FREQUENCY';
  version: number;
  effectiveFrom: string;
  label: { 'zh-CN': string; en: string };
  /** Days between inspections by the serving firm's grade. */
  intervalDays: Record<CreditGrade, number>;
  /** A black-listed firm's communities (over the grade). */
  blackListIntervalDays: number;
  /** A community with no firm (self-managed or vacant). */
  unmanagedIntervalDays: number;
  /** A community is "due" this many days before its next inspection date. */
  dueSoonDays: number;
}

export const INSPECTION_FREQUENCY_V1: InspectionFrequencyPolicy = Object.freeze({
  code: 'INSPECTION_FREQUENCY',
  version: 1,
  effectiveFrom: '2026-01-01',
  label: { 'zh-CN': '按信用等级差异化检查频次（第 1 版）', en: 'inspection frequency by credit grade (v1)' },
  intervalDays: Object.freeze({ AAA: 180, AA: 120, A: 90, B: 60, C: 30 }),
  blackListIntervalDays: 14,
  unmanagedIntervalDays: 90,
  dueSoonDays: 7,
}) as InspectionFrequencyPolicy;

export const HANDOVER_POLICIES: readonly HandoverPolicy[] = [HANDOVER_POLICY_V1];
export const INSPECTION_FREQUENCY_POLICIES: readonly InspectionFrequencyPolicy[] = [INSPECTION_FREQUENCY_V1];

/** The version in force on `day` (YYYY-MM-DD): the latest that took effect on or before it; undefined before any. */
export function policyOn<P extends { version: number; effectiveFrom: string }>(policies: readonly P[], day: string): P | undefined {
  return [...policies].filter((p) => p.effectiveFrom <= day).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version)[0];
}

/** A version by number, for a decision recorded under it. */
export function policyVersion<P extends { version: number }>(policies: readonly P[], version: number): P | undefined {
  return policies.find((p) => p.version === version);
}
