import { MAX_DATE, addDays, addMonths } from '../dates.js';
import type { FieldIssue } from '../field-errors.js';
import { RECORD_MIN_DATE } from '../input-policy.js';
import type { CreditGrade } from '../enums.js';
import { countsOn, type ScoredRecord } from './score.js';
import type { CreditItem, ScoringStandard } from './standard.js';

/** Red and black lists, credit repair and the ranking order (docs/product.md §5). */

export interface ListedRecord extends ScoredRecord {
  commendation?: boolean;
}

/** The first day a record counts: its effective date, or its confirmation if that came later. */
export function countingStart(r: Pick<ScoredRecord, 'effectiveFrom' | 'confirmedOn'>): string {
  return r.confirmedOn != null && r.confirmedOn > r.effectiveFrom ? r.confirmedOn : r.effectiveFrom;
}

/**
 * Red list at a quarterly rating on `asOf`: grade AAA, no negative record in effect at any time in the
 * `redListCleanMonths` months up to `asOf`, and at least one commendation (G1–G4) in effect on `asOf`.
 */
export function qualifiesForRedList(grade: CreditGrade, records: readonly ListedRecord[], asOf: string, s: ScoringStandard): boolean {
  if (grade !== 'AAA') return false;
  const windowStart = addDays(addMonths(asOf, -s.redListCleanMonths), 1);
  const negativeInWindow = records.some((r) => {
    if (r.points >= 0 || r.confirmedOn == null || r.status === 'REVOKED' || !['CONFIRMED', 'EXPIRED', 'REPAIRED'].includes(r.status)) return false;
    const start = countingStart(r);
    const end = r.repairedOn != null && r.repairedOn <= r.expiresOn ? addDays(r.repairedOn, -1) : r.expiresOn;
    return start <= asOf && end >= windowStart && start <= end;
  });
  if (negativeInWindow) return false;
  return records.some((r) => r.commendation && countsOn(r, asOf));
}

/** A black-list entry caused by a confirmed record: from the day it starts counting, for the item's black-list term. */
export function blacklistEntryFor(
  item: Pick<CreditItem, 'blacklistMonths'>,
  record: Pick<ScoredRecord, 'effectiveFrom' | 'confirmedOn'>,
): { from: string; until: string } | null {
  if (item.blacklistMonths == null) return null;
  const from = countingStart(record);
  return { from, until: addDays(addMonths(from, item.blacklistMonths), -1) };
}

/** Black list after grade C in `consecutiveC.ratings` consecutive quarterly ratings, from the publication day. */
export function consecutiveCEntry(
  gradesOldestFirst: readonly (CreditGrade | null | undefined)[],
  publishedOn: string,
  s: ScoringStandard,
): { from: string; until: string } | null {
  const n = s.consecutiveC.ratings;
  if (gradesOldestFirst.length < n) return null;
  if (!gradesOldestFirst.slice(-n).every((g) => g === 'C')) return null;
  return { from: publishedOn, until: addDays(addMonths(publishedOn, s.consecutiveC.blacklistMonths), -1) };
}

export interface ListEntryLike {
  kind: 'RED' | 'BLACK';
  from: string;
  until: string;
  /** Ended early (credit repair, revocation of its record, a newer red list): not listed from this day on. */
  endedOn?: string | null;
}

export function entryActiveOn(e: ListEntryLike, date: string): boolean {
  return e.from <= date && date <= e.until && (e.endedOn == null || date < e.endedOn);
}

/** List status on a date: black wins over red; `until` is the latest end among the active entries of that kind. */
export function listStatusOn(entries: readonly ListEntryLike[], date: string): { status: 'NONE' | 'RED' | 'BLACK'; until: string | null } {
  for (const kind of ['BLACK', 'RED'] as const) {
    const active = entries.filter((e) => e.kind === kind && entryActiveOn(e, date));
    if (active.length > 0)
      return {
        status: kind,
        until: active
          .map((e) => e.until)
          .sort()
          .at(-1)!,
      };
  }
  return { status: 'NONE', until: null };
}

export type RepairRefusal = 'NOT_NEGATIVE' | 'NOT_IN_EFFECT' | 'TOO_EARLY' | 'OPEN_ISSUES' | 'COMMITMENT_REQUIRED';
type RepairVerdict = { ok: true } | { ok: false; reason: RepairRefusal; earliest?: string };

