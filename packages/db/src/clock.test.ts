import { afterEach, describe, expect, it } from 'vitest';
import { clock } from './clock.js';

describe('the platform clock', () => {
  afterEach(() => clock.startAt(null));

  it('reads the real time until it is moved, then runs on from where it was put', async () => {
    expect(clock.isShifted()).toBe(false);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
    clock.startAt(new Date('2026-11-15T01:00:00Z'));
    expect(clock.isShifted()).toBe(true);
    expect(clock.today()).toBe('2026-11-15');
    const first = clock.now().getTime();
    await new Promise((ok) => setTimeout(ok, 20));
    expect(clock.now().getTime()).toBeGreaterThan(first);
    expect(clock.now().getTime() - Date.parse('2026-11-15T01:00:00Z')).toBeLessThan(60_000);
  });

  it('gives the calendar date in Shanghai, not UTC', () => {
    clock.startAt(new Date('2026-11-30T16:30:00Z'));
    expect(clock.today()).toBe('2026-12-01');
  });
});
