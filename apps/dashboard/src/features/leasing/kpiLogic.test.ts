import { describe, expect, it } from 'vitest';
import { ageingBars, bpChange, bpPercent, collectionPoints, incomeBars, squareMetres, yuan } from './kpiLogic';

describe('leasing KPI formatting', () => {
  it('percentages from basis points, with a dash for nothing to divide by', () => {
    expect(bpPercent(7750)).toBe('77.5%');
    expect(bpPercent(0)).toBe('0.0%');
    expect(bpPercent(10000)).toBe('100.0%');
    expect(bpPercent(null)).toBe('—');
    expect(bpChange(32000)).toBe('+320.0%');
    expect(bpChange(-750)).toBe('-7.5%');
    expect(bpChange(0)).toBe('0.0%');
    expect(bpChange(null)).toBe('—');
  });

  it('money in yuan and areas in m²', () => {
    expect(yuan(123456789)).toBe('1,234,567.89');
    expect(yuan(-5)).toBe('-0.05');
    expect(squareMetres(123450)).toBe('1,234.5');
  });

  it('chart series', () => {
    expect(incomeBars([{ month: 1, thisYearFen: 1_000_00, lastYearFen: 50 }])).toEqual([{ month: 1, thisYear: 1000, lastYear: 1 }]);
    expect(
      collectionPoints([
        { month: 4, rateBp: null, dueFen: 0 },
        { month: 5, rateBp: 5000, dueFen: 200 },
      ]),
    ).toEqual([
      { month: 4, rate: null, due: 0 },
      { month: 5, rate: 0.5, due: 2 },
    ]);
    expect(ageingBars({ bucketsFen: [100, 0], bucketLabels: ['1–30 天', '> 30 天'] })).toEqual([
      { label: '1–30 天', amount: 1 },
      { label: '> 30 天', amount: 0 },
    ]);
  });
});
