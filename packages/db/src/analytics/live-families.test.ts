import { describe, expect, it } from 'vitest';
import { KPI_DEFINITIONS, type KpiCode } from '@wuye/domain';
import { byFamilies, familiesOf, familiesWritten, familyRow, LIVE_FAMILIES } from './live-families.js';

describe('KPI live-token families', () => {
  it('names the family of each write; a firm counts only when its name or township changes (or it is deleted), not when registered', () => {
    const w = (name: string, type: string, changed: string[] = []) => [...familiesWritten([{ name, type, changed }])];
    expect(w('Issue', 'update', ['state', 'closedAt'])).toEqual(['ISSUES']);
    expect(w('Complaint', 'create')).toEqual(['COMPLAINTS']);
    expect(w('CommunityHistory', 'create')).toEqual(['REGISTRY']);
    expect(w('Community', 'update', ['households', 'name'])).toEqual([]);
    expect(w('Community', 'update', ['serviceMode'])).toEqual(['REGISTRY']);
    expect(w('Community', 'create')).toEqual(['REGISTRY']);
    expect(w('Enterprise', 'update', ['score', 'grade', 'listStatus'])).toEqual([]);
    expect(w('Enterprise', 'update', ['name'])).toEqual(['GROUPS']);
    expect(w('Enterprise', 'update', ['township'])).toEqual(['GROUPS']);
    expect(w('Enterprise', 'create')).toEqual([]);
    expect(w('Enterprise', 'delete')).toEqual(['GROUPS']);
    expect(w('CreditRecord', 'create')).toEqual([]);
    expect(w('AuditLog', 'create')).toEqual([]);
    expect([
      ...familiesWritten([
        { name: 'Issue', type: 'update', changed: ['state'] },
        { name: 'Milestone', type: 'update', changed: ['doneOn'] },
      ]),
    ]).toEqual(['ISSUES', 'MILESTONES']);
  });

  it('gives every KPI the families it reads, the groups always, and groups the KPIs that read the same', () => {
    expect(familiesOf(['OVERDUE_ISSUES'])).toEqual(['ISSUES', 'GROUPS']);
    expect(familiesOf(['TRAINING'])).toEqual(['REGISTRY', 'TRAINING', 'COMMITTEES', 'GROUPS']);
    expect(familiesOf(['CREDIT_DISTRIBUTION'])).toEqual(['GROUPS']);
    const codes = KPI_DEFINITIONS.map((d) => d.code) as KpiCode[];
    const groups = byFamilies(codes);
    expect(groups.flatMap((g) => g.codes).sort()).toEqual([...codes].sort());
    expect(groups.find((g) => g.codes.includes('CLOSE_OFF_RATE'))!.codes).toEqual(['CLOSE_OFF_RATE', 'ON_TIME_RATE', 'OVERDUE_ISSUES']);
    expect(groups.find((g) => g.codes.includes('NEW_RESIDENTIAL_COVERAGE'))!.codes).toEqual(['NEW_RESIDENTIAL_COVERAGE', 'OLD_COMMUNITY_COVERAGE']);
  });

  it('keeps each family on its own row after the head', () => {
    expect(LIVE_FAMILIES.map(familyRow)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
