import { describe, expect, it } from 'vitest';
import { KPI_CODES } from './definitions.js';
import { categoryDrillDown, drillDownPath, gradeDrillDown, kpiDrillDown, monthDrillDown, townshipDrillDown } from './drill-down.js';
import { monthPeriod } from './periods.js';

const october = monthPeriod('2026-10')!;
const november = monthPeriod('2026-11')!;
const TODAY = '2026-11-15';

describe('kpiDrillDown', () => {
  it('every KPI opens a list', () => {
    for (const code of KPI_CODES) expect(kpiDrillDown(code, { period: october, today: TODAY }), code).not.toBeNull();
  });

  it('a past month: the issues registered, closed and overdue as of its last day', () => {
    expect(kpiDrillDown('CLOSE_OFF_RATE', { period: october, today: TODAY })).toEqual({
      list: 'issues',
      filter: { createdFrom: '2026-10-01', createdTo: '2026-10-31' },
    });
    expect(kpiDrillDown('ON_TIME_RATE', { period: october, today: TODAY })).toEqual({
      list: 'issues',
      filter: { closedFrom: '2026-10-01', closedTo: '2026-10-31' },
    });
    expect(kpiDrillDown('OVERDUE_ISSUES', { period: october, today: TODAY })).toEqual({ list: 'issues', filter: { overdueOn: '2026-10-31' } });
  });

  it('the running month: counted up to today, overdue is the list’s own quick filter', () => {
    expect(kpiDrillDown('CLOSE_OFF_RATE', { period: november, today: TODAY })?.filter).toEqual({ createdFrom: '2026-11-01', createdTo: TODAY });
    expect(kpiDrillDown('OVERDUE_ISSUES', { period: november, today: TODAY })?.filter).toEqual({ overdue: true });
    // The last day of the month is still "today" when the month ends today.
    expect(kpiDrillDown('OVERDUE_ISSUES', { period: november, today: '2026-11-30' })?.filter).toEqual({ overdue: true });
    expect(kpiDrillDown('OVERDUE_ISSUES', { period: november, today: '2026-12-01' })?.filter).toEqual({ overdueOn: '2026-11-30' });
  });

  it('a period not begun yet keeps its own first day (an empty list, not an inverted range)', () => {
    expect(kpiDrillDown('CLOSE_OFF_RATE', { period: monthPeriod('2026-12')!, today: TODAY })?.filter).toEqual({
      createdFrom: '2026-12-01',
      createdTo: '2026-12-01',
    });
  });

  it('complaints: received for timeliness, visited and rated for satisfaction', () => {
    expect(kpiDrillDown('COMPLAINT_TIMELINESS', { period: october, today: TODAY })).toEqual({
      list: 'complaints',
      filter: { receivedFrom: '2026-10-01', receivedTo: '2026-10-31' },
    });
    expect(kpiDrillDown('SATISFACTION', { period: october, today: TODAY })).toEqual({
      list: 'complaints',
      filter: { closedFrom: '2026-10-01', closedTo: '2026-10-31', rated: true },
    });
  });

  it('a township narrows every list that has one', () => {
    expect(kpiDrillDown('OVERDUE_ISSUES', { period: october, today: TODAY, townshipId: '3' })?.filter).toEqual({ overdueOn: '2026-10-31', townshipId: '3' });
    expect(kpiDrillDown('OLD_COMMUNITY_COVERAGE', { period: october, today: TODAY, townshipId: '3' })).toEqual({
      list: 'communities',
      filter: { type: 'OLD', townshipId: '3' },
    });
    expect(kpiDrillDown('CREDIT_DISTRIBUTION', { period: october, today: TODAY, townshipId: '3' })).toEqual({ list: 'ranking', filter: { township: '3' } });
  });
});

describe('chart drill-downs', () => {
  it('a grade bar opens the ranking at that grade; "not rated" has no list', () => {
    expect(gradeDrillDown('C')).toEqual({ list: 'ranking', filter: { grade: 'C' } });
    expect(gradeDrillDown('AA', '2')).toEqual({ list: 'ranking', filter: { grade: 'AA', township: '2' } });
    expect(gradeDrillDown(null, '2')).toBeNull();
  });

  it('a township bar, a month point and a category bar', () => {
    expect(townshipDrillDown('4', { period: october, today: TODAY }).filter).toEqual({ createdFrom: '2026-10-01', createdTo: '2026-10-31', townshipId: '4' });
    expect(monthDrillDown('OVERDUE_ISSUES', '2026-09', { today: TODAY })?.filter).toEqual({ overdueOn: '2026-09-30' });
    expect(monthDrillDown('OVERDUE_ISSUES', '2026-13', { today: TODAY })).toBeNull();
    expect(categoryDrillDown('FIRE', { period: october, today: TODAY })?.filter).toEqual({
      createdFrom: '2026-10-01',
      createdTo: '2026-10-31',
      category: 'FIRE',
    });
    expect(categoryDrillDown('NOT_A_CATEGORY', { period: october, today: TODAY })).toBeNull();
  });
});

describe('drillDownPath', () => {
  it('resources take react-admin’s JSON filter, pages plain parameters', () => {
    const path = drillDownPath({ list: 'issues', filter: { overdueOn: '2026-10-31', townshipId: '3' } });
    const url = new URL(path, 'http://x');
    expect(url.pathname).toBe('/issues');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ overdueOn: '2026-10-31', townshipId: '3' });
    expect(JSON.parse(url.searchParams.get('displayedFilters')!)).toEqual({ overdueOn: true, townshipId: true });
    expect(drillDownPath({ list: 'communities', filter: {} })).toBe('/communities');
    expect(drillDownPath({ list: 'ranking', filter: { grade: 'C', township: '2' } })).toBe('/ranking?grade=C&township=2');
    expect(drillDownPath({ list: 'campaign', filter: {} })).toBe('/campaign');
  });
});
