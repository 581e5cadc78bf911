import { INSPECTION_CHECKLIST } from '@wuye/domain';
import { describe, expect, it } from 'vitest';
import { checklistTotals, deductionsToSend, validDeduction } from './checklist';

const items = INSPECTION_CHECKLIST.map((i) => ({ id: i.id, section: i.section, text: i.text, maxDeduction: i.maxDeduction }));

describe('inspection checklist totals', () => {
  it('starts at 100, grade A, sections summing to 100', () => {
    const t = checklistTotals(items, []);
    expect(t).toMatchObject({ score: 100, grade: 'A', totalDeduction: 0, invalid: [] });
    expect(t.sections.reduce((s, x) => s + x.max, 0)).toBe(100);
  });

  it('subtracts valid deductions per section and grades on the boundaries', () => {
    const t = checklistTotals(items, [
      { itemId: 'SEC-01', points: 4 },
      { itemId: 'SEC-02', points: 2.5 },
      { itemId: 'CLN-01', points: 4 },
      { itemId: 'FIR-01', points: 3 },
      { itemId: 'FIR-02', points: 1.5 },
    ]);
    expect(t.totalDeduction).toBe(15);
    expect(t.score).toBe(85);
    expect(t.grade).toBe('A');
    expect(t.sections.find((s) => s.section === 'SECURITY')?.deducted).toBe(6.5);
    expect(
      checklistTotals(items, [
        { itemId: 'SEC-01', points: 4 },
        { itemId: 'SEC-02', points: 4 },
        { itemId: 'SEC-03', points: 4 },
        { itemId: 'SEC-04', points: 3 },
        { itemId: 'SEC-05', points: 0.5 },
      ]).grade,
    ).toBe('B'); // 84.5
  });

  it('reaches D below 60', () => {
    const all = items.map((i) => ({ itemId: i.id, points: i.maxDeduction }));
    const t = checklistTotals(items, all);
    expect(t.score).toBe(0);
    expect(t.grade).toBe('D');
  });

  it('leaves out and reports deductions off the 0.5 grid, above the maximum or on unknown items', () => {
    const t = checklistTotals(items, [
      { itemId: 'SEC-01', points: 4.5 },
      { itemId: 'SEC-02', points: 0.3 },
      { itemId: 'NOPE', points: 1 },
      { itemId: 'CLN-01', points: 1 },
    ]);
    expect(t.invalid).toEqual(['SEC-01', 'SEC-02', 'NOPE']);
    expect(t.score).toBe(99);
    expect(validDeduction(0, 2)).toBe(true);
    expect(validDeduction(-0.5, 2)).toBe(false);
    expect(validDeduction(Number.NaN, 2)).toBe(false);
  });

  it('sends only items with points, notes trimmed', () => {
    expect(
      deductionsToSend([
        { itemId: 'A', points: 0, note: 'x' },
        { itemId: 'B', points: 1, note: '  漏水 ' },
        { itemId: 'C', points: 2, note: ' ' },
      ]),
    ).toEqual([
      { itemId: 'B', points: 1, note: '漏水' },
      { itemId: 'C', points: 2 },
    ]);
  });
});
