import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DrawnCommunity, DrawnInspector, PoolInspector, RandomDraw } from '../entities/index.js';
import { reproduceDraw } from '../random-inspections/queries.js';
import { createTestOrm, dropTestOrm } from '../testing.js';
import { DEMO_DRAW_SEED } from './demo-random-inspections.js';

let orm: MikroORM;
beforeAll(async () => {
  orm = await createTestOrm({ driver: 'sqlite', seed: true });
});
afterAll(async () => orm && dropTestOrm(orm));

it("has an inspector pool and November's published draw that reproduces from its seed, five communities inspected", async () => {
  const em = orm.em.fork();
  expect(await em.count(PoolInspector, {})).toBeGreaterThanOrEqual(12);
  const draw = await em.findOneOrFail(RandomDraw, { status: 'PUBLISHED' });
  expect([draw.seed, draw.communityCount]).toEqual([DEMO_DRAW_SEED, 8]);
  expect((await reproduceDraw(em, draw))?.matches).toBe(true);
  const rows = await em.find(DrawnCommunity, { draw }, { populate: ['enterprise'] });
  expect(rows).toHaveLength(8);
  expect(rows.filter((r) => r.inspection)).toHaveLength(5);
  expect(await em.count(DrawnInspector, { drawnCommunity: { draw } })).toBe(16);
  // Weighted by risk: the list leans towards lower grades, as the weights say.
  expect(rows.filter((r) => r.weight > 1).length).toBeGreaterThan(0);
});
