import { describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, historySeries, scoreDomain, yearBefore } from './history';

describe('score history series', () => {
  it('sorts the steps by date and keeps the last value of a day', () => {
    const series = historySeries([
      { date: '2026-05-01', score: 75, grade: 'A' },
      { date: '2026-01-01', score: 80, grade: 'AA' },
      { date: '2026-05-01', score: 72, grade: 'A' },
    ]);
    expect(series.map((p) => [p.date, p.score])).toEqual([
      ['2026-01-01', 80],
      ['2026-05-01', 72],
    ]);
  });

  it('draws the last step up to the as-of date', () => {
    const series = historySeries([{ date: '2026-01-01', score: 80, grade: 'AA' }], '2026-11-27');
    expect(series).toHaveLength(2);
    expect(series[1]).toMatchObject({ date: '2026-11-27', score: 80, grade: 'AA' });
    expect(historySeries([{ date: '2026-11-27', score: 80, grade: 'AA' }], '2026-11-27')).toHaveLength(1);
    expect(historySeries([], '2026-11-27')).toEqual([]);
  });

  it('uses day numbers on the time axis', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dateOfDay(dayNumber('2026-02-28') + 1)).toBe('2026-03-01');
    const [a, b] = historySeries([
      { date: '2026-01-01', score: 80, grade: 'AA' },
      { date: '2026-01-11', score: 70, grade: 'A' },
    ]);
    expect(b!.t - a!.t).toBe(10);
  });

  it('pads the score axis to whole tens, never below 0', () => {
    expect(scoreDomain([])).toEqual([0, 100]);
    expect(
      scoreDomain(
        historySeries([
          { date: '2026-01-01', score: 83, grade: 'AA' },
          { date: '2026-02-01', score: 71, grade: 'A' },
        ]),
      ),
    ).toEqual([60, 90]);
    expect(scoreDomain(historySeries([{ date: '2026-01-01', score: 2, grade: 'C' }]))[0]).toBe(0);
  });

  it('starts the window a year before the as-of date', () => {
    expect(yearBefore('2026-11-27')).toBe('2025-11-27');
    expect(yearBefore('2028-02-29')).toBe('2027-03-01');
  });
});
