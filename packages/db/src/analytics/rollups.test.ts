import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KPI_GROUPINGS, parsePeriod, type KpiGrouping } from '@wuye/domain';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { computeKpis } from './kpi-engine.js';
import { kpisWithRollups, rollUpClosedMonths } from './rollups.js';
import { run } from './sql.js';
import { Issue } from '../entities/index.js';
import { KPI_NOW, KPI_TODAY, nd, seedKpiFixture } from '../fixtures/kpi-fixture.js';

const DIMS: KpiGrouping[][] = [[], ...KPI_GROUPINGS.filter((g) => g !== 'MONTH').map((g) => [g])];
const GROUPINGS: KpiGrouping[][] = DIMS.flatMap((g) => [g, [...g, 'MONTH' as KpiGrouping]]);
// Closed months, the month still running (2026-11 on 2026-11-15), quarters and years across both, a custom range
// clipping its first and last month, and months with nothing in them.
const PERIODS = ['2025-10', '2026-04', '2026-09', '2026-10', '2026-11', '2026Q3', '2026Q4', '2026', '2025', '2026-09-15~2026-11-15'];

describeEachDriver('KPI month roll-ups', (driver) => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    await seedKpiFixture(orm.em.fork());
  });
  afterAll(async () => orm && dropTestOrm(orm));

  const q = (period: string, groupBy: KpiGrouping[]) => ({
    period: parsePeriod(period)!,
    groupBy,
    filter: {},
    today: KPI_TODAY,
    now: KPI_NOW,
    firstResponseDays: 3,
  });
  const expectSameAsLive = async () => {
    for (const period of PERIODS)
      for (const groupBy of GROUPINGS) {
        const live = await computeKpis(orm.em.fork(), q(period, groupBy));
        const rolled = await kpisWithRollups(orm.em.fork(), q(period, groupBy));
        expect(rolled, `${period} by ${groupBy.join('+') || 'county'}`).toEqual(live);
      }
  };

  it('rolls up every closed month once, up to the last closed one', async () => {
    const months = await rollUpClosedMonths(orm.em.fork(), { today: KPI_TODAY, now: KPI_NOW, firstResponseDays: 3 });
    // The oldest fact is September 2026's issue I5; November is still running on 2026-11-15.
    expect(months).toEqual(['2026-09', '2026-10']);
    expect(await rollUpClosedMonths(orm.em.fork(), { today: KPI_TODAY, now: KPI_NOW, firstResponseDays: 3, from: '2025-10' })).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
    ]);
  });

  it('answers every KPI, grouping and period exactly as the live computation', async () => {
    await expectSameAsLive();
  });

  it('reads the stored figures for closed months (a tampered roll-up shows through)', async () => {
    const em = orm.em.fork();
    await run(em, `update kpi_rollup set numerator = numerator + 100 where month = '2026-10' and grouping = 'COUNTY' and kpi = 'CLOSE_OFF_RATE'`, []);
    const [row] = await kpisWithRollups(em, q('2026-10', []));
    expect(nd(row, 'CLOSE_OFF_RATE')).toEqual([101, 4]);
    await run(em, `update kpi_rollup set numerator = numerator - 100 where month = '2026-10' and grouping = 'COUNTY' and kpi = 'CLOSE_OFF_RATE'`, []);
  });

  it('a correction to old data refreshes the months it touches in the same transaction', async () => {
    const [before] = await kpisWithRollups(orm.em.fork(), q('2026-09', []));
    expect(nd(before, 'OVERDUE_ISSUES')).toEqual([1, 2]);
    // I5 (registered 2026-09-10, due 09-20, still open): its deadline is corrected to 10-25.
    await orm.em.fork().transactional(async (em) => {
      const i5 = await em.findOneOrFail(Issue, { title: 'I5' });
      i5.deadline = '2026-10-25';
      await em.flush();
      const [inside] = await kpisWithRollups(em, q('2026-09', []));
      expect(nd(inside, 'OVERDUE_ISSUES')).toEqual([0, 2]);
    });
    const stored = await run(orm.em.fork(), `select numerator from kpi_rollup where month = '2026-09' and grouping = 'COUNTY' and kpi = 'OVERDUE_ISSUES'`, []);
    expect(stored.map((r) => Number(r.numerator))).toEqual([0]);
    await expectSameAsLive();
  });

  it('a correction rolled back leaves the stored months as they were', async () => {
    await expect(
      orm.em.fork().transactional(async (em) => {
        const i5 = await em.findOneOrFail(Issue, { title: 'I5' });
        i5.deadline = '2026-09-01';
        await em.flush();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await expectSameAsLive();
  });
});
