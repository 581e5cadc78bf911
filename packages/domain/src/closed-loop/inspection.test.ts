import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CATEGORIES } from '../enums.js';
import { hasMessage, messageFor } from '../field-errors.js';
import {
  CHECKLIST_SECTIONS,
  INSPECTION_CHECKLIST,
  findingsOf,
  inspectionGrade,
  inspectionRecordProposals,
  scoreInspection,
  type Deduction,
} from './inspection.js';

/** Spreads `total` points of deduction over the checklist, filling items in order. */
function sheetDeducting(total: number): Deduction[] {
  const sheet: Deduction[] = [];
  let left = total;
  for (const item of INSPECTION_CHECKLIST) {
    if (left <= 0) break;
    const points = Math.min(item.maxDeduction, left);
    sheet.push({ itemId: item.id, points });
    left -= points;
  }
  return sheet;
}

describe('the 100-point checklist', () => {
  it('has maximum deductions summing to exactly 100', () => {
    expect(INSPECTION_CHECKLIST.reduce((s, i) => s + i.maxDeduction, 0)).toBe(100);
  });
  it('covers the eight sections with the agreed weights', () => {
    const weights = Object.fromEntries(
      CHECKLIST_SECTIONS.map((s) => [s, INSPECTION_CHECKLIST.filter((i) => i.section === s).reduce((a, i) => a + i.maxDeduction, 0)]),
    );
    expect(weights).toEqual({ SECURITY: 20, CLEANING: 15, GREENING: 10, FACILITIES: 15, CUSTOMER_SERVICE: 10, FEE_DISCLOSURE: 10, FIRE: 10, ELEVATOR: 10 });
  });
  it('has unique ids, positive maxima, Chinese text and a known issue category on every item', () => {
    expect(new Set(INSPECTION_CHECKLIST.map((i) => i.id)).size).toBe(INSPECTION_CHECKLIST.length);
    for (const item of INSPECTION_CHECKLIST) {
      expect(item.maxDeduction).toBeGreaterThan(0);
      expect(item.text).toMatch(/[\u4e00-\u9fff]{6}/);
      expect(ISSUE_CATEGORIES).toContain(item.category);
    }
  });
});

