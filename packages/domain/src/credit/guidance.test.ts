import { describe, expect, it } from 'vitest';
import { messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import { creditRecordActions, type RecordFacts } from './actions.js';
import { howEarned, nextGradeGap, positiveItemsOutlook, positiveRoom, repairOutlook, stopsCountingOn, upcomingChanges } from './guidance.js';
import { expiryOf, standingOn, type ScoredRecord } from './score.js';
import { SCORING_STANDARD_V1 as V1 } from './standard.js';

type Rec = ScoredRecord & { itemCode: string; termMonths: number };
/** A confirmed record effective on `from` for `months`, confirmed the same day unless told. */
const rec = (itemCode: string, points: number, from: string, months = 12, extra: Partial<Rec> = {}): Rec => ({
  itemCode,
  points,
  termMonths: months,
  effectiveFrom: from,
  expiresOn: expiryOf(from, months),
  status: 'CONFIRMED',
  confirmedOn: from,
  ...extra,
});
const gapOf = (score: number, grade: Parameters<typeof nextGradeGap>[0]['grade'], veto = false) => nextGradeGap({ score, grade, veto }, V1);

describe('the gap to the next grade', () => {
  it('counts the points to the next threshold, at each threshold boundary', () => {
    expect(gapOf(84, 'AA')).toEqual({ next: 'AAA', points: 1, vetoed: false });
    expect(gapOf(80, 'AA')).toEqual({ next: 'AAA', points: 5, vetoed: false });
    expect(gapOf(79, 'A')).toEqual({ next: 'AA', points: 1, vetoed: false });
    expect(gapOf(70, 'A')).toEqual({ next: 'AA', points: 10, vetoed: false });
    expect(gapOf(69, 'B')).toEqual({ next: 'A', points: 1, vetoed: false });
    expect(gapOf(60, 'B')).toEqual({ next: 'A', points: 10, vetoed: false });
  });

  it('below 60: C needs the B threshold; a B without negative records needs the A threshold', () => {
    expect(gapOf(59, 'C')).toEqual({ next: 'B', points: 1, vetoed: false });
    expect(gapOf(42, 'C')).toEqual({ next: 'B', points: 18, vetoed: false });
    expect(gapOf(55, 'B')).toEqual({ next: 'A', points: 15, vetoed: false });
  });

  it('AAA has no next grade; a veto in effect holds the grade whatever the score', () => {
    expect(gapOf(85, 'AAA')).toEqual({ next: null, points: null, vetoed: false });
    expect(gapOf(75, 'C', true)).toEqual({ next: null, points: null, vetoed: true });
  });

  it('agrees with gradeOf: adding exactly the gap reaches the next grade, one point less does not', () => {
    const records = [rec('B1', -5, '2026-03-01'), rec('B6', -10, '2026-04-01')];
    const st = standingOn(records, '2026-11-15', V1);
    expect([st.score, st.grade]).toEqual([65, 'B']);
    const gap = gapOf(st.score, st.grade);
    const plus = (n: number) => standingOn([...records, rec('G2', n, '2026-11-01')], '2026-11-15', V1).grade;
    expect(plus(gap.points!)).toBe(gap.next);
    expect(plus(gap.points! - 1)).toBe('B');
  });
});

describe('when records stop counting', () => {
  it('the day after the last day of the term, or the repair day', () => {
    expect(stopsCountingOn({ expiresOn: '2027-03-14', repairedOn: null })).toBe('2027-03-15');
    expect(stopsCountingOn({ expiresOn: '2027-03-14', repairedOn: '2026-12-01' })).toBe('2026-12-01');
  });

  it('lists each record in effect, soonest first, with the score and grade from that day', () => {
    const b1 = rec('B1', -5, '2026-01-10');
    const b6 = rec('B6', -10, '2026-06-01');
    const g1 = rec('G1', 3, '2026-02-01');
    const expired = rec('B3', -5, '2025-01-01');
    const later = rec('G2', 5, '2027-01-05');
    const changes = upcomingChanges([b1, b6, g1, expired, later], '2026-11-15', () => V1);
    expect(changes.map((c) => [c.record.itemCode, c.endsOn, c.score, c.grade])).toEqual([
      // 80 − 5 − 10 + 3 = 68 today; B1 ends 2027-01-10 (G2 has started by then): 80 − 10 + 3 + 5 = 78.
      ['B1', '2027-01-10', 78, 'A'],
      ['G1', '2027-02-01', 75, 'A'],
      ['B6', '2027-06-01', 85, 'AAA'],
    ]);
  });

  it('the last day in effect still counts; records ending the same day share the score', () => {
    const a = rec('B1', -5, '2026-01-10');
    const b = rec('B3', -5, '2026-01-10');
    expect(upcomingChanges([a, b], '2027-01-09', () => V1).map((c) => [c.endsOn, c.score])).toEqual([
      ['2027-01-10', 80],
      ['2027-01-10', 80],
    ]);
    expect(upcomingChanges([a, b], '2027-01-10', () => V1)).toEqual([]);
  });

  it('a veto record holds C until it stops', () => {
    const b8 = rec('B8', -18, '2026-01-10', 36, { veto: true });
    const [change] = upcomingChanges([b8], '2026-11-15', () => V1);
    expect([change!.endsOn, change!.grade]).toEqual(['2029-01-10', 'AA']);
  });
});

describe('positive items', () => {
  it('lists G1–G8 with the records held, and the room left under G6’s limit of 3', () => {
    const g6 = (from: string) => rec('G6', 3, from);
    const outlook = positiveItemsOutlook([g6('2026-01-01'), g6('2026-02-01'), rec('G1', 3, '2025-01-01')], '2026-11-15', V1);
    expect(outlook.map((o) => o.item.code)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8']);
    expect(outlook.find((o) => o.item.code === 'G6')).toMatchObject({ inEffect: 2, moreAllowed: 1 });
    expect(outlook.find((o) => o.item.code === 'G1')).toMatchObject({ inEffect: 0, moreAllowed: null });
  });

  it('says how each is earned, in both languages', () => {
    for (const o of positiveItemsOutlook([], '2026-11-15', V1)) {
      expect(howEarned(o.item.code, 'zh-CN')).not.toBe(howEarned('X9', 'zh-CN'));
      expect(howEarned(o.item.code, 'en')).not.toBe(howEarned('X9', 'en'));
    }
    expect(howEarned('G6', 'en')).toContain('90%');
  });

  it('room under the positive cap: 40 − positive, never below 0', () => {
    expect(positiveRoom({ positive: 0 }, V1)).toBe(40);
    expect(positiveRoom({ positive: 39 }, V1)).toBe(1);
    expect(positiveRoom({ positive: 40 }, V1)).toBe(0);
    expect(positiveRoom({ positive: 45 }, V1)).toBe(0);
  });
});

describe('the way to credit repair', () => {
  // A one-year record counting from 2026-01-21 (confirmed after its objection window): three months first.
  const b1 = rec('B1', -5, '2026-01-10', 12, { confirmedOn: '2026-01-21' });
  const b2 = rec('B2', -20, '2026-01-10', 36, { confirmedOn: '2026-01-21' });

  it('earliest day at the boundary: 3 months for up to a year, 6 for longer', () => {
    expect(repairOutlook(b1, '2026-04-20', 0, false, V1)).toEqual({
      earliest: '2026-04-21',
      blockers: [{ field: 'recordId', code: 'REPAIR_TOO_EARLY', params: { earliest: '2026-04-21' } }],
    });
    expect(repairOutlook(b1, '2026-04-21', 0, false, V1)).toEqual({ earliest: '2026-04-21', blockers: [] });
    expect(repairOutlook(b2, '2026-07-20', 0, false, V1).blockers.map((b) => b.code)).toEqual(['REPAIR_TOO_EARLY']);
    expect(repairOutlook(b2, '2026-07-21', 0, false, V1)).toEqual({ earliest: '2026-07-21', blockers: [] });
  });

  it('lists every blocker at once: too early, open issues, a pending application', () => {
    expect(repairOutlook(b1, '2026-03-01', 2, true, V1).blockers.map((b) => b.code)).toEqual(['REPAIR_TOO_EARLY', 'OPEN_ISSUES', 'ALREADY_PENDING']);
    expect(repairOutlook(b1, '2026-05-01', 1, false, V1).blockers).toEqual([{ field: 'openIssues', code: 'OPEN_ISSUES', params: { count: 1 } }]);
  });

  it('a positive, expired or unconfirmed record has no earliest day', () => {
    expect(repairOutlook({ ...b1, points: 3 }, '2026-05-01', 0, false, V1)).toEqual({
      earliest: null,
      blockers: [{ field: 'recordId', code: 'REPAIR_NOT_NEGATIVE' }],
    });
    expect(repairOutlook(b1, '2027-01-10', 0, false, V1).earliest).toBeNull();
    expect(repairOutlook({ ...b1, status: 'PUBLICIZING', confirmedOn: null }, '2026-05-01', 0, false, V1).blockers.map((b) => b.code)).toEqual([
      'NOT_IN_EFFECT',
    ]);
  });

  it('the firm’s APPLY_REPAIR action carries all the reasons and the earliest day', () => {
    const firm: Principal = { userId: '9', role: 'ENTERPRISE', enterpriseId: '7' };
    const facts: RecordFacts = { ...b1, proposedBy: '1', objectionDeadline: '2026-01-20', enterpriseId: '7' };
    const [early] = creditRecordActions(facts, firm, '2026-03-01', { openIssues: 2, pendingApplication: false, standard: V1 });
    expect(early).toMatchObject({ action: 'APPLY_REPAIR', available: false, availableFrom: '2026-04-21' });
    expect(early!.reasons!.map((r) => messageFor(r, 'en'))).toEqual([expect.stringContaining('2026-04-21'), expect.stringContaining('2 ')]);
    const [late] = creditRecordActions(facts, firm, '2026-05-01', { openIssues: 2, pendingApplication: false, standard: V1 });
    expect(late).toMatchObject({ available: false, availableFrom: null });
    const [open] = creditRecordActions(facts, firm, '2026-05-01', { openIssues: 0, pendingApplication: false, standard: V1 });
    expect(open).toMatchObject({ available: true, reasons: [], availableFrom: null });
  });
});
