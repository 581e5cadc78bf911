import { describe, expect, it } from 'vitest';
import { ISSUE_CATEGORIES } from '../enums.js';
import { messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import { SPECIAL_INSPECTION_POLICY_V1 as V1, SPECIAL_INSPECTION_TYPES, specialInspectionPolicy } from './policy.js';
import {
  planTypeIssue,
  recordItemResult,
  runnableTypes,
  specialFindings,
  specialInspectionActionIssue,
  specialInspectionActions,
  specialProgress,
  specialStatusAfter,
  type SpecialItemResult,
} from './rules.js';

const scjg: Principal = { userId: '1', role: 'DEPARTMENT', departmentId: '7' };
const other: Principal = { userId: '2', role: 'DEPARTMENT', departmentId: '8' };
const regulator: Principal = { userId: '3', role: 'REGULATOR' };
const firm: Principal = { userId: '4', role: 'ENTERPRISE', enterpriseId: '1' };
const fire = V1.templates.FIRE_LANES.items;
const pass = (itemId: string): SpecialItemResult => ({ itemId, passed: true, note: null });

describe('special inspection checklists (policy v1)', () => {
  it('has a checklist for each of the five types, item ids unique and short enough for the ledger, categories real', () => {
    for (const type of SPECIAL_INSPECTION_TYPES) {
      const { items, runBy } = V1.templates[type];
      expect(items.length).toBeGreaterThanOrEqual(5);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      for (const i of items) {
        expect(i.id.length).toBeLessThanOrEqual(10);
        expect(ISSUE_CATEGORIES).toContain(i.category);
      }
      expect(runBy.length).toBeGreaterThan(0);
    }
  });

  it('picks the version in force on a day, or the one asked for', () => {
    expect(specialInspectionPolicy(undefined, '2026-11-15')).toBe(V1);
    expect(specialInspectionPolicy(undefined, '2025-12-31')).toBeUndefined();
    expect(specialInspectionPolicy(1)).toBe(V1);
    expect(specialInspectionPolicy(2)).toBeUndefined();
  });
});

describe('which department runs which type', () => {
  it('follows the remit: 市场监管 elevators and fees, 公安 security, 消防 fire lanes, 财政 and 住建 maintenance funds', () => {
    expect(runnableTypes(['ELEVATOR', 'FEES'], V1)).toEqual(['ELEVATOR_SAFETY', 'FEE_DISPLAY']);
    expect(runnableTypes(['PARKING_SECURITY'], V1)).toEqual(['PUBLIC_SECURITY']);
    expect(runnableTypes(['FIRE'], V1)).toEqual(['FIRE_LANES']);
    expect(runnableTypes(['MAINTENANCE_FUND'], V1)).toEqual(['MAINTENANCE_FUND']);
    expect(runnableTypes(['SERVICE_QUALITY', 'BUILDING_QUALITY'], V1)).toEqual(['MAINTENANCE_FUND']);
    expect(runnableTypes(['ELDERLY_CARE'], V1)).toEqual([]);
    expect(runnableTypes([], V1)).toEqual([]);
  });

  it('refuses a type outside the remit, naming it, and an unknown type', () => {
    expect(planTypeIssue('FEE_DISPLAY', ['ELEVATOR', 'FEES'], V1)).toBeNull();
    const refused = planTypeIssue('FIRE_LANES', ['ELEVATOR', 'FEES'], V1)!;
    expect(messageFor(refused, 'zh-CN')).toBe('本部门职责范围不含“消防通道专项检查”，不能开展此项专项检查');
    expect(planTypeIssue('NOPE', ['FIRE'], V1)).toEqual({ field: 'type', code: 'INVALID_FORMAT' });
  });
});

describe('a special inspection’s workflow', () => {
  const planned = { status: 'PLANNED' as const, departmentId: '7', results: [] };
  const started = { ...planned, status: 'IN_PROGRESS' as const };

  it('offers its own department start, then record and complete; nobody else anything', () => {
    expect(specialInspectionActions(planned, fire, scjg).map((a) => [a.action, a.available])).toEqual([
      ['START', true],
      ['RECORD', false],
      ['COMPLETE', false],
    ]);
    expect(specialInspectionActions(planned, fire, other)).toEqual([]);
    expect(specialInspectionActions(planned, fire, regulator)).toEqual([]);
    expect(specialInspectionActions(planned, fire, firm)).toEqual([]);
    expect(specialInspectionActionIssue(planned, fire, 'START', other)).toEqual({ field: 'specialInspectionId', code: 'OUT_OF_SCOPE' });
  });

  it('completes only once every item is recorded (one missing is refused, none missing passes)', () => {
    const allButOne = fire.slice(0, -1).map((i) => pass(i.id));
    const refused = specialInspectionActionIssue({ ...started, results: allButOne }, fire, 'COMPLETE', scjg)!;
    expect(refused).toEqual({ field: 'results', code: 'CHECKLIST_INCOMPLETE', params: { missing: 1 } });
    expect(messageFor(refused, 'zh-CN')).toBe('还有 1 个检查项未填写，全部填写后才能完成检查');
    expect(specialInspectionActionIssue({ ...started, results: fire.map((i) => pass(i.id)) }, fire, 'COMPLETE', scjg)).toBeNull();
  });

  it('refuses steps out of order with the status in words', () => {
    const done = { ...started, status: 'COMPLETED' as const };
    expect(messageFor(specialInspectionActionIssue(done, fire, 'RECORD', scjg)!, 'zh-CN')).toBe('该专项检查已完成，不能填写检查项');
    expect(specialInspectionActionIssue(started, fire, 'START', scjg)?.code).toBe('SPECIAL_STATUS');
    expect(specialStatusAfter('PLANNED', 'START')).toBe('IN_PROGRESS');
    expect(specialStatusAfter('IN_PROGRESS', 'RECORD')).toBe('IN_PROGRESS');
    expect(specialStatusAfter('IN_PROGRESS', 'COMPLETE')).toBe('COMPLETED');
  });
});

describe('recording the checklist and its findings', () => {
  it('a failed item needs a note; an unknown item is refused; a note of 500 characters is the most', () => {
    const r = recordItemResult(fire, [], { itemId: 'FL1', passed: false, note: '  ' });
    expect(r).toEqual({ ok: false, issues: [{ field: 'note', code: 'FAIL_NEEDS_NOTE' }] });
    expect(recordItemResult(fire, [], { itemId: 'EL1', passed: true })).toEqual({
      ok: false,
      issues: [{ field: 'itemId', code: 'NOT_A_CHECKLIST_ITEM', params: { item: 'EL1' } }],
    });
    expect(recordItemResult(fire, [], { itemId: 'FL1', passed: false, note: '占'.repeat(500) }).ok).toBe(true);
    expect(recordItemResult(fire, [], { itemId: 'FL1', passed: false, note: '占'.repeat(501) })).toEqual({
      ok: false,
      issues: [{ field: 'note', code: 'TOO_LONG', params: { max: 500 } }],
    });
    expect(recordItemResult(fire, [], { itemId: 'FL1', passed: true, note: '' })).toEqual({ ok: true, results: [pass('FL1')] });
  });

  it('keeps checklist order and lets a second record of an item replace the first', () => {
    let results: SpecialItemResult[] = [];
    for (const input of [
      { itemId: 'FL3', passed: true },
      { itemId: 'FL1', passed: false, note: '3 号楼北侧消防通道停放私家车' },
      { itemId: 'FL3', passed: false, note: '2 单元楼道停放电动车' },
    ]) {
      const r = recordItemResult(fire, results, input);
      if (!r.ok) throw new Error('refused');
      results = r.results;
    }
    expect(results.map((r) => [r.itemId, r.passed])).toEqual([
      ['FL1', false],
      ['FL3', false],
    ]);
    expect(specialProgress(fire, results)).toEqual({ total: 6, recorded: 2, failed: 2 });
  });

  it('turns each failed item into one finding of its own category, passed items into none', () => {
    const results = fire.map((i) => (i.id === 'FL1' || i.id === 'FL6' ? { itemId: i.id, passed: false, note: `问题 ${i.id}` } : pass(i.id)));
    expect(specialFindings(fire, results)).toEqual([
      { itemId: 'FL1', text: fire[0]!.text, category: 'FIRE', note: '问题 FL1' },
      { itemId: 'FL6', text: fire[5]!.text, category: 'SAFETY_HAZARD', note: '问题 FL6' },
    ]);
    expect(
      specialFindings(
        fire,
        fire.map((i) => pass(i.id)),
      ),
    ).toEqual([]);
  });
});
