import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrears, collection, incomeComparison, leaseInForce, LEASING_POLICY_V1 as V1, occupancy, rateBp, sameDayLastYear } from './index.js';

describe('rates in basis points', () => {
  it('round half up and are null with nothing to divide by', () => {
    expect(rateBp(1, 3)).toBe(3333);
    expect(rateBp(2, 3)).toBe(6667);
    expect(rateBp(1, 20000)).toBe(1); // 0.5 bp rounds up
    expect(rateBp(0, 5)).toBe(0);
    expect(rateBp(5, 5)).toBe(10000);
    expect(rateBp(0, 0)).toBeNull();
  });
  it('stay between 0 and 10 000 for a part of a whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0, max: 1, noNaN: true }), (whole, f) => {
        const r = rateBp(Math.floor(whole * f), whole)!;
        return r >= 0 && r <= 10000;
      }),
    );
  });
});

describe('occupancy', () => {
  const units = [
    { id: 1, areaCenti: 10000 },
    { id: 2, areaCenti: 30000 },
    { id: 3, areaCenti: 60000 },
  ];
  const lease = (unitId: number, startDate: string, endDate: string, terminatedOn: string | null = null) => ({ unitId, startDate, endDate, terminatedOn });

  it('counts a lease from its first to its last day, and to the day it was terminated', () => {
    const l = lease(1, '2026-01-01', '2026-12-31', '2026-07-10');
    expect(leaseInForce(l, '2025-12-31')).toBe(false);
    expect(leaseInForce(l, '2026-01-01')).toBe(true);
    expect(leaseInForce(l, '2026-07-10')).toBe(true);
    expect(leaseInForce(l, '2026-07-11')).toBe(false);
    const plain = lease(1, '2026-01-01', '2026-12-31');
    expect(leaseInForce(plain, '2026-12-31')).toBe(true);
    expect(leaseInForce(plain, '2027-01-01')).toBe(false);
  });

  it('by units and by floor area; a unit let twice (renewal) counts once', () => {
    const o = occupancy(
      units,
      [lease(1, '2025-01-01', '2025-12-31'), lease(1, '2026-01-01', '2026-12-31'), lease(2, '2026-01-01', '2026-12-31')],
      '2026-01-01',
    );
    expect(o).toEqual({ units: 3, letUnits: 2, rateBp: 6667, areaCenti: 100000, letAreaCenti: 40000, areaRateBp: 4000 });
  });

  it('is null, not 0 %, for an agency without units', () => {
    expect(occupancy([], [], '2026-11-15')).toMatchObject({ units: 0, rateBp: null, areaRateBp: null });
  });
});

describe('on-time collection', () => {
  const due = (dueDate: string, amountFen: number, ...payments: [string, number][]) => ({
    dueDate,
    amountFen,
    payments: payments.map(([paidOn, amount]) => ({ paidOn, amountFen: amount })),
  });

  it('a payment on the due date is on time, the day after is late', () => {
    expect(collection([due('2026-06-30', 1000, ['2026-06-30', 1000])], '2026-01-01', '2026-11-15')).toMatchObject({ onTimeCount: 1, rateBp: 10000 });
    expect(collection([due('2026-06-30', 1000, ['2026-07-01', 1000])], '2026-01-01', '2026-11-15')).toMatchObject({ onTimeCount: 0, onTimeFen: 0, rateBp: 0 });
  });

  it('counts the rent paid by the due date, and the instalment on time only when paid in full', () => {
    const c = collection(
      [due('2026-06-30', 1000, ['2026-06-01', 600], ['2026-07-05', 400]), due('2026-01-01', 3000, ['2026-01-01', 3000])],
      '2026-01-01',
      '2026-11-15',
    );
    expect(c).toEqual({ dueCount: 2, dueFen: 4000, onTimeCount: 1, onTimeFen: 3600, rateBp: 9000 });
  });

  it('takes instalments due within the window, both ends included', () => {
    const rows = [due('2025-12-31', 100), due('2026-01-01', 100, ['2026-01-01', 100]), due('2026-11-15', 100, ['2026-11-10', 100]), due('2026-11-16', 100)];
    expect(collection(rows, '2026-01-01', '2026-11-15')).toMatchObject({ dueCount: 2, rateBp: 10000 });
    expect(collection([], '2026-01-01', '2026-11-15')).toMatchObject({ dueCount: 0, rateBp: null });
  });
});

