import { describe, expect, it } from 'vitest';
import {
  KPI_CODES,
  KPI_DEFINITIONS,
  asOfDay,
  changeFrom,
  compareWithTarget,
  formatPercent,
  inPeriod,
  isImprovement,
  kpiDefinition,
  kpiValue,
  monthsOf,
  parsePeriod,
  periodDays,
  previousPeriod,
  ratio,
} from './index.js';

describe('KPI definitions', () => {
  it('define every KPI of docs/product.md §6 once, with names in both languages', () => {
    expect(KPI_DEFINITIONS.map((d) => d.code)).toEqual([...KPI_CODES]);
    expect(KPI_CODES).toHaveLength(11);
    for (const d of KPI_DEFINITIONS) {
      expect(d.name['zh-CN'].length, d.code).toBeGreaterThan(0);
      expect(d.name.en.length, d.code).toBeGreaterThan(0);
      expect(d.numerator.en.length, d.code).toBeGreaterThan(0);
    }
  });

  it('carry the targets of §6', () => {
    const t = (c: (typeof KPI_CODES)[number]) => kpiDefinition(c).target;
    expect([t('NEW_RESIDENTIAL_COVERAGE'), t('OLD_COMMUNITY_COVERAGE'), t('CLOSE_OFF_RATE'), t('ON_TIME_RATE'), t('OVERDUE_ISSUES')]).toEqual([
      1, 1, 0.95, 0.9, 0,
    ]);
    expect([t('COMPLAINT_TIMELINESS'), t('SATISFACTION'), t('TRAINING'), t('CAMPAIGN_MILESTONES')]).toEqual([0.95, 0.9, 1, 1]);
    expect(kpiDefinition('COMMITTEE_FORMATION')).toMatchObject({ target: null, direction: 'RISING' });
    expect(kpiDefinition('COMMITTEE_FORMATION').unavailable).toBeUndefined();
    expect(KPI_DEFINITIONS.filter((k) => k.unavailable)).toEqual([]);
    expect(kpiDefinition('OVERDUE_ISSUES')).toMatchObject({ kind: 'COUNT', direction: 'LOWER_IS_BETTER' });
    expect(kpiDefinition('CREDIT_DISTRIBUTION')).toMatchObject({ kind: 'DISTRIBUTION', target: null });
  });
});

