import { describe, expect, it } from 'vitest';
import {
  bulletinStatusColor,
  bulletinStatusKey,
  countyRows,
  distributionRows,
  formatKpi,
  kpiChange,
  kpiColumns,
  monthLabel,
  monthToGenerate,
  parseSnapshot,
  previousMonth,
  townshipRows,
} from './snapshot';

const kpi = (code: string, value: number | null, previous: number | null = null, target: number | null = null) => ({
  code,
  value,
  numerator: null,
  denominator: null,
  previous,
  target,
});

const snapshot = parseSnapshot({
  month: '2026-10',
  asOf: '2026-10-31',
  county: [kpi('CLOSE_OFF_RATE', 0.9612, 0.94, 0.95), kpi('OVERDUE_ISSUES', 1234, 1300, 0), kpi('ON_TIME_RATE', null, 0.8, 0.9)],
  byTownship: [
    { townshipId: 1, townshipName: '城关镇', kpis: [kpi('CLOSE_OFF_RATE', 1), kpi('OVERDUE_ISSUES', 3)] },
    { townshipId: 2, townshipName: '东城街道', kpis: [kpi('CLOSE_OFF_RATE', 0.5)] },
  ],
  distribution: { AAA: 2, AA: 3, A: 5, B: 0, C: 0, RED: 1, BLACK: 2 },
  top10: [{ rank: 1, enterpriseId: 1, name: '甲', township: '城关镇', score: 101.5, grade: 'AAA' }],
});

describe('parseSnapshot', () => {
  it('fills what an older or partial snapshot lacks', () => {
    const s = parseSnapshot({ month: '2026-09' });
    expect(s.byTownship).toEqual([]);
    expect(s.overdueIssues).toEqual([]);
    expect(s.distribution).toEqual({});
    expect(parseSnapshot(null).month).toBe('');
  });
});

describe('formatting (zh-CN)', () => {
  it('shows ratios as percentages with one decimal, counts with grouping, no data as —', () => {
    expect(formatKpi('RATIO', 0.9612)).toBe('96.1%');
    expect(formatKpi('RATIO', 1)).toBe('100.0%');
    expect(formatKpi('COUNT', 1234)).toBe('1,234');
    expect(formatKpi('RATIO', null)).toBe('—');
  });

  it('gives the change in percentage points for ratios', () => {
    expect(kpiChange('RATIO', 0.9612, 0.94)).toBe(2.1);
    expect(kpiChange('COUNT', 10, 12)).toBe(-2);
    expect(kpiChange('RATIO', null, 0.5)).toBeNull();
  });

  it('labels months', () => {
    expect(monthLabel('2026-10')).toBe('2026年10月');
    expect(monthLabel('2026-03', 'en')).toBe('March 2026');
  });
});

describe('snapshot → table rows', () => {
  const columns = kpiColumns('zh-CN');

  it('has a column per KPI with a single value, in the definitions’ order', () => {
    const codes = columns.map((c) => c.code);
    expect(codes).toContain('CLOSE_OFF_RATE');
    expect(codes).not.toContain('CREDIT_DISTRIBUTION');
    expect(codes).toContain('COMMITTEE_FORMATION');
    expect(columns.find((c) => c.code === 'CLOSE_OFF_RATE')!.name).toMatch(/销号率/);
  });

  it('gives one row per township and the county row last', () => {
    const rows = townshipRows(snapshot, columns, '全县');
    expect(rows.map((r) => r.name)).toEqual(['城关镇', '东城街道', '全县']);
    expect(rows[2]!.county).toBe(true);
    const cell = (r: number, code: string) => rows[r]!.cells.find((c) => c.code === code)!.text;
    expect(cell(0, 'CLOSE_OFF_RATE')).toBe('100.0%');
    expect(cell(0, 'OVERDUE_ISSUES')).toBe('3');
    expect(cell(1, 'OVERDUE_ISSUES')).toBe('—');
    expect(cell(2, 'OVERDUE_ISSUES')).toBe('1,234');
  });

  it('gives the county KPIs with previous month, target and whether it is met', () => {
    const rows = countyRows(snapshot, columns);
    const close = rows.find((r) => r.code === 'CLOSE_OFF_RATE')!;
    expect(close).toMatchObject({ value: '96.1%', previous: '94.0%', target: '95.0%', change: 2.1, met: true });
    const overdue = rows.find((r) => r.code === 'OVERDUE_ISSUES')!;
    expect(overdue).toMatchObject({ value: '1,234', target: '0', met: false });
    expect(rows.find((r) => r.code === 'ON_TIME_RATE')!.met).toBeNull();
  });

  it('gives the grade distribution with shares', () => {
    expect(distributionRows(snapshot)).toEqual([
      { grade: 'AAA', count: 2, share: '20.0%' },
      { grade: 'AA', count: 3, share: '30.0%' },
      { grade: 'A', count: 5, share: '50.0%' },
      { grade: 'B', count: 0, share: '0.0%' },
      { grade: 'C', count: 0, share: '0.0%' },
    ]);
  });
});

describe('status and months', () => {
  it('labels and colours the statuses', () => {
    expect(bulletinStatusKey('PUBLISHED')).toBe('enums.BulletinStatus.PUBLISHED');
    expect(['DRAFT', 'REVIEWED', 'PUBLISHED'].map(bulletinStatusColor)).toEqual(['default', 'info', 'success']);
  });

  it('offers the last whole month, or the running one when that exists', () => {
    expect(previousMonth('2026-01-05')).toBe('2025-12');
    expect(monthToGenerate('2026-11-27', ['2026-09'])).toBe('2026-10');
    expect(monthToGenerate('2026-11-27', ['2026-10', '2026-09'])).toBe('2026-11');
  });
});
