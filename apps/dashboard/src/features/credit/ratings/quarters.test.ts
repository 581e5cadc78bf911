import { describe, expect, it } from 'vitest';
import { nextQuarterToPrepare } from './quarters';

describe('the quarter to prepare', () => {
  it('is the last finished quarter, in Shanghai time', () => {
    expect(nextQuarterToPrepare(new Date('2026-11-27T00:00:00Z'))).toBe('2026Q3');
    expect(nextQuarterToPrepare(new Date('2026-02-01T00:00:00Z'))).toBe('2025Q4');
    // 2026-03-31 17:00 UTC is already 2026-04-01 in Shanghai
    expect(nextQuarterToPrepare(new Date('2026-03-31T17:00:00Z'))).toBe('2026Q1');
  });
});
