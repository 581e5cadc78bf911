import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate } from './dates.js';
import { maskName, maskPhone } from './masking.js';
import { CREDIT_RECORD_STATUSES, transition, type CreditRecordEvent, type LifecycleRecord } from './credit/lifecycle.js';
import { compareRanking, quarterBounds, rank, type Rankable } from './credit/lists.js';
import { changeFrom, compareWithTarget, isImprovement, kpiValue, ratio } from './kpi/formulas.js';
import { validateUscc } from './uscc.js';

/**
 * Property-based tests over the rules not covered by properties elsewhere (score and grade: credit/score.test.ts;
 * issue state machine and clocks: closed-loop/*.test.ts; USCC check character: uscc.test.ts).
 */
const arbDate = fc.integer({ min: 0, max: 365 * 8 }).map((d) => addDays('2022-01-01', d));

describe('credit record lifecycle (docs/product.md §5)', () => {
  const arbEvent: fc.Arbitrary<CreditRecordEvent> = fc.oneof(
    fc.record({ type: fc.constant('PUBLICIZE' as const), today: arbDate, objectionDays: fc.integer({ min: 1, max: 30 }) }),
    fc.record({ type: fc.constant('OBJECT' as const), today: arbDate }),
    fc.record({ type: fc.constant('AUTO_CONFIRM' as const), today: arbDate }),
    fc.record({ type: fc.constant('DECIDE' as const), today: arbDate, reviewerId: fc.constantFrom('1', '2', '3'), uphold: fc.boolean() }),
    fc.record({ type: fc.constant('REVOKE' as const), today: arbDate, reason: fc.oneof(fc.constant(''), fc.constant('  '), fc.string()) }),
    fc.record({ type: fc.constant('EXPIRE' as const), today: arbDate }),
    fc.record({ type: fc.constant('REPAIR' as const), today: arbDate }),
  );
  const arbRecord: fc.Arbitrary<LifecycleRecord> = fc.record({
    status: fc.constantFrom(...CREDIT_RECORD_STATUSES),
    proposedBy: fc.constantFrom(null, '1', '2'),
    objectionDeadline: fc.option(arbDate, { nil: null }),
    expiresOn: arbDate,
  });

  it('every event sequence keeps a known status; REVOKED and REPAIRED are final; a refusal changes nothing', () => {
    fc.assert(
      fc.property(arbRecord, fc.array(arbEvent, { maxLength: 20 }), (start, events) => {
        let r = { ...start };
        for (const e of events) {
          const before = r.status;
          const t = transition(r, e);
          if (!t.ok) {
            expect(t.from).toBe(before);
            continue;
          }
          expect(CREDIT_RECORD_STATUSES).toContain(t.change.status);
          expect(['REVOKED', 'REPAIRED']).not.toContain(before);
          r = { ...r, status: t.change.status, objectionDeadline: t.change.objectionDeadline ?? r.objectionDeadline };
        }
      }),
    );
  });

  it('a reviewer never decides their own proposal; an objection is never accepted after the deadline', () => {
    fc.assert(
      fc.property(arbRecord, arbEvent, (r, e) => {
        const t = transition(r, e);
        if (e.type === 'DECIDE' && r.proposedBy === e.reviewerId) expect(t.ok).toBe(false);
        if (e.type === 'OBJECT' && r.objectionDeadline && e.today > r.objectionDeadline) expect(t.ok).toBe(false);
        if (e.type === 'REVOKE' && e.reason.trim() === '') expect(t.ok).toBe(false);
        if (t.ok && t.change.confirmedOn) expect(isIsoDate(t.change.confirmedOn)).toBe(true);
      }),
    );
  });
});

