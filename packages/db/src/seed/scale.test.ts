import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parsePeriod } from '@wuye/domain';
import { computeKpis } from '../analytics/kpi-engine.js';
import { Community, Complaint, CreditRecord, Enterprise, Issue, Milestone, Township } from '../entities/index.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { seedScale } from './scale.js';

describeEachDriver('scale generator (a thousandth of the province)', (driver) => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    await seedScale(orm.em.fork(), { factor: 0.001 });
  });
  afterAll(async () => orm && dropTestOrm(orm));

  it('creates the proportions asked for, consistently linked', async () => {
    const em = orm.em.fork();
    expect([
      await em.count(Township, {}),
      await em.count(Enterprise, {}),
      await em.count(Community, {}),
      await em.count(Issue, {}),
      await em.count(Complaint, {}),
      await em.count(CreditRecord, {}),
      await em.count(Milestone, {}),
    ]).toEqual([2, 10, 100, 1000, 100, 1000, 15]);
    // Every issue's township and firm are those of its community.
    const issue = await em.findOneOrFail(Issue, { id: 1 }, { populate: ['community'] });
    expect(issue.township.id).toBe(issue.community.township.id);
    expect(issue.enterprise?.id).toBe(issue.community.enterprise?.id);
  });

  it('the KPI engine runs over it', async () => {
    const [row] = await computeKpis(orm.em.fork(), {
      period: parsePeriod('2026')!,
      groupBy: [],
      filter: {},
      today: '2026-11-15',
      now: new Date('2026-11-15T04:00:00Z'),
      firstResponseDays: 3,
    });
    expect(row!.cells.CLOSE_OFF_RATE.denominator).toBeGreaterThan(400);
    expect(row!.cells.CAMPAIGN_MILESTONES.denominator).toBeGreaterThan(0);
  });

  it('is deterministic', async () => {
    const again = await createTestOrm({ driver });
    try {
      await seedScale(again.em.fork(), { factor: 0.001 });
      const sig = async (o: MikroORM) =>
        (await o.em.fork().find(Issue, {}, { orderBy: { id: 'asc' }, limit: 50 })).map(
          (i) => `${i.community.id}:${i.category}:${i.deadline}:${i.createdAt.getTime()}`,
        );
      expect(await sig(again)).toEqual(await sig(orm));
    } finally {
      await dropTestOrm(again);
    }
  });
});
