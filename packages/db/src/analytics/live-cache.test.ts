import type { EntityManager } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { LIVE_CACHE_ROWS, keptUnderLiveToken } from './rollups.js';

/** The kept answers are bounded by rows, whatever their shapes (a firm-by-firm answer is thousands of rows). */
describe('answers kept under live tokens', () => {
  const em = () => ({ config: owner }) as unknown as EntityManager;
  let owner = {};
  const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('reuses an answer under the same version only, and keeps none without a version', async () => {
    owner = {};
    let computed = 0;
    const ask = (version: string | null) => keptUnderLiveToken(em(), version, 'k', async () => rows(++computed));
    await ask('v1');
    await ask('v1');
    expect(computed).toBe(1);
    await ask('v2');
    expect(computed).toBe(2);
    await ask(null);
    await ask(null);
    expect(computed).toBe(4);
  });

  it('drops the least recently used answers to stay within the row budget, and never keeps one larger than it', async () => {
    owner = {};
    let computed = 0;
    const ask = (key: string, n: number) => keptUnderLiveToken(em(), 'v', key, async () => (computed++, rows(n)));
    const half = Math.floor(LIVE_CACHE_ROWS / 2);
    await ask('a', half);
    await ask('b', half);
    await ask('a', half); // a is now the most recently used
    await ask('c', half); // b is dropped
    expect(computed).toBe(3);
    await ask('a', half);
    expect(computed).toBe(3);
    await ask('b', half);
    expect(computed).toBe(4);
    await ask('huge', LIVE_CACHE_ROWS + 1);
    await ask('huge', LIVE_CACHE_ROWS + 1);
    expect(computed).toBe(6);
  });
});