describe('ranking (docs/product.md §5, quarterly rating)', () => {
  const arbRow: fc.Arbitrary<Rankable> = fc.record({
    score: fc.integer({ min: 0, max: 120 }),
    positive: fc.integer({ min: 0, max: 40 }),
    negative: fc.integer({ min: 0, max: 80 }),
    uscc: fc.stringMatching(/^[0-9A-Z]{18}$/),
  });
  const unique = fc.uniqueArray(arbRow, { selector: (r) => r.uscc, maxLength: 40 });

  it('is a total order: the same ranks whatever the input order, 1..n without gaps', () => {
    fc.assert(
      fc.property(unique, fc.func(fc.integer()), (rows, key) => {
        const shuffled = [...rows].sort((a, b) => key(a.uscc) - key(b.uscc));
        expect(rank(shuffled).map((r) => r.uscc)).toEqual(rank(rows).map((r) => r.uscc));
        expect(rank(rows).map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
      }),
    );
  });

  it('a higher score always ranks first; ties go to fewer negative, then more positive points', () => {
    fc.assert(
      fc.property(arbRow, arbRow, (a, b) => {
        fc.pre(a.uscc !== b.uscc);
        const c = compareRanking(a, b);
        expect(Math.sign(c)).toBe(-Math.sign(compareRanking(b, a)));
        if (a.score !== b.score) expect(c < 0).toBe(a.score > b.score);
        else if (a.negative !== b.negative) expect(c < 0).toBe(a.negative < b.negative);
      }),
    );
  });

  it('quarter labels: valid ones give a 3-month range, anything else null', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 4 }), (y, q) => {
        const b = quarterBounds(`${y}Q${q}`)!;
        expect(b.first < b.last).toBe(true);
        expect(addDays(b.last, 1).slice(5, 10)).toMatch(/^(01|04|07|10)-01$/);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        fc.pre(!/^\d{4}Q[1-4]$/.test(s));
        expect(quarterBounds(s)).toBeNull();
      }),
    );
  });
});

describe('KPI formulas (docs/product.md §6)', () => {
  const count = fc.integer({ min: 0, max: 1_000_000 });

  it('a ratio of a part to its whole is in [0, 1]; no denominator is no data, never NaN or Infinity', () => {
    fc.assert(
      fc.property(count, count, (a, b) => {
        const [part, whole] = a <= b ? [a, b] : [b, a];
        const r = ratio(part, whole);
        if (whole === 0) expect(r).toBeNull();
        else expect(r! >= 0 && r! <= 1).toBe(true);
        expect(kpiValue({ kind: 'RATIO' }, part, whole)).toBe(r);
        expect(kpiValue({ kind: 'COUNT' }, part, whole)).toBe(part);
      }),
    );
    fc.assert(fc.property(fc.option(count, { nil: null }), (n) => ratio(n, null) === null && ratio(null, n) === null));
  });

  it('target status follows the direction; a change is an improvement exactly in the KPI’s direction', () => {
    const arbValue = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(arbValue, arbValue, fc.double({ min: 0, max: 1, noNaN: true }), (value, previous, target) => {
        const higher = compareWithTarget({ target, direction: 'HIGHER_IS_BETTER' }, value);
        const lower = compareWithTarget({ target, direction: 'LOWER_IS_BETTER' }, value);
        if (value == null) expect([higher, lower]).toEqual(['NO_DATA', 'NO_DATA']);
        else if (Math.round(value * 10_000) / 10_000 !== target) expect(higher === 'MET').not.toBe(lower === 'MET');
        const change = changeFrom(value, previous);
        if (value == null || previous == null) expect(change).toBeNull();
        else {
          expect(change).toBeCloseTo(value - previous);
          const up = isImprovement({ direction: 'HIGHER_IS_BETTER' }, change);
          const down = isImprovement({ direction: 'LOWER_IS_BETTER' }, change);
          if (change !== 0) expect(up).toBe(!down);
          else expect([up, down]).toEqual([null, null]);
        }
      }),
    );
  });
});

describe('masking (docs/product.md §1)', () => {
  it('a masked phone never shows more than its first 3 and last 4 characters, and keeps its length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (phone) => {
        const m = maskPhone(phone);
        expect(m).toHaveLength(11);
        expect(m.slice(3, 7)).toBe('****');
        expect(m.slice(0, 3) + m.slice(7)).toBe(phone.slice(0, 3) + phone.slice(7));
      }),
    );
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (s) => maskPhone(s).length === s.trim().length && (s.trim().length < 8 || maskPhone(s).includes('*'))));
  });

  it('a masked name keeps only its first character, for any unicode input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), (name) => {
        const chars = Array.from(name.trim());
        fc.pre(chars.length > 0);
        const m = maskName(name);
        expect(
          Array.from(m)
            .slice(1)
            .every((c) => c === '*'),
        ).toBe(true);
        if (chars.length > 1) expect(Array.from(m)[0]).toBe(chars[0]);
      }),
    );
  });
});

describe('USCC on arbitrary input', () => {
  it('never throws, and what it accepts is normalised to 18 characters of the code alphabet', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[0-9A-Z]{18}$/), fc.constant('91330100MA00000ﬀA')), (s) => {
        const r = validateUscc(s);
        // Unicode case folding may turn one character into two (ﬀ → FF): the normalised value is what gets stored.
        if (r.ok) expect(r.value).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
      }),
    );
  });
});
