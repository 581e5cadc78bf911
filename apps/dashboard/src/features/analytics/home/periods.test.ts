import { describe, expect, it } from 'vitest';
import { currentMonth, defaultPeriod, isRunning, lastCompleteMonth, normalizePeriod, periodChoices, periodKindOf, periodText, yearOf } from './periods';

describe('period filter', () => {
  it('knows the current month in Asia/Shanghai', () => {
    expect(currentMonth(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12');
    expect(currentMonth(new Date('2026-11-27T09:00:00Z'))).toBe('2026-11');
  });

  it('offers months of this year and last, quarters and years up to now, newest first', () => {
    const months = periodChoices('MONTH', '2026-11');
    expect(months[0]).toBe('2026-11');
    expect(months).toHaveLength(23);
    expect(months.at(-1)).toBe('2025-01');
    expect(periodChoices('QUARTER', '2026-11')).toEqual(['2026Q4', '2026Q3', '2026Q2', '2026Q1', '2025Q4', '2025Q3', '2025Q2', '2025Q1']);
    expect(periodChoices('YEAR', '2026-11')).toEqual(['2026', '2025', '2024']);
    expect(defaultPeriod('QUARTER', '2026-02')).toBe('2026Q1');
    expect(defaultPeriod('MONTH', '2026-02')).toBe('2026-01');
  });

  it('opens on the last complete month; the current one is "to date"', () => {
    expect(lastCompleteMonth('2026-11')).toBe('2026-10');
    expect(lastCompleteMonth('2026-01')).toBe('2025-12');
    expect(isRunning('2026-11', '2026-11')).toBe(true);
    expect(isRunning('2026Q4', '2026-11')).toBe(true);
    expect(isRunning('2026', '2026-11')).toBe(true);
    expect(isRunning('2026-10', '2026-11')).toBe(false);
    expect(isRunning('2026Q3', '2026-11')).toBe(false);
  });

  it('keeps a valid period from the URL and falls back to the last complete month otherwise', () => {
    expect(normalizePeriod('2026Q3', '2026-11')).toBe('2026Q3');
    expect(normalizePeriod('2026-11', '2026-11')).toBe('2026-11');
    expect(normalizePeriod('2026-10', '2026-11')).toBe('2026-10');
    expect(normalizePeriod('2027-01', '2026-11')).toBe('2026-10');
    expect(normalizePeriod('2026-01-01~2026-01-31', '2026-11')).toBe('2026-10');
    expect(normalizePeriod('nonsense', '2026-11')).toBe('2026-10');
    expect(normalizePeriod(null, '2026-11')).toBe('2026-10');
  });

  it('knows the kind and year of a period and says it in words', () => {
    expect(periodKindOf('2026')).toBe('YEAR');
    expect(periodKindOf('2026Q4')).toBe('QUARTER');
    expect(periodKindOf('2026-10')).toBe('MONTH');
    expect(yearOf('2026Q4')).toBe(2026);
    const t = (key: string, o?: Record<string, unknown>) => `${key}:${JSON.stringify(o)}`;
    expect(periodText('2026-03', t)).toBe('app.kpi.period.monthText:{"year":"2026","month":3}');
    expect(periodText('2026Q4', t)).toBe('app.kpi.period.quarterText:{"year":"2026","quarter":"4"}');
  });
});
