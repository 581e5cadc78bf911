import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, todayInShanghai } from './dates';
import { serverNow, syncClock } from './clock';

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

describe('the server clock', () => {
  it('proposes dates on the server’s clock, and on the browser’s when the server cannot be reached', async () => {
    await syncClock(async () => new Response(JSON.stringify({ status: 'ok', now: '2026-11-15T01:00:00.000Z' })));
    expect(Math.abs(serverNow().getTime() - Date.parse('2026-11-15T01:00:00.000Z'))).toBeLessThan(60_000);
    expect(todayInShanghai()).toBe('2026-11-15');
    await syncClock(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(Math.abs(serverNow().getTime() - Date.now())).toBeLessThan(1000);
  });
});
