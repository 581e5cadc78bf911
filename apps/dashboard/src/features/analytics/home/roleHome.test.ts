import { describe, expect, it } from 'vitest';
import { kpiScopeOf, overdueFirst } from './roleHome';

describe('role homes', () => {
  it('show the county to the bureau and analysts, the own slice to everyone else', () => {
    expect(kpiScopeOf({ role: 'ADMIN' })).toBe('county');
    expect(kpiScopeOf({ role: 'REGULATOR' })).toBe('county');
    expect(kpiScopeOf({ role: 'ANALYST' })).toBe('county');
    expect(kpiScopeOf({ role: 'TOWNSHIP' })).toBe('township');
    expect(kpiScopeOf({ role: 'DEPARTMENT' })).toBe('department');
    expect(kpiScopeOf({ role: 'ENTERPRISE' })).toBe('enterprise');
  });

  it('list overdue issues first, then by deadline, issues without one last', () => {
    const issues = [
      { id: 'a', overdue: false, daysOverdue: 0, deadline: null },
      { id: 'b', overdue: false, daysOverdue: 0, deadline: '2026-12-01' },
      { id: 'c', overdue: true, daysOverdue: 2, deadline: '2026-11-20' },
      { id: 'd', overdue: false, daysOverdue: 0, deadline: '2026-11-30' },
      { id: 'e', overdue: true, daysOverdue: 9, deadline: '2026-11-13' },
    ];
    expect(overdueFirst(issues).map((i) => i.id)).toEqual(['e', 'c', 'd', 'b', 'a']);
  });
});