describe('income against the same period last year', () => {
  it('the same day last year; 29 February becomes 28 February', () => {
    expect(sameDayLastYear('2026-11-15')).toBe('2025-11-15');
    expect(sameDayLastYear('2028-02-29')).toBe('2027-02-28');
  });

  it('sums 1 January to the date against last year to the same day, by month, net of refunds', () => {
    const c = incomeComparison(
      [
        { receivedOn: '2026-01-01', amountFen: 1000 },
        { receivedOn: '2026-11-15', amountFen: 500 },
        { receivedOn: '2026-11-16', amountFen: 9999 }, // after the date
        { receivedOn: '2026-03-01', amountFen: -200 }, // a refund
        { receivedOn: '2025-01-10', amountFen: 800 },
        { receivedOn: '2025-11-15', amountFen: 200 },
        { receivedOn: '2025-11-16', amountFen: 7777 }, // after the same day last year
        { receivedOn: '2024-12-31', amountFen: 5555 },
      ],
      '2026-11-15',
    );
    expect(c).toMatchObject({
      from: '2026-01-01',
      to: '2026-11-15',
      lastFrom: '2025-01-01',
      lastTo: '2025-11-15',
      thisYearFen: 1300,
      lastYearFen: 1000,
      changeBp: 3000,
    });
    expect(c.months).toHaveLength(11);
    expect(c.months[0]).toEqual({ month: 1, thisYearFen: 1000, lastYearFen: 800 });
    expect(c.months[2]).toEqual({ month: 3, thisYearFen: -200, lastYearFen: 0 });
    expect(c.months[10]).toEqual({ month: 11, thisYearFen: 500, lastYearFen: 200 });
  });

  it('a fall is negative; no income last year gives no change', () => {
    expect(
      incomeComparison(
        [
          { receivedOn: '2025-02-01', amountFen: 400 },
          { receivedOn: '2026-02-01', amountFen: 100 },
        ],
        '2026-02-01',
      ).changeBp,
    ).toBe(-7500);
    expect(incomeComparison([{ receivedOn: '2026-02-01', amountFen: 100 }], '2026-02-01').changeBp).toBeNull();
  });

  it('the months add up to the totals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 800 }), amountFen: fc.integer({ min: -1e6, max: 1e7 }) })),
        fc.integer({ min: 0, max: 364 }),
        (rows, d) => {
          const at = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
          const asOf = at(365 + d);
          const c = incomeComparison(
            rows.map((r) => ({ receivedOn: at(r.day), amountFen: r.amountFen })),
            asOf,
          );
          return c.months.reduce((s, m) => s + m.thisYearFen, 0) === c.thisYearFen && c.months.reduce((s, m) => s + m.lastYearFen, 0) === c.lastYearFen;
        },
      ),
    );
  });
});

describe('arrears and their ageing', () => {
  const open = (dueDate: string, amountFen: number, paidFen = 0) => ({ seq: 1, dueDate, amountFen, paidFen });

  it('buckets by days past due on the date: 1–30, 31–90, 91–180, older; the due date itself is not overdue', () => {
    const a = arrears(
      [
        { instalments: [open('2026-11-15', 100), open('2026-11-14', 200), open('2026-10-16', 300)] },
        { instalments: [open('2026-10-15', 400, 100), open('2026-08-17', 500)] },
        { instalments: [open('2026-08-16', 600), open('2026-05-19', 700), open('2026-05-18', 800)] },
        { instalments: [open('2026-06-30', 900, 900)] },
      ],
      '2026-11-15',
      V1,
    );
    expect(a.bucketsFen).toEqual([200 + 300, 300 + 500, 600 + 700, 800]);
    expect(a.overdueFen).toBe(3400);
    expect(a.notDueFen).toBe(100);
    expect(a.contracts).toBe(3);
  });
});
