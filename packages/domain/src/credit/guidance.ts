import { addDays, addMonths } from '../dates.js';
import type { CreditGrade } from '../enums.js';
import type { FieldIssue, Locale } from '../field-errors.js';
import { text, type MessageKey } from '../messages.js';
import { countingStart } from './lists.js';
import { countsOn, standingOn, type CreditStanding, type ScoredRecord } from './score.js';
import type { CreditItem, ScoringStandard } from './standard.js';

/**
 * What a firm can do about its score (issue 15 item 3): the gap to the next grade, when each record in effect stops
 * counting and the score from that day, the positive items of the standard and the room left under the cap, and
 * everything that stands between a negative record and its credit repair. Pure: the API feeds it the firm's records.
 */

/** Grades from the lowest up: the next grade of one is the one after it. */
const ORDER: readonly CreditGrade[] = ['C', 'B', 'A', 'AA', 'AAA'];

export interface GradeGap {
  /** The next grade up; null at AAA, or while a veto record holds the grade at C. */
  next: CreditGrade | null;
  /** Points still needed to reach `next` (its lower threshold minus the score); null when `next` is null. */
  points: number | null;
  /** A veto record in effect caps the grade at C whatever the score. */
  vetoed: boolean;
}

/**
 * The next grade and how many points it takes. Below the B threshold a firm is C because a negative record is in
 * effect, and B once it reaches the B threshold; a B below the threshold (no negative record) needs the A threshold.
 */
export function nextGradeGap(standing: Pick<CreditStanding, 'score' | 'grade' | 'veto'>, s: Pick<ScoringStandard, 'grades'>): GradeGap {
  if (standing.veto) return { next: null, points: null, vetoed: true };
  const at = ORDER.indexOf(standing.grade);
  const next = ORDER[at + 1];
  if (next === undefined || next === 'C') return { next: null, points: null, vetoed: false };
  const threshold = s.grades[next as keyof ScoringStandard['grades']];
  return { next, points: Math.max(0, Math.round((threshold - standing.score) * 10) / 10), vetoed: false };
}

/** The first day a record counting on `asOf` no longer counts: the day after its term, or its repair day if earlier. */
export function stopsCountingOn(r: Pick<ScoredRecord, 'expiresOn' | 'repairedOn'>): string {
  return r.repairedOn != null && r.repairedOn <= r.expiresOn ? r.repairedOn : addDays(r.expiresOn, 1);
}

export interface ScoreChange<R> {
  record: R;
  /** First day the record no longer counts. */
  endsOn: string;
  /** Score and grade from that day, if no other record is added or repaired meanwhile. */
  score: number;
  grade: CreditGrade;
}

/**
 * Each record counting on `asOf`, soonest to stop first, with the score and grade the firm will have from the day it
 * stops (records already confirmed to start later are counted on their days too). `standardFor` picks the version in
 * force on a day.
 */
export function upcomingChanges<R extends ScoredRecord>(records: readonly R[], asOf: string, standardFor: (date: string) => ScoringStandard): ScoreChange<R>[] {
  const standings = new Map<string, CreditStanding>();
  return records
    .filter((r) => countsOn(r, asOf))
    .map((record) => ({ record, endsOn: stopsCountingOn(record) }))
    .sort((a, b) => (a.endsOn < b.endsOn ? -1 : a.endsOn > b.endsOn ? 1 : a.record.points - b.record.points))
    .map(({ record, endsOn }) => {
      let st = standings.get(endsOn);
      if (!st) standings.set(endsOn, (st = standingOn(records, endsOn, standardFor(endsOn))));
      return { record, endsOn, score: st.score, grade: st.grade };
    });
}

export interface PositiveItemOutlook {
  item: CreditItem;
  /** Records of the item counting on the date. */
  inEffect: number;
  /** How many more records of the item may count at once (G6: 3 in effect); null when unlimited. */
  moreAllowed: number | null;
}

/** The positive items of the standard for firms, with how many of each the firm holds on the date. */
export function positiveItemsOutlook(records: readonly (ScoredRecord & { itemCode: string })[], asOf: string, s: ScoringStandard): PositiveItemOutlook[] {
  return s.items
    .filter((i) => i.subject === 'ENTERPRISE' && i.points > 0)
    .map((item) => {
      const inEffect = records.filter((r) => r.itemCode === item.code && countsOn(r, asOf)).length;
      return { item, inEffect, moreAllowed: item.maxInEffect == null ? null : Math.max(0, item.maxInEffect - inEffect) };
    });
}

/** How a firm earns a positive item, in the reader's language (a code without its own words gets the general one). */
export function howEarned(code: string, locale: Locale): string {
  return text(HOW_EARNED[code] ?? 'credit.howEarned.other', locale);
}

const HOW_EARNED: Partial<Record<string, MessageKey>> = {
  G1: 'credit.howEarned.countyCommendation',
  G2: 'credit.howEarned.cityCommendation',
  G3: 'credit.howEarned.provinceCommendation',
  G4: 'credit.howEarned.nationalCommendation',
  G5: 'credit.howEarned.topTen',
  G6: 'credit.howEarned.satisfaction',
  G7: 'credit.howEarned.modelCommunity',
  G8: 'credit.howEarned.oldCommunity',
};

/** Positive points that can still raise the score: the cap minus the positive points in effect, never below 0. */
export function positiveRoom(standing: Pick<CreditStanding, 'positive'>, s: Pick<ScoringStandard, 'positiveCap'>): number {
  return Math.max(0, s.positiveCap - standing.positive);
}

export interface RepairOutlook {
  /** First day the minimum publicity period allows an application; null when the record cannot be repaired at all. */
  earliest: string | null;
  /** Every rule that stops an application today, in the order the command checks them; empty when it may be filed. */
  blockers: FieldIssue[];
}

/**
 * Everything that stops a repair application for a record today (the commitment aside, written when applying): not a
 * negative record, not confirmed and in effect, the minimum publicity period (3 months for a term up to a year, else
 * 6, from the day it started counting), open issues of the firm, an application already pending. Unlike the command,
 * which refuses with the first, it lists them all so the firm sees the whole way to repair at once.
 */
export function repairOutlook(
  record: ScoredRecord & { termMonths: number },
  today: string,
  openIssues: number,
  pendingApplication: boolean,
  s: ScoringStandard,
): RepairOutlook {
  if (record.points >= 0) return { earliest: null, blockers: [{ field: 'recordId', code: 'REPAIR_NOT_NEGATIVE' }] };
  if (record.status !== 'CONFIRMED' || !countsOn(record, today)) return { earliest: null, blockers: [{ field: 'recordId', code: 'NOT_IN_EFFECT' }] };
  const months = record.termMonths <= 12 ? s.repairMinMonths.upTo12Months : s.repairMinMonths.longer;
  const earliest = addMonths(countingStart(record), months);
  const blockers: FieldIssue[] = [];
  if (today < earliest) blockers.push({ field: 'recordId', code: 'REPAIR_TOO_EARLY', params: { earliest } });
  if (openIssues > 0) blockers.push({ field: 'openIssues', code: 'OPEN_ISSUES', params: { count: openIssues } });
  if (pendingApplication) blockers.push({ field: 'recordId', code: 'ALREADY_PENDING' });
  return { earliest, blockers };
}
