import type { KpiDefinition } from './definitions.js';

/** numerator ÷ denominator; null ("no data") when the denominator is 0 or either side is unknown. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator == null || denominator == null || denominator === 0) return null;
  return numerator / denominator;
}

/** The value a KPI shows: the ratio for RATIO KPIs, the numerator for COUNT KPIs, nothing for distributions. */
export function kpiValue(def: Pick<KpiDefinition, 'kind'>, numerator: number | null, denominator: number | null): number | null {
  switch (def.kind) {
    case 'RATIO':
      return ratio(numerator, denominator);
    case 'COUNT':
      return numerator;
    case 'DISTRIBUTION':
      return null;
  }
}

export type TargetStatus = 'MET' | 'MISSED' | 'NO_TARGET' | 'NO_DATA';

/**
 * Compares a value with the KPI's target. Ratios are compared after rounding to 4 decimals so 19/20 counts as
 * meeting 95% despite floating point. RISING compares with the previous value when there is one.
 */
export function compareWithTarget(def: Pick<KpiDefinition, 'target' | 'direction'>, value: number | null, previous: number | null = null): TargetStatus {
  if (value == null) return 'NO_DATA';
  const v = Math.round(value * 10_000) / 10_000;
  switch (def.direction) {
    case 'HIGHER_IS_BETTER':
      return def.target == null ? 'NO_TARGET' : v >= def.target ? 'MET' : 'MISSED';
    case 'LOWER_IS_BETTER':
      return def.target == null ? 'NO_TARGET' : v <= def.target ? 'MET' : 'MISSED';
    case 'RISING':
      return previous == null ? 'NO_TARGET' : v > Math.round(previous * 10_000) / 10_000 ? 'MET' : 'MISSED';
    case 'NONE':
      return 'NO_TARGET';
  }
}

/** Change against the previous period: absolute (value − previous), null when either is missing. */
export function changeFrom(value: number | null, previous: number | null): number | null {
  if (value == null || previous == null) return null;
  return value - previous;
}

/** Whether a change is an improvement for this KPI (null when there is no change or no sense of direction). */
export function isImprovement(def: Pick<KpiDefinition, 'direction'>, change: number | null): boolean | null {
  if (change == null || change === 0) return null;
  switch (def.direction) {
    case 'HIGHER_IS_BETTER':
    case 'RISING':
      return change > 0;
    case 'LOWER_IS_BETTER':
      return change < 0;
    case 'NONE':
      return null;
  }
}

/** A ratio as a percentage with one decimal (0.95 → "95.0%"); "—" for no data. */
export function formatPercent(value: number | null): string {
  return value == null ? '—' : `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}