describe('scoreInspection', () => {
  it('an untouched sheet scores 100, grade A; a fully deducted one 0, grade D', () => {
    expect(scoreInspection([])).toMatchObject({ ok: true, score: 100, grade: 'A', totalDeduction: 0 });
    expect(scoreInspection(sheetDeducting(100))).toMatchObject({ ok: true, score: 0, grade: 'D', totalDeduction: 100 });
  });

  it.each([
    [15, 85, 'A'],
    [15.5, 84.5, 'B'],
    [25, 75, 'B'],
    [25.5, 74.5, 'C'],
    [40, 60, 'C'],
    [40.5, 59.5, 'D'],
  ])('deducting %s gives %s, grade %s', (deducted, score, grade) => {
    expect(scoreInspection(sheetDeducting(deducted))).toMatchObject({ ok: true, score, grade });
  });

  it('grades on both sides of 85, 75 and 60', () => {
    expect([85, 84.99, 75, 74.99, 60, 59.99, 100, 0].map(inspectionGrade)).toEqual(['A', 'B', 'B', 'C', 'C', 'D', 'A', 'D']);
  });

  it('adds up by section', () => {
    const r = scoreInspection([
      { itemId: 'SEC-01', points: 2 },
      { itemId: 'SEC-03', points: 1.5 },
      { itemId: 'FIR-01', points: 3, note: '消防通道堆放杂物' },
      { itemId: 'ELV-02', points: 0 },
    ]);
    expect(r.ok && r.bySection).toEqual({
      SECURITY: 3.5,
      CLEANING: 0,
      GREENING: 0,
      FACILITIES: 0,
      CUSTOMER_SERVICE: 0,
      FEE_DISCLOSURE: 0,
      FIRE: 3,
      ELEVATOR: 0,
    });
    expect(r.ok && r.score).toBe(93.5);
  });

  it('reports every bad deduction at once, naming the item', () => {
    const r = scoreInspection([
      { itemId: 'XXX-01', points: 1 },
      { itemId: 'SEC-01', points: 1 },
      { itemId: 'SEC-01', points: 1 },
      { itemId: 'SEC-02', points: -0.5 },
      { itemId: 'SEC-03', points: 4.5 },
      { itemId: 'SEC-04', points: Number.NaN },
      { itemId: 'SEC-05', points: 0.3 },
    ]);
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'deduction', code: 'UNKNOWN_CHECKLIST_ITEM', params: { item: 'XXX-01' } },
        { field: 'deduction', code: 'DUPLICATE_CHECKLIST_ITEM', params: { item: 'SEC-01' } },
        { field: 'deduction', code: 'DEDUCTION_OUT_OF_RANGE', params: { item: 'SEC-02', max: 4 } },
        { field: 'deduction', code: 'DEDUCTION_OUT_OF_RANGE', params: { item: 'SEC-03', max: 4 } },
        { field: 'deduction', code: 'DEDUCTION_OUT_OF_RANGE', params: { item: 'SEC-04', max: 3 } },
        { field: 'deduction', code: 'DEDUCTION_STEP', params: { item: 'SEC-05', step: 0.5 } },
      ],
    });
    for (const e of r.ok ? [] : r.errors) expect(hasMessage(e.code)).toBe(true);
    expect(messageFor({ field: 'deduction', code: 'DEDUCTION_OUT_OF_RANGE', params: { item: 'SEC-03', max: 4 } }, 'zh-CN')).toBe(
      '检查项“SEC-03”的扣分须在 0 到 4 分之间',
    );
  });

  it('the maximum of an item is allowed, and is the only limit', () => {
    for (const item of INSPECTION_CHECKLIST) {
      expect(scoreInspection([{ itemId: item.id, points: item.maxDeduction }]).ok).toBe(true);
      expect(scoreInspection([{ itemId: item.id, points: item.maxDeduction + 0.5 }]).ok).toBe(false);
    }
  });

  it('score = 100 − Σ deductions, within 0…100, graded consistently (any valid sheet)', () => {
    const sheet = fc
      .subarray([...INSPECTION_CHECKLIST])
      .chain((items) => fc.tuple(...items.map((i) => fc.integer({ min: 0, max: i.maxDeduction * 2 }).map((halves) => ({ itemId: i.id, points: halves / 2 })))));
    fc.assert(
      fc.property(sheet, (deductions) => {
        const r = scoreInspection(deductions);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const sum = deductions.reduce((s, d) => s + d.points, 0);
        expect(r.score).toBe(100 - sum);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.grade).toBe(inspectionGrade(r.score));
        expect(Object.values(r.bySection).reduce((s, v) => s + v, 0)).toBe(sum);
      }),
    );
  });
});

describe('inspection outcomes', () => {
  it('grade D proposes B14 and a refusal to cooperate B10, each once', () => {
    expect(inspectionRecordProposals({ grade: 'D', refusedToCooperate: false }, [])).toEqual(['B14']);
    expect(inspectionRecordProposals({ grade: 'C', refusedToCooperate: false }, [])).toEqual([]);
    expect(inspectionRecordProposals({ grade: null, refusedToCooperate: true }, [])).toEqual(['B10']);
    expect(inspectionRecordProposals({ grade: 'D', refusedToCooperate: true }, ['B14'])).toEqual(['B10']);
    expect(inspectionRecordProposals({ grade: 'D', refusedToCooperate: true }, ['B14', 'B10'])).toEqual([]);
  });

  it('turns every deducted item into a finding, in checklist order, with its category', () => {
    const findings = findingsOf([
      { itemId: 'FIR-01', points: 3, note: ' 消防通道堆放杂物 ' },
      { itemId: 'CLN-02', points: 0, note: '无问题' },
      { itemId: 'SEC-03', points: 1.5 },
    ]);
    expect(findings).toEqual([
      {
        itemId: 'SEC-03',
        section: 'SECURITY',
        category: 'PARKING_SECURITY',
        title: INSPECTION_CHECKLIST.find((i) => i.id === 'SEC-03')!.text,
        points: 1.5,
        note: null,
      },
      {
        itemId: 'FIR-01',
        section: 'FIRE',
        category: 'FIRE',
        title: '消防车通道、安全出口、疏散通道畅通，无占用、堵塞、封闭',
        points: 3,
        note: '消防通道堆放杂物',
      },
    ]);
  });
});