/**
 * Credit repair eligibility of one negative record: confirmed and still in effect, publicized for at least the
 * minimum period (3 months for an entry of up to 1 year, 6 months for a longer one — counted from the day it
 * started counting), no open issues of the firm, and a written commitment.
 */
export function repairEligibility(
  record: ScoredRecord & { termMonths: number },
  today: string,
  openIssues: number,
  commitment: string,
  s: ScoringStandard,
): RepairVerdict {
  const before = repairPreconditions(record, today, openIssues, s);
  if (!before.ok) return before;
  if (commitment.trim().length === 0) return { ok: false, reason: 'COMMITMENT_REQUIRED' };
  return { ok: true };
}

/** Everything `repairEligibility` checks except the commitment, which is written when applying (for the buttons). */
export function repairPreconditions(record: ScoredRecord & { termMonths: number }, today: string, openIssues: number, s: ScoringStandard): RepairVerdict {
  if (record.points >= 0) return { ok: false, reason: 'NOT_NEGATIVE' };
  if (record.status !== 'CONFIRMED' || !countsOn(record, today)) return { ok: false, reason: 'NOT_IN_EFFECT' };
  const months = record.termMonths <= 12 ? s.repairMinMonths.upTo12Months : s.repairMinMonths.longer;
  const earliest = addMonths(countingStart(record), months);
  if (today < earliest) return { ok: false, reason: 'TOO_EARLY', earliest };
  if (openIssues > 0) return { ok: false, reason: 'OPEN_ISSUES' };
  return { ok: true };
}

/** The field-named issue a repair refusal is reported as. */
export function repairRefusalIssue(refusal: { reason: RepairRefusal; earliest?: string }, openIssues: number): FieldIssue {
  switch (refusal.reason) {
    case 'NOT_NEGATIVE':
      return { field: 'recordId', code: 'REPAIR_NOT_NEGATIVE' };
    case 'NOT_IN_EFFECT':
      return { field: 'recordId', code: 'NOT_IN_EFFECT' };
    case 'TOO_EARLY':
      return { field: 'recordId', code: 'REPAIR_TOO_EARLY', params: { earliest: refusal.earliest ?? '' } };
    case 'OPEN_ISSUES':
      return { field: 'openIssues', code: 'OPEN_ISSUES', params: { count: openIssues } };
    case 'COMMITMENT_REQUIRED':
      return { field: 'commitment', code: 'REQUIRED' };
  }
}

export interface Rankable {
  score: number;
  positive: number;
  negative: number;
  uscc: string;
}

/** Ranking order: score desc, then fewer negative points, then more positive points, then USCC ascending. */
export function compareRanking(a: Rankable, b: Rankable): number {
  return b.score - a.score || a.negative - b.negative || b.positive - a.positive || (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0);
}

export function rank<T extends Rankable>(rows: readonly T[]): (T & { rank: number })[] {
  return [...rows].sort(compareRanking).map((r, i) => ({ ...r, rank: i + 1 }));
}

/** Quarter label (2026Q3) → its first and last day. */
export function quarterBounds(quarter: string): { first: string; last: string } | null {
  const m = /^(\d{4})Q([1-4])$/.exec(quarter);
  if (!m) return null;
  const first = `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return { first, last: addDays(addMonths(first, 3), -1) };
}

/** A quarter can be rated once it has ended, and only within the years the platform holds records for. */
export function checkRatingQuarter(quarter: string, today: string): FieldIssue[] {
  const bounds = quarterBounds(quarter);
  if (!bounds || bounds.first < RECORD_MIN_DATE || bounds.last > MAX_DATE) return [{ field: 'quarter', code: 'INVALID_FORMAT' }];
  if (bounds.last >= today) return [{ field: 'quarter', code: 'QUARTER_NOT_ENDED', params: { quarter, last: bounds.last } }];
  return [];
}

/** The quarter before (2026Q1 → 2025Q4). */
export function previousQuarter(quarter: string): string {
  const y = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  return q === 1 ? `${y - 1}Q4` : `${y}Q${q - 1}`;
}
