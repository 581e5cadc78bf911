import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AuditLog, Department, Issue, SpecialInspection } from '../entities/index.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { DEMO_REFERENCE_DATE } from './demo-county.js';

describeEachDriver('demo special inspections', (driver) => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await createTestOrm({ driver, seed: true });
  });
  afterAll(async () => dropTestOrm(orm));

  it('gives each inspecting department completed inspections and one in progress, dated before the reference date', async () => {
    const em = orm.em.fork();
    const rows = await em.find(SpecialInspection, {}, { populate: ['department'] });
    for (const name of ['市场监管局', '公安局', '消防救援大队', '住建局', '财政局']) {
      const mine = rows.filter((r) => r.department.name === name);
      expect(mine.filter((r) => r.status === 'COMPLETED').length, name).toBeGreaterThanOrEqual(1);
      expect(
        mine.filter((r) => r.status === 'IN_PROGRESS'),
        name,
      ).toHaveLength(1);
    }
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['ELEVATOR_SAFETY', 'FEE_DISPLAY', 'MAINTENANCE_FUND', 'PUBLIC_SECURITY', 'FIRE_LANES']));
    for (const r of rows) {
      expect(r.startedOn! <= DEMO_REFERENCE_DATE).toBe(true);
      expect(r.createdAt.toISOString().slice(0, 10) < DEMO_REFERENCE_DATE).toBe(true);
      if (r.status === 'IN_PROGRESS') expect(r.results.length).toBeGreaterThan(0);
    }
  });

  it('puts every failed item of a completed inspection into the ledger, dated by the inspection, with audit rows', async () => {
    const em = orm.em.fork();
    const completed = await em.find(SpecialInspection, { status: 'COMPLETED' });
    const failed = completed.flatMap((s) => s.results.filter((r) => !r.passed).map((r) => `${s.id}:${r.itemId}`));
    const issues = await em.find(Issue, { source: 'SPECIAL_INSPECTION' }, { populate: ['department'] });
    expect(issues.map((i) => `${i.sourceId}:${i.checklistItemId}`).sort()).toEqual(failed.sort());
    expect(failed.length).toBeGreaterThanOrEqual(5);
    for (const i of issues) {
      const s = completed.find((c) => String(c.id) === i.sourceId)!;
      expect(i.createdAt.toISOString().slice(0, 10) <= s.completedOn!).toBe(true);
    }
    // Routed by category: a fire-lane finding goes to the fire brigade, a maintenance-fund one to 财政局.
    const fire = await em.findOneOrFail(Department, { name: '消防救援大队' });
    expect(issues.filter((i) => i.category === 'FIRE').every((i) => i.department?.id === fire.id)).toBe(true);
    expect(issues.filter((i) => i.category === 'MAINTENANCE_FUND').every((i) => i.department?.name === '财政局')).toBe(true);
    expect(await em.count(AuditLog, { action: 'specialInspection.complete' })).toBe(completed.length);
  });
});
