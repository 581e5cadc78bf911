import { describe, expect, it } from 'vitest';
import { messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import { PLAN_NAME_MAX, PLAN_SECTION_MAX, checkTownshipPlan, townshipPlanActions, townshipPlanScopeIssue, type TownshipPlanInput } from './township-plan.js';

const codes = (issues: { field: string; code: string }[]) => issues.map((i) => `${i.field}:${i.code}`);
const PLAN: TownshipPlanInput = {
  year: 2026,
  leaderName: '陈建国',
  leaderPosition: '副镇长',
  mechanism: '镇村两级包保',
  schedule: '4 月底前完成排查，10 月底前整改销号',
  tasks: '社区主任负责本社区小区台账',
  resources: null,
};

describe("a township's leader and work plan (seed part 7 四(一))", () => {
  it('needs the leader, the post, the mechanism, the schedule and the tasks; resources are optional', () => {
    expect(checkTownshipPlan(PLAN)).toEqual([]);
    expect(codes(checkTownshipPlan({ ...PLAN, leaderName: ' ', leaderPosition: '', mechanism: '', schedule: '\n', tasks: '' }))).toEqual([
      'leaderName:REQUIRED',
      'leaderPosition:REQUIRED',
      'mechanism:REQUIRED',
      'schedule:REQUIRED',
      'tasks:REQUIRED',
    ]);
    expect(messageFor(checkTownshipPlan({ ...PLAN, leaderName: '' })[0]!, 'zh-CN')).toBe('分管领导不能为空');
    expect(messageFor(checkTownshipPlan({ ...PLAN, leaderName: '' })[0]!, 'en')).toBe('leader in charge is required');
  });

  it('limits counted in characters: the limit itself is allowed, one more is not', () => {
    expect(checkTownshipPlan({ ...PLAN, leaderName: '陈'.repeat(PLAN_NAME_MAX), resources: '车'.repeat(PLAN_SECTION_MAX) })).toEqual([]);
    expect(codes(checkTownshipPlan({ ...PLAN, leaderName: '陈'.repeat(PLAN_NAME_MAX + 1), resources: '车'.repeat(PLAN_SECTION_MAX + 1) }))).toEqual([
      'leaderName:TOO_LONG',
      'resources:TOO_LONG',
    ]);
    expect(codes(checkTownshipPlan({ ...PLAN, year: 1999 }))).toEqual(['year:OUT_OF_RANGE']);
    expect(checkTownshipPlan({ ...PLAN, year: 2000 })).toEqual([]);
    expect(checkTownshipPlan({ ...PLAN, year: 2100 })).toEqual([]);
    expect(codes(checkTownshipPlan({ ...PLAN, year: 2101 }))).toEqual(['year:OUT_OF_RANGE']);
  });

  const town = (townshipId: string | null): Principal => ({ userId: '5', role: 'TOWNSHIP', townshipId });

  it('only the township itself edits and files its plan, and nothing once it is filed', () => {
    expect(townshipPlanActions({ status: 'DRAFT', townshipId: '1' }, town('1'))).toEqual([
      { action: 'EDIT', available: true, reason: null },
      { action: 'FILE', available: true, reason: null },
    ]);
    const filed = townshipPlanActions({ status: 'FILED', townshipId: '1' }, town('1'));
    expect(filed.map((a) => [a.action, a.available, a.reason && messageFor(a.reason, 'zh-CN')])).toEqual([
      ['EDIT', false, '该工作方案已报备，不能再修改'],
      ['FILE', false, '该工作方案已报备，不能再修改'],
    ]);
    // Another township, a township user without one, and every other role: nothing offered.
    expect(townshipPlanActions({ status: 'DRAFT', townshipId: '1' }, town('2'))).toEqual([]);
    expect(townshipPlanActions({ status: 'DRAFT', townshipId: '1' }, town(null))).toEqual([]);
    for (const role of ['ADMIN', 'REGULATOR', 'DEPARTMENT', 'ENTERPRISE', 'ANALYST', 'AGENCY'] as const)
      expect(townshipPlanActions({ status: 'DRAFT', townshipId: '1' }, { userId: '1', role, townshipId: '1' }), role).toEqual([]);
    expect(townshipPlanScopeIssue({ townshipId: '1' }, null)).toEqual({ field: 'townshipId', code: 'OUT_OF_SCOPE' });
  });
});