describe('formulas', () => {
  it('ratio: division by zero is "no data", not 0 or NaN', () => {
    expect(ratio(19, 20)).toBe(0.95);
    expect(ratio(0, 5)).toBe(0);
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(null, 4)).toBeNull();
  });

  it('kpiValue follows the kind', () => {
    expect(kpiValue({ kind: 'RATIO' }, 1, 4)).toBe(0.25);
    expect(kpiValue({ kind: 'COUNT' }, 7, 9)).toBe(7);
    expect(kpiValue({ kind: 'COUNT' }, 0, 0)).toBe(0);
    expect(kpiValue({ kind: 'DISTRIBUTION' }, 7, 9)).toBeNull();
  });

  it('compares with the target in the KPI’s direction, exactly at the boundary', () => {
    const closeOff = kpiDefinition('CLOSE_OFF_RATE');
    expect(compareWithTarget(closeOff, ratio(19, 20))).toBe('MET');
    expect(compareWithTarget(closeOff, ratio(94, 99))).toBe('MISSED');
    expect(compareWithTarget(closeOff, null)).toBe('NO_DATA');
    const overdue = kpiDefinition('OVERDUE_ISSUES');
    expect(compareWithTarget(overdue, 0)).toBe('MET');
    expect(compareWithTarget(overdue, 1)).toBe('MISSED');
    const committee = kpiDefinition('COMMITTEE_FORMATION');
    expect(compareWithTarget(committee, 0.4, 0.3)).toBe('MET');
    expect(compareWithTarget(committee, 0.3, 0.3)).toBe('MISSED');
    expect(compareWithTarget(committee, 0.3, null)).toBe('NO_TARGET');
    expect(compareWithTarget(kpiDefinition('CREDIT_DISTRIBUTION'), 3)).toBe('NO_TARGET');
  });

  it('change against the previous period and whether it is better', () => {
    expect(changeFrom(0.9, 0.8)).toBeCloseTo(0.1);
    expect(changeFrom(0.9, null)).toBeNull();
    expect(changeFrom(null, 0.5)).toBeNull();
    expect(isImprovement(kpiDefinition('ON_TIME_RATE'), 0.1)).toBe(true);
    expect(isImprovement(kpiDefinition('OVERDUE_ISSUES'), -2)).toBe(true);
    expect(isImprovement(kpiDefinition('OVERDUE_ISSUES'), 2)).toBe(false);
    expect(isImprovement(kpiDefinition('OVERDUE_ISSUES'), 0)).toBeNull();
  });

  it('formats percentages', () => {
    expect(formatPercent(0.95)).toBe('95.0%');
    expect(formatPercent(2 / 3)).toBe('66.7%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('periods', () => {
  it('parses months, quarters, years and custom ranges', () => {
    expect(parsePeriod('2026-02')).toEqual({ kind: 'MONTH', from: '2026-02-01', to: '2026-02-28', label: '2026-02' });
    expect(parsePeriod('2024-02')?.to).toBe('2024-02-29');
    expect(parsePeriod('2026Q4')).toEqual({ kind: 'QUARTER', from: '2026-10-01', to: '2026-12-31', label: '2026Q4' });
    expect(parsePeriod('2026')).toEqual({ kind: 'YEAR', from: '2026-01-01', to: '2026-12-31', label: '2026' });
    expect(parsePeriod('2026-03-10~2026-03-31')).toMatchObject({ kind: 'CUSTOM', from: '2026-03-10', to: '2026-03-31' });
    for (const bad of ['2026-13', '2026Q5', '26', '2026-03-31~2026-03-10', '2026-02-30~2026-03-01', '']) expect(parsePeriod(bad), bad).toBeNull();
  });

  it('previous period: across a year boundary, leap February, same-length custom range', () => {
    expect(previousPeriod(parsePeriod('2026-01')!).label).toBe('2025-12');
    expect(previousPeriod(parsePeriod('2024-03')!)).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(previousPeriod(parsePeriod('2026Q1')!).label).toBe('2025Q4');
    expect(previousPeriod(parsePeriod('2026Q3')!).label).toBe('2026Q2');
    expect(previousPeriod(parsePeriod('2026')!).label).toBe('2025');
    const custom = parsePeriod('2026-03-10~2026-03-31')!;
    expect(periodDays(custom)).toBe(22);
    expect(previousPeriod(custom)).toMatchObject({ from: '2026-02-16', to: '2026-03-09' });
    expect(periodDays(previousPeriod(custom))).toBe(22);
  });

  it('splits a period into calendar months, clipped at both ends', () => {
    expect(monthsOf(parsePeriod('2026-03-10~2026-05-05')!).map((m) => [m.label, m.from, m.to])).toEqual([
      ['2026-03', '2026-03-10', '2026-03-31'],
      ['2026-04', '2026-04-01', '2026-04-30'],
      ['2026-05', '2026-05-01', '2026-05-05'],
    ]);
    expect(monthsOf(parsePeriod('2025-12-31~2026-01-01')!).map((m) => m.label)).toEqual(['2025-12', '2026-01']);
    expect(monthsOf(parsePeriod('2026')!)).toHaveLength(12);
  });

  it('boundaries are inclusive; stock figures are taken on the last day or today', () => {
    const march = parsePeriod('2026-03')!;
    expect([inPeriod('2026-02-28', march), inPeriod('2026-03-01', march), inPeriod('2026-03-31', march), inPeriod('2026-04-01', march)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(asOfDay(march, '2026-11-15')).toBe('2026-03-31');
    expect(asOfDay(parsePeriod('2026-11')!, '2026-11-15')).toBe('2026-11-15');
    expect(asOfDay(parsePeriod('2027')!, '2026-11-15')).toBe('2027-01-01');
  });
});
