import { describe, expect, it } from 'vitest';
import { gradeDistribution } from './gradeDistribution';

describe('gradeDistribution', () => {
  it('lists the grades in order and the unrated rest', () => {
    expect(gradeDistribution(20, { AAA: 2, AA: 5, A: 6, B: 3, C: 1 })).toEqual([
      { grade: 'AAA', count: 2 },
      { grade: 'AA', count: 5 },
      { grade: 'A', count: 6 },
      { grade: 'B', count: 3 },
      { grade: 'C', count: 1 },
      { grade: null, count: 3 },
    ]);
  });

  it('treats counts still loading as zero and never shows a negative rest', () => {
    expect(gradeDistribution(undefined, { AAA: 1 })).toEqual([
      { grade: 'AAA', count: 1 },
      { grade: 'AA', count: 0 },
      { grade: 'A', count: 0 },
      { grade: 'B', count: 0 },
      { grade: 'C', count: 0 },
    ]);
  });
});
