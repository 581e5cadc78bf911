import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../dates.js';
import { breakdownOn, countsOn, expiryOf, gradeOf, scoreOf, scoreSeries, standingOn, type ScoredRecord } from './score.js';
import { SCORING_STANDARD_V1 as V1, checkScoringStandard, findItem, standardOn } from './standard.js';

/** A confirmed record effective on `from` for `months` (confirmed the same day unless told). */
const rec = (points: number, from = '2026-01-10', months = 12, extra: Partial<ScoredRecord> = {}): ScoredRecord => ({
  points,
  effectiveFrom: from,
  expiresOn: expiryOf(from, months),
  status: 'CONFIRMED',
  confirmedOn: from,
  ...extra,
});
const on = (records: ScoredRecord[], date = '2026-06-01') => standingOn(records, date, V1);

describe('standard v1 (docs/product.md §5)', () => {
  it('has the base, cap, floor and thresholds of the product spec', () => {
    expect([V1.base, V1.positiveCap, V1.floor, V1.objectionDays]).toEqual([80, 40, 0, 10]);
    expect(V1.grades).toEqual({ AAA: 85, AA: 80, A: 70, B: 60 });
  });

  it('lists G1–G8 and B1–B14 with their points, terms and flags', () => {
    const table = Object.fromEntries(V1.items.map((i) => [i.code, [i.points, i.termMonths, i.serious, i.veto, i.blacklistMonths]]));
    expect(table).toMatchObject({
      G1: [3, 12, false, false, null],
      G2: [5, 12, false, false, null],
      G3: [8, 24, false, false, null],
      G4: [10, 24, false, false, null],
      G5: [5, 12, false, false, null],
      G6: [3, 12, false, false, null],
      G7: [5, 12, false, false, null],
      G8: [3, 12, false, false, null],
      B1: [-5, 12, false, false, null],
      B2: [-20, 36, false, false, 36],
      B3: [-5, 12, false, false, null],
      B4: [-5, 12, false, false, null],
      B5: [-3, 12, false, false, null],
      B6: [-10, 12, false, false, null],
      B7: [-18, 36, true, false, 36],
      B8: [-18, 36, true, true, 36],
      B9: [-18, 36, true, true, 36],
      B10: [-5, 12, false, false, null],
      B11: [-5, 12, false, false, null],
      B12: [-18, 36, true, false, 36],
      B13: [-10, 12, false, false, 12],
      B14: [-5, 12, false, false, null],
      MB1: [-10, 12, false, false, null],
      MG1: [3, 12, false, false, null],
      MG2: [5, 12, false, false, null],
      MG3: [10, 24, false, false, null],
      MG4: [15, 24, false, false, null],
    });
    expect(findItem(V1, 'G6')!.maxInEffect).toBe(3);
    expect(V1.items.filter((i) => i.subject === 'MANAGER').map((i) => i.code)).toEqual(['B11', 'MB1', 'MG1', 'MG2', 'MG3', 'MG4']);
    expect(V1.items.filter((i) => i.commendation && i.subject === 'ENTERPRISE').map((i) => i.code)).toEqual(['G1', 'G2', 'G3', 'G4']);
    expect(checkScoringStandard(V1)).toEqual([]);
  });

  it('is frozen: a change must be a new version', () => {
    expect(Object.isFrozen(V1) && Object.isFrozen(V1.items[0])).toBe(true);
  });

  it('picks the version in force on a date', () => {
    const v2 = { ...V1, version: 2, effectiveFrom: '2027-01-01' };
    expect(standardOn([v2, V1], '2026-12-31').version).toBe(1);
    expect(standardOn([v2, V1], '2027-01-01').version).toBe(2);
    expect(standardOn([v2, V1], '2020-01-01').version).toBe(1);
  });

  it('refuses an inconsistent new version, naming the path', () => {
    const bad = { ...V1, grades: { AAA: 80, AA: 85, A: 70, B: 60 }, items: [{ ...V1.items[0]!, code: 'x' }] };
    expect(checkScoringStandard(bad).map((i) => i.field)).toEqual(['grades', 'items.0.code']);
  });
});

