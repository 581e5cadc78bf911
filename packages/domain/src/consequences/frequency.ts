import { addDays, daysFrom } from '../dates.js';
import type { CreditGrade, ListStatus } from '../enums.js';
import type { InspectionFrequencyPolicy } from './policy.js';

/** What is known of the firm serving a community. */
export interface FirmRisk {
  /** null: no firm serves the community. */
  grade: CreditGrade | null;
  listStatus: ListStatus | null;
}

/** Days between inspections of a community under `policy`: the black list over the grade; no firm its own interval. */
export function inspectionIntervalDays(policy: InspectionFrequencyPolicy, risk: FirmRisk): number {
  if (risk.listStatus === 'BLACK') return policy.blackListIntervalDays;
  if (risk.grade === null) return policy.unmanagedIntervalDays;
  return policy.intervalDays[risk.grade];
}

export const INSPECTION_DUE_STATUSES = ['OVERDUE', 'DUE', 'NOT_DUE'] as const;
export type InspectionDueStatus = (typeof INSPECTION_DUE_STATUSES)[number];

export interface InspectionDue {
  intervalDays: number;
  /** The day the next inspection is due; null: never inspected (due at once). */
  nextDue: string | null;
  status: InspectionDueStatus;
  /** Days past `nextDue` (0 when not overdue). */
  daysOverdue: number;
}

/**
 * Whether a community is due: OVERDUE the day after its next inspection date (last inspection + interval), DUE from
 * `dueSoonDays` before that date up to and including it, and at once when it has never been inspected; NOT_DUE before.
 */
export function inspectionDue(policy: InspectionFrequencyPolicy, risk: FirmRisk, lastInspectedOn: string | null, today: string): InspectionDue {
  const intervalDays = inspectionIntervalDays(policy, risk);
  if (lastInspectedOn === null) return { intervalDays, nextDue: null, status: 'DUE', daysOverdue: 0 };
  const nextDue = addDays(lastInspectedOn, intervalDays);
  const left = daysFrom(today, nextDue);
  if (left < 0) return { intervalDays, nextDue, status: 'OVERDUE', daysOverdue: -left };
  return { intervalDays, nextDue, status: left <= policy.dueSoonDays ? 'DUE' : 'NOT_DUE', daysOverdue: 0 };
}

const RANK: Record<InspectionDueStatus, number> = { OVERDUE: 0, DUE: 1, NOT_DUE: 2 };

/** The plan's order: overdue first (longest overdue first), then due (never inspected, then soonest), then the rest. */
export function compareInspectionDue(a: InspectionDue, b: InspectionDue): number {
  if (RANK[a.status] !== RANK[b.status]) return RANK[a.status] - RANK[b.status];
  if (a.daysOverdue !== b.daysOverdue) return b.daysOverdue - a.daysOverdue;
  if (a.nextDue === b.nextDue) return 0;
  if (a.nextDue === null) return -1;
  if (b.nextDue === null) return 1;
  return a.nextDue.localeCompare(b.nextDue);
}
