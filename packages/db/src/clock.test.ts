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

  it('runAt reads a fixed instant inside its work and everything it awaits, and nowhere else', async () => {
    clock.startAt(new Date('2026-11-15T01:00:00Z'));
    const inside = (at: string) =>
      clock.runAt(new Date(at), async () => {
        const first = clock.now().toISOString();
        await new Promise((ok) => setTimeout(ok, 5));
        return [first, clock.now().toISOString(), clock.today()];
      });
    // Two at once, interleaved, each with its own instant; the running clock outside is untouched.
    const [a, b] = await Promise.all([inside('2026-03-01T01:30:00Z'), inside('2026-06-30T17:00:00Z')]);
    expect(a).toEqual(['2026-03-01T01:30:00.000Z', '2026-03-01T01:30:00.000Z', '2026-03-01']);
    expect(b).toEqual(['2026-06-30T17:00:00.000Z', '2026-06-30T17:00:00.000Z', '2026-07-01']);
    expect(clock.today()).toBe('2026-11-15');
    // Nested: the inner instant wins inside, the outer comes back after.
    await clock.runAt(new Date('2026-01-01T00:00:00Z'), async () => {
      await clock.runAt(new Date('2026-02-01T00:00:00Z'), async () => expect(clock.now().toISOString()).toBe('2026-02-01T00:00:00.000Z'));
      expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    });
  });
});
