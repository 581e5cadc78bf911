import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDecimal, formatNumber, formatPercent, formatPoints, formatScore } from './format';

describe('zh-CN formats', () => {
  it('groups numbers and keeps the decimals asked for', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(12345.678)).toBe('12,345.68');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatDecimal(1234567.5)).toBe('1,234,567.50');
    expect(formatDecimal(3, 0)).toBe('3');
  });

  it('writes scores with one decimal and points with their sign', () => {
    expect(formatScore(85)).toBe('85.0');
    expect(formatScore(72.35)).toBe('72.4');
    expect(formatScore(1002.5)).toBe('1,002.5');
    expect(formatScore(undefined)).toBe('');
    expect(formatPoints(3)).toBe('+3');
    expect(formatPoints(-5)).toBe('−5');
    expect(formatPoints(0)).toBe('0');
  });

  it('writes ratios as percentages with one decimal; no data is a dash', () => {
    expect(formatPercent(0.953)).toBe('95.3%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(undefined)).toBe('—');
  });

  it('writes dates and times in Shanghai whatever the browser’s zone', () => {
    expect(formatDate('2026-03-10T17:30:00Z')).toBe('2026-03-11');
    expect(formatDate('2026-03-10')).toBe('2026-03-10');
    expect(formatDateTime('2026-03-10T01:02:03Z')).toBe('2026-03-10 09:02');
    expect(formatDateTime(null)).toBe('');
  });
});