describe('score', () => {
  it('is base 80 with no records, grade AA', () => {
    expect(on([])).toMatchObject({ score: 80, grade: 'AA', positive: 0, negative: 0, standardVersion: 1 });
  });

  it('adds positive points up to the cap of 40 and deducts negatives after the cap', () => {
    expect(scoreOf(39, 0, V1)).toBe(119);
    expect(scoreOf(40, 0, V1)).toBe(120);
    expect(scoreOf(41, 0, V1)).toBe(120);
    expect(scoreOf(55, 10, V1)).toBe(110); // 80 + 40 − 10, not 80 + 45
    const fifteenCommendations = Array.from({ length: 15 }, () => rec(3));
    expect(on(fifteenCommendations)).toMatchObject({ score: 120, positive: 45 });
  });

  it('is floored at 0', () => {
    expect(scoreOf(0, 80, V1)).toBe(0);
    expect(scoreOf(0, 81, V1)).toBe(0);
    expect(
      on([rec(-18, '2026-01-10', 36), rec(-18, '2026-01-10', 36), rec(-18, '2026-01-10', 36), rec(-18, '2026-01-10', 36), rec(-20, '2026-01-10', 36)]).score,
    ).toBe(0);
  });
});

describe('grade boundaries', () => {
  it.each([
    [85, 'AAA'],
    [84.9, 'AA'],
    [84, 'AA'],
    [80, 'AA'],
    [79.9, 'A'],
    [79, 'A'],
    [70, 'A'],
    [69.9, 'B'],
    [69, 'B'],
    [60, 'B'],
  ] as const)('score %s → %s (with a negative in effect)', (score, grade) => {
    expect(gradeOf(score, true, false, V1)).toBe(grade);
    expect(gradeOf(score, false, false, V1)).toBe(grade);
  });

  it('below 60 is B without a negative record in effect and C with one', () => {
    expect(gradeOf(59, false, false, V1)).toBe('B');
    expect(gradeOf(59, true, false, V1)).toBe('C');
    expect(gradeOf(0, true, false, V1)).toBe('C');
    // A standard whose base is below 60 shows the B side with real records: 55 with only a commendation is B.
    const low = { ...V1, base: 50 };
    expect(standingOn([rec(3)], '2026-06-01', low)).toMatchObject({ score: 53, grade: 'B' });
    expect(standingOn([rec(3), rec(-1)], '2026-06-01', low)).toMatchObject({ score: 52, grade: 'C' });
  });

  it('hand-computed standings across the boundaries', () => {
    expect(on([rec(5)])).toMatchObject({ score: 85, grade: 'AAA' }); // 80 + 5
    expect(on([rec(5), rec(-3)])).toMatchObject({ score: 82, grade: 'AA' });
    expect(on([rec(-10)])).toMatchObject({ score: 70, grade: 'A' });
    expect(on([rec(-5), rec(-5), rec(-1)])).toMatchObject({ score: 69, grade: 'B' });
    expect(on([rec(-20)])).toMatchObject({ score: 60, grade: 'B' });
    expect(on([rec(-18), rec(-3)])).toMatchObject({ score: 59, grade: 'C' });
  });

  it('a veto record in effect caps the grade at C whatever the score', () => {
    expect(gradeOf(120, true, true, V1)).toBe('C');
    expect(on([rec(40), rec(-18, '2026-01-10', 36, { veto: true })])).toMatchObject({ score: 102, grade: 'C', veto: true });
    // Once the veto record stops counting, the grade follows the score again.
    const vetoed = rec(-18, '2023-01-10', 36, { veto: true });
    expect(on([rec(40), vetoed], '2026-01-09')).toMatchObject({ grade: 'C' });
    expect(on([rec(40, '2026-01-10'), vetoed], '2026-01-10')).toMatchObject({ score: 120, grade: 'AAA', veto: false });
  });
});

