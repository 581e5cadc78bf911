import { addDays, addMonths } from '../dates.js';
import type { CreditGrade } from '../enums.js';
import type { ScoringStandard } from './standard.js';

/**
 * Score and grade from credit records (docs/product.md §5), as of any date.
 *
 * When a record counts, precisely: on day `d` (a calendar date, Asia/Shanghai) a record counts iff
 *  - it was confirmed (status CONFIRMED, EXPIRED or REPAIRED) on or before `d` (`confirmedOn ≤ d`),
 *  - `effectiveFrom ≤ d ≤ expiresOn`, where `expiresOn` is the last day of its term:
 *    effectiveFrom + termMonths − 1 day (a 1-year record effective 2026-03-15 counts through 2027-03-14),
 *  - it was not repaired by `d` (a repaired record stops counting on its repair date: `d < repairedOn`),
 *  - it was never revoked (a revoked record never counts, for any date: corrections are re-issued records).
 * So the score as of a past date is what the records known and confirmed on that date gave.
 */

export type CreditRecordStatus = 'PROPOSED' | 'PUBLICIZING' | 'OBJECTED' | 'CONFIRMED' | 'REVOKED' | 'EXPIRED' | 'REPAIRED';

export interface ScoredRecord {
  /** Signed points snapshot. */
  points: number;
  effectiveFrom: string;
  expiresOn: string;
  status: CreditRecordStatus;
  confirmedOn?: string | null;
  repairedOn?: string | null;
  veto?: boolean;
}

/** Last day a record of `termMonths` effective on `effectiveFrom` is in effect. */
export function expiryOf(effectiveFrom: string, termMonths: number): string {
  return addDays(addMonths(effectiveFrom, termMonths), -1);
}

const COUNTED: readonly CreditRecordStatus[] = ['CONFIRMED', 'EXPIRED', 'REPAIRED'];

export function countsOn(r: ScoredRecord, date: string): boolean {
  if (!COUNTED.includes(r.status) || r.confirmedOn == null) return false;
  if (r.confirmedOn > date || r.effectiveFrom > date || r.expiresOn < date) return false;
  if (r.repairedOn != null && r.repairedOn <= date) return false;
  return true;
}

export interface CreditStanding {
  score: number;
  grade: CreditGrade;
  /** Σ positive points in effect, before the cap. */
  positive: number;
  /** Σ negative points in effect, as a positive number. */
  negative: number;
  veto: boolean;
  standardVersion: number;
}

/** Score = base + min(positive, cap) − negative, floored. */
export function scoreOf(positive: number, negative: number, s: Pick<ScoringStandard, 'base' | 'positiveCap' | 'floor'>): number {
  return Math.max(s.floor, s.base + Math.min(positive, s.positiveCap) - negative);
}

/** Grade by the Shandong scheme: below the B threshold it is B without a negative record in effect, else C; veto caps at C. */
export function gradeOf(score: number, hasNegative: boolean, veto: boolean, s: Pick<ScoringStandard, 'grades'>): CreditGrade {
  if (veto) return 'C';
  const g = s.grades;
  if (score >= g.AAA) return 'AAA';
  if (score >= g.AA) return 'AA';
  if (score >= g.A) return 'A';
  if (score >= g.B) return 'B';
  return hasNegative ? 'C' : 'B';
}

export function standingOn(records: readonly ScoredRecord[], date: string, s: ScoringStandard): CreditStanding {
  let positive = 0;
  let negative = 0;
  let veto = false;
  for (const r of records) {
    if (!countsOn(r, date)) continue;
    if (r.points >= 0) positive += r.points;
    else negative -= r.points;
    if (r.veto) veto = true;
  }
  const score = scoreOf(positive, negative, s);
  return { score, grade: gradeOf(score, negative > 0, veto, s), positive, negative, veto, standardVersion: s.version };
}

/** The records behind a standing: those counting on the date. */
export function breakdownOn<R extends ScoredRecord>(records: readonly R[], date: string): R[] {
  return records.filter((r) => countsOn(r, date));
}

/**
 * Score on each day a record starts or stops counting between `from` and `to` (inclusive), plus both ends:
 * a step series, enough to draw the history exactly. `standardFor` picks the version in force on a day.
 */
export function scoreSeries(
  records: readonly ScoredRecord[],
  from: string,
  to: string,
  standardFor: (date: string) => ScoringStandard,
): { date: string; score: number; grade: CreditGrade }[] {
  const days = new Set<string>([from, to]);
  for (const r of records) {
    if (!COUNTED.includes(r.status) || r.confirmedOn == null) continue;
    const start = r.confirmedOn > r.effectiveFrom ? r.confirmedOn : r.effectiveFrom;
    const end = r.repairedOn != null && r.repairedOn <= r.expiresOn ? r.repairedOn : addDays(r.expiresOn, 1);
    for (const d of [start, end]) if (d > from && d < to) days.add(d);
  }
  return [...days].sort().map((date) => {
    const st = standingOn(records, date, standardFor(date));
    return { date, score: st.score, grade: st.grade };
  });
}
