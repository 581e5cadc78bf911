import { describe, expect, it } from 'vitest';
import { SCORING_STANDARD_V1 as V1, findItem } from './standard.js';
import {
  blacklistEntryFor,
  compareRanking,
  consecutiveCEntry,
  listStatusOn,
  previousQuarter,
  qualifiesForRedList,
  quarterBounds,
  rank,
  repairEligibility,
  type ListedRecord,
} from './lists.js';
import { expiryOf } from './score.js';

const rec = (points: number, from: string, months = 12, extra: Partial<ListedRecord> = {}): ListedRecord & { termMonths: number } => ({
  points,
  effectiveFrom: from,
  expiresOn: expiryOf(from, months),
  status: 'CONFIRMED',
  confirmedOn: from,
  termMonths: months,
  ...extra,
});
const commendation = (from: string) => rec(5, from, 12, { commendation: true });

describe('red list', () => {
  const asOf = '2026-09-30';
  it('needs grade AAA, a commendation in effect and no negative record in effect in the last 12 months', () => {
    expect(qualifiesForRedList('AAA', [commendation('2026-05-01')], asOf, V1)).toBe(true);
    expect(qualifiesForRedList('AA', [commendation('2026-05-01')], asOf, V1)).toBe(false);
    expect(qualifiesForRedList('AAA', [rec(5, '2026-05-01')], asOf, V1)).toBe(false); // G5 etc. are not commendations
    expect(qualifiesForRedList('AAA', [commendation('2025-05-01')], asOf, V1)).toBe(false); // expired 2026-04-30
  });

  it('a negative record that stopped counting within the 12 months still bars the firm; one before does not', () => {
    // In effect 2024-10-01 … 2025-09-30: the window is 2025-10-01 … 2026-09-30.
    expect(qualifiesForRedList('AAA', [commendation('2026-05-01'), rec(-3, '2024-10-01')], asOf, V1)).toBe(true);
    expect(qualifiesForRedList('AAA', [commendation('2026-05-01'), rec(-3, '2024-10-02')], asOf, V1)).toBe(false);
    // Repaired before the window: no longer in effect inside it.
    expect(
      qualifiesForRedList('AAA', [commendation('2026-05-01'), rec(-3, '2025-03-01', 12, { status: 'REPAIRED', repairedOn: '2025-10-01' })], asOf, V1),
    ).toBe(true);
    // Revoked records never bar.
    expect(qualifiesForRedList('AAA', [commendation('2026-05-01'), rec(-3, '2026-03-01', 12, { status: 'REVOKED' })], asOf, V1)).toBe(true);
  });
});

describe('black list', () => {
  it('B2 and serious records black-list for 3 years, B13 for 1 year, from the day they count', () => {
    expect(blacklistEntryFor(findItem(V1, 'B2')!, { effectiveFrom: '2026-02-10', confirmedOn: '2026-02-21' })).toEqual({
      from: '2026-02-21',
      until: '2029-02-20',
    });
    for (const code of ['B7', 'B8', 'B9', 'B12']) {
      expect(blacklistEntryFor(findItem(V1, code)!, { effectiveFrom: '2026-02-10', confirmedOn: '2026-02-10' })).toEqual({
        from: '2026-02-10',
        until: '2029-02-09',
      });
    }
    expect(blacklistEntryFor(findItem(V1, 'B13')!, { effectiveFrom: '2026-02-10', confirmedOn: '2026-02-10' })).toEqual({
      from: '2026-02-10',
      until: '2027-02-09',
    });
    expect(blacklistEntryFor(findItem(V1, 'B6')!, { effectiveFrom: '2026-02-10', confirmedOn: '2026-02-10' })).toBeNull();
  });

  it('grade C in two consecutive quarterly ratings black-lists for 1 year from publication', () => {
    expect(consecutiveCEntry(['B', 'C', 'C'], '2026-10-15', V1)).toEqual({ from: '2026-10-15', until: '2027-10-14' });
    expect(consecutiveCEntry(['C', 'B'], '2026-10-15', V1)).toBeNull();
    expect(consecutiveCEntry(['C', 'B', 'C'], '2026-10-15', V1)).toBeNull();
    expect(consecutiveCEntry(['C'], '2026-10-15', V1)).toBeNull();
    expect(consecutiveCEntry([null, 'C'], '2026-10-15', V1)).toBeNull();
  });

  it('black wins over red; an ended entry stops on its end date', () => {
    const red = { kind: 'RED' as const, from: '2026-10-01', until: '2026-12-31' };
    const black = { kind: 'BLACK' as const, from: '2026-11-01', until: '2027-10-31', endedOn: '2027-05-01' };
    expect(listStatusOn([red, black], '2026-10-15')).toEqual({ status: 'RED', until: '2026-12-31' });
    expect(listStatusOn([red, black], '2026-11-01')).toEqual({ status: 'BLACK', until: '2027-10-31' });
    expect(listStatusOn([red, black], '2027-04-30')).toEqual({ status: 'BLACK', until: '2027-10-31' });
    expect(listStatusOn([red, black], '2027-05-01')).toEqual({ status: 'NONE', until: null });
  });
});