describe('when a record counts', () => {
  const r = rec(-10, '2026-03-15', 12);

  it('expires on the last day of its term', () => {
    expect(r.expiresOn).toBe('2027-03-14');
    expect(expiryOf('2026-01-31', 1)).toBe('2026-02-27');
    expect(expiryOf('2024-02-29', 12)).toBe('2025-02-27');
    expect(expiryOf('2026-03-15', 36)).toBe('2029-03-14');
  });

  it('counts from the first day of its term through the last, not a day outside', () => {
    expect(countsOn(r, '2026-03-14')).toBe(false);
    expect(countsOn(r, '2026-03-15')).toBe(true);
    expect(countsOn(r, '2027-03-14')).toBe(true);
    expect(countsOn(r, '2027-03-15')).toBe(false);
    expect(on([r], '2026-03-14').score).toBe(80);
    expect(on([r], '2026-03-15').score).toBe(70);
    expect(on([r], '2027-03-14').score).toBe(70);
    expect(on([r], '2027-03-15').score).toBe(80);
  });

  it('counts only from its confirmation: as of a date before it the score ignores it', () => {
    const late = { ...r, confirmedOn: '2026-04-01' };
    expect(on([late], '2026-03-31').score).toBe(80);
    expect(on([late], '2026-04-01').score).toBe(70);
    // The term still runs from the effective date.
    expect(countsOn(late, '2027-03-15')).toBe(false);
  });

  it('never counts while proposed, publicized or objected', () => {
    for (const status of ['PROPOSED', 'PUBLICIZING', 'OBJECTED'] as const) {
      expect(countsOn({ ...r, status, confirmedOn: null }, '2026-06-01')).toBe(false);
    }
  });

  it('a revoked record never counts, for any date', () => {
    const revoked = { ...r, status: 'REVOKED' as const };
    expect(countsOn(revoked, '2026-06-01')).toBe(false);
    expect(on([revoked, rec(2)], '2026-06-01').score).toBe(82);
  });

  it('a repaired record stops counting on its repair date', () => {
    const repaired = { ...r, status: 'REPAIRED' as const, repairedOn: '2026-09-20' };
    expect(on([repaired], '2026-09-19').score).toBe(70);
    expect(on([repaired], '2026-09-20').score).toBe(80);
  });

  it('an expired record still counts for dates inside its term', () => {
    const expired = { ...r, status: 'EXPIRED' as const };
    expect(on([expired], '2026-12-01').score).toBe(70);
    expect(on([expired], '2027-06-01').score).toBe(80);
  });

  it('the breakdown holds exactly the records counting on the date', () => {
    const a = rec(3, '2026-01-01');
    const b = rec(-5, '2026-05-01');
    expect(breakdownOn([a, b], '2026-02-01')).toEqual([a]);
    expect(breakdownOn([a, b], '2026-05-01')).toEqual([a, b]);
  });
});

describe('score series', () => {
  it('steps exactly where records start and stop counting', () => {
    const records = [rec(-10, '2026-03-15', 12), { ...rec(5, '2026-02-01', 12), status: 'REPAIRED' as const, repairedOn: '2026-05-01' }];
    expect(scoreSeries(records, '2026-01-01', '2027-12-31', () => V1)).toEqual([
      { date: '2026-01-01', score: 80, grade: 'AA' },
      { date: '2026-02-01', score: 85, grade: 'AAA' },
      { date: '2026-03-15', score: 75, grade: 'A' },
      { date: '2026-05-01', score: 70, grade: 'A' },
      { date: '2027-03-15', score: 80, grade: 'AA' },
      { date: '2027-12-31', score: 80, grade: 'AA' },
    ]);
  });
});

describe('properties', () => {
  const arbRecord = fc
    .record({
      points: fc.integer({ min: -20, max: 15 }),
      from: fc.integer({ min: 0, max: 900 }),
      months: fc.constantFrom(12, 24, 36),
      veto: fc.boolean(),
    })
    .map(({ points, from, months, veto }): ScoredRecord => {
      const f = addMonths('2024-01-01', Math.floor(from / 30));
      return rec(points, f, months, { veto });
    });
  const arbDate = fc.integer({ min: 0, max: 60 }).map((m) => addMonths('2024-01-15', m));

  it('the score always lies in [0, 120]', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 40 }), arbDate, (records, date) => {
        const { score } = on(records, date);
        return score >= 0 && score <= 120;
      }),
    );
  });

  it('adding a positive record never lowers the score, and never raises it past the cap', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 30 }), fc.integer({ min: 1, max: 15 }), (records, points) => {
        const before = on(records);
        const after = on([...records, rec(points, '2026-01-10')]);
        return after.score >= before.score && after.score - before.score <= points && after.positive === before.positive + points;
      }),
    );
  });

  it('the grade is C whenever a veto record is in effect, and never C without a negative', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 30 }), arbDate, (records, date) => {
        const st = on(records, date);
        if (st.veto) return st.grade === 'C';
        return st.negative > 0 || st.grade !== 'C';
      }),
    );
  });
});

describe('department remit', () => {
  it('a department proposes only the items its remit covers; B13 any department', async () => {
    const { departmentMayPropose } = await import('./standard.js');
    const fees = ['ELEVATOR', 'FEES'];
    expect(departmentMayPropose(findItem(V1, 'B7')!, fees)).toBe(true);
    expect(departmentMayPropose(findItem(V1, 'B8')!, fees)).toBe(false);
    expect(departmentMayPropose(findItem(V1, 'B9')!, fees)).toBe(true);
    expect(departmentMayPropose(findItem(V1, 'B13')!, [])).toBe(true);
    expect(departmentMayPropose(findItem(V1, 'G1')!, fees)).toBe(false);
    expect(departmentMayPropose(findItem(V1, 'B1')!, fees)).toBe(false);
  });
});
