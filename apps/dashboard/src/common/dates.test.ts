import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, todayInShanghai } from './dates';

describe('dates in Asia/Shanghai', () => {
  it('keeps calendar dates as they are', () => {
    expect(formatDate('2026-03-10')).toBe('2026-03-10');
    expect(formatDateTime('2026-03-10')).toBe('2026-03-10');
  });

  it('shows timestamps on the Shanghai calendar (UTC+8)', () => {
    expect(formatDate('2026-03-10T15:59:59Z')).toBe('2026-03-10');
    expect(formatDate('2026-03-10T16:00:00Z')).toBe('2026-03-11');
    expect(formatDateTime('2026-03-10T01:02:03.000Z')).toBe('2026-03-10 09:02');
    expect(formatDate(new Date('2025-12-31T20:00:00Z'))).toBe('2026-01-01');
    expect(todayInShanghai(new Date('2026-06-30T17:00:00Z'))).toBe('2026-07-01');
  });

  it('shows nothing for empty or invalid values', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });
});