describe('credit repair', () => {
  const oneYear = rec(-10, '2026-01-10', 12);
  const threeYears = rec(-18, '2026-01-10', 36);
  it('needs 3 months of publicity for a 1-year entry and 6 months for a 3-year entry', () => {
    expect(repairEligibility(oneYear, '2026-04-09', 0, '承诺', V1)).toEqual({ ok: false, reason: 'TOO_EARLY', earliest: '2026-04-10' });
    expect(repairEligibility(oneYear, '2026-04-10', 0, '承诺', V1)).toEqual({ ok: true });
    expect(repairEligibility(threeYears, '2026-07-09', 0, '承诺', V1)).toMatchObject({ ok: false, reason: 'TOO_EARLY', earliest: '2026-07-10' });
    expect(repairEligibility(threeYears, '2026-07-10', 0, '承诺', V1)).toEqual({ ok: true });
  });

  it('counts the period from confirmation when that came after the effective date', () => {
    const late = { ...oneYear, confirmedOn: '2026-02-01' };
    expect(repairEligibility(late, '2026-04-10', 0, '承诺', V1)).toMatchObject({ ok: false, earliest: '2026-05-01' });
  });

  it('needs all issues closed, a written commitment, a negative record still in effect', () => {
    expect(repairEligibility(oneYear, '2026-06-01', 2, '承诺', V1)).toEqual({ ok: false, reason: 'OPEN_ISSUES' });
    expect(repairEligibility(oneYear, '2026-06-01', 0, ' ', V1)).toEqual({ ok: false, reason: 'COMMITMENT_REQUIRED' });
    expect(repairEligibility(rec(5, '2026-01-10'), '2026-06-01', 0, '承诺', V1)).toEqual({ ok: false, reason: 'NOT_NEGATIVE' });
    expect(repairEligibility({ ...oneYear, status: 'EXPIRED' }, '2027-02-01', 0, '承诺', V1)).toEqual({ ok: false, reason: 'NOT_IN_EFFECT' });
    expect(repairEligibility(oneYear, '2027-01-10', 0, '承诺', V1)).toEqual({ ok: false, reason: 'NOT_IN_EFFECT' });
  });
});

describe('ranking', () => {
  it('orders by score, then fewer negative points, then more positive points, then USCC', () => {
    const rows = [
      { id: 'a', score: 85, negative: 5, positive: 10, uscc: '91B' },
      { id: 'b', score: 85, negative: 0, positive: 5, uscc: '91C' },
      { id: 'c', score: 90, negative: 10, positive: 20, uscc: '91Z' },
      { id: 'd', score: 85, negative: 5, positive: 12, uscc: '91D' },
      { id: 'e', score: 85, negative: 5, positive: 10, uscc: '91A' },
    ];
    expect(rank(rows).map((r) => [r.id, r.rank])).toEqual([
      ['c', 1],
      ['b', 2],
      ['d', 3],
      ['e', 4],
      ['a', 5],
    ]);
    expect(compareRanking(rows[0]!, rows[0]!)).toBe(0);
  });

  it('names quarters', () => {
    expect(quarterBounds('2026Q3')).toEqual({ first: '2026-07-01', last: '2026-09-30' });
    expect(quarterBounds('2026Q1')).toEqual({ first: '2026-01-01', last: '2026-03-31' });
    expect(quarterBounds('2026Q5')).toBeNull();
    expect(previousQuarter('2026Q1')).toBe('2025Q4');
    expect(previousQuarter('2026Q3')).toBe('2026Q2');
  });
});

describe('listing reasons in words', () => {
  it('names an item by the standard, the two rules by theirs, and leaves an unknown code as it is', async () => {
    const { listingReasonText, SCORING_STANDARD_V1 } = await import('./standard.js');
    expect(listingReasonText('B2', 'zh-CN', SCORING_STANDARD_V1)).toBe('拒不整改');
    expect(listingReasonText('B2', 'en', SCORING_STANDARD_V1)).toBe('refused to rectify');
    expect(listingReasonText('GRADE_C_TWICE', 'zh-CN', SCORING_STANDARD_V1)).toBe('连续两次评比为 C 级');
    expect(listingReasonText('RATING', 'en', SCORING_STANDARD_V1)).toBe('red list of a quarterly rating');
    expect(listingReasonText('Z9', 'en', SCORING_STANDARD_V1)).toBe('Z9');
    expect(listingReasonText(null, 'en', SCORING_STANDARD_V1)).toBeNull();
  });
});
