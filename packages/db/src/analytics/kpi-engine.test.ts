import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parsePeriod, type KpiGrouping } from '@wuye/domain';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { computeKpis, type KpiFilter } from './kpi-engine.js';
import { KPI_NOW, KPI_TODAY, nd, seedKpiFixture, type KpiFixtureIds } from '../fixtures/kpi-fixture.js';

describeEachDriver('KPI engine against hand-computed figures', (driver) => {
  let orm: MikroORM;
  let ids: KpiFixtureIds;
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    ids = await seedKpiFixture(orm.em.fork());
  });
  afterAll(async () => orm && dropTestOrm(orm));

  const kpis = (period: string, groupBy: KpiGrouping[] = [], filter: KpiFilter = {}) =>
    computeKpis(orm.em.fork(), { period: parsePeriod(period)!, groupBy, filter, today: KPI_TODAY, now: KPI_NOW, firstResponseDays: 3 });

  it('county-wide, October 2026: period boundaries included at both ends', async () => {
    const [row, ...more] = await kpis('2026-10');
    expect(more).toEqual([]);
    // Registered in October: I1 (10-01 00:00), I2 (10-31 23:59:59), I4, I6; closed by Oct 31: I1 only.
    expect(nd(row, 'CLOSE_OFF_RATE')).toEqual([1, 4]);
    // Closed in October: I1 on its deadline day, I3 a day late.
    expect(nd(row, 'ON_TIME_RATE')).toEqual([1, 2]);
    // Open on Oct 31 with a deadline: I2 (due 11-05, not yet overdue), I4 (closed only in November), I5.
    expect(nd(row, 'OVERDUE_ISSUES')).toEqual([2, 3]);
    // Received in October: K1 answered exactly at 3 days, K2 one minute late, K3 unanswered past its window, K5 on time.
    expect(nd(row, 'COMPLAINT_TIMELINESS')).toEqual([2, 4]);
    // Follow-up visits in October: K1 satisfied, K5 dissatisfied (K2's visit is in November).
    expect(nd(row, 'SATISFACTION')).toEqual([1, 2]);
    // Milestones due in October: MS1 on its due day, MS2 late, MS3 still pending.
    expect(nd(row, 'CAMPAIGN_MILESTONES')).toEqual([1, 3]);
    // M1 trained in April; M2 was absent; M3's session (2025-10-01) is more than a year before Oct 31.
    expect(nd(row, 'TRAINING')).toEqual([1, 3]);
    expect(nd(row, 'NEW_RESIDENTIAL_COVERAGE')).toEqual([2, 3]);
    expect(nd(row, 'OLD_COMMUNITY_COVERAGE')).toEqual([2, 3]);
    // N1, N2, O1, N3, O2, O3 can form a committee (X is no residential community); none has one.
    expect(nd(row, 'COMMITTEE_FORMATION')).toEqual([0, 6]);
    expect(row!.cells.CREDIT_DISTRIBUTION.distribution).toEqual({ AAA: 1, AA: 0, A: 0, B: 1, C: 1, RED: 1, BLACK: 1 });
    expect(nd(row, 'CREDIT_DISTRIBUTION')).toEqual([3, 3]);
  });

  it('the month still running is counted up to today', async () => {
    const [row] = await kpis('2026-11');
    expect(nd(row, 'CLOSE_OFF_RATE')).toEqual([0, 0]);
    expect(nd(row, 'ON_TIME_RATE')).toEqual([0, 1]);
    expect(nd(row, 'OVERDUE_ISSUES')).toEqual([2, 2]);
    // K4 is still inside its response window: not counted either way yet.
    expect(nd(row, 'COMPLAINT_TIMELINESS')).toEqual([0, 0]);
    expect(nd(row, 'SATISFACTION')).toEqual([1, 1]);
    // MS5 done early; MS4 not due until 11-20.
    expect(nd(row, 'CAMPAIGN_MILESTONES')).toEqual([1, 1]);
  });

  it('an empty period: zero counts, so every ratio is "no data"', async () => {
    const [row] = await kpis('2025-01');
    for (const code of [
      'CLOSE_OFF_RATE',
      'ON_TIME_RATE',
      'OVERDUE_ISSUES',
      'COMPLAINT_TIMELINESS',
      'SATISFACTION',
      'CAMPAIGN_MILESTONES',
      'TRAINING',
    ] as const) {
      expect(nd(row, code), code).toEqual([0, 0]);
    }
  });

  it('the previous period (September): registered on the last second of the month counts there', async () => {
    const [row] = await kpis('2026-09');
    expect(nd(row, 'CLOSE_OFF_RATE')).toEqual([0, 2]);
    expect(nd(row, 'OVERDUE_ISSUES')).toEqual([1, 2]);
  });

  it('by township, with a row for each township', async () => {
    const rows = await kpis('2026-10', ['TOWNSHIP']);
    expect(rows.map((r) => r.groupId).sort()).toEqual([ids.t1, ids.t2].sort());
    const t1 = rows.find((r) => r.groupId === ids.t1);
    const t2 = rows.find((r) => r.groupId === ids.t2);
    expect(t1!.groupName).toBe('城关镇');
    expect([nd(t1, 'CLOSE_OFF_RATE'), nd(t1, 'ON_TIME_RATE'), nd(t1, 'OVERDUE_ISSUES')]).toEqual([
      [1, 2],
      [1, 1],
      [1, 2],
    ]);
    expect([nd(t2, 'CLOSE_OFF_RATE'), nd(t2, 'ON_TIME_RATE'), nd(t2, 'OVERDUE_ISSUES')]).toEqual([
      [0, 2],
      [0, 1],
      [1, 1],
    ]);
    expect([nd(t1, 'COMPLAINT_TIMELINESS'), nd(t1, 'SATISFACTION')]).toEqual([
      [1, 2],
      [1, 1],
    ]);
    expect([nd(t2, 'COMPLAINT_TIMELINESS'), nd(t2, 'SATISFACTION')]).toEqual([
      [1, 2],
      [0, 1],
    ]);
    expect([nd(t1, 'NEW_RESIDENTIAL_COVERAGE'), nd(t1, 'OLD_COMMUNITY_COVERAGE')]).toEqual([
      [1, 2],
      [1, 1],
    ]);
    expect([nd(t2, 'NEW_RESIDENTIAL_COVERAGE'), nd(t2, 'OLD_COMMUNITY_COVERAGE')]).toEqual([
      [1, 1],
      [1, 2],
    ]);
    expect([nd(t1, 'TRAINING'), nd(t2, 'TRAINING')]).toEqual([
      [1, 2],
      [0, 1],
    ]);
    // The expelled firm in T1 does not count.
    expect(t1!.cells.CREDIT_DISTRIBUTION.distribution).toMatchObject({ AAA: 1, A: 0, RED: 1 });
    // Milestones are county-wide: not broken down by township.
    expect(nd(t1, 'CAMPAIGN_MILESTONES')).toBeNull();
  });

  it('by department: issues and complaints routed to it, milestones it answers for', async () => {
    const rows = await kpis('2026-10', ['DEPARTMENT']);
    const d1 = rows.find((r) => r.groupId === ids.d1);
    const d2 = rows.find((r) => r.groupId === ids.d2);
    expect([nd(d1, 'CLOSE_OFF_RATE'), nd(d1, 'ON_TIME_RATE'), nd(d1, 'OVERDUE_ISSUES')]).toEqual([
      [1, 3],
      [1, 1],
      [0, 1],
    ]);
    expect([nd(d2, 'CLOSE_OFF_RATE'), nd(d2, 'ON_TIME_RATE'), nd(d2, 'OVERDUE_ISSUES')]).toEqual([
      [0, 1],
      [0, 1],
      [2, 2],
    ]);
    expect([nd(d1, 'CAMPAIGN_MILESTONES'), nd(d2, 'CAMPAIGN_MILESTONES')]).toEqual([
      [1, 2],
      [0, 1],
    ]);
    expect(nd(d1, 'NEW_RESIDENTIAL_COVERAGE')).toBeNull();
  });

  it('by enterprise: only firms with figures get a row', async () => {
    const rows = await kpis('2026-10', ['ENTERPRISE']);
    const e1 = rows.find((r) => r.groupId === ids.e1);
    const e2 = rows.find((r) => r.groupId === ids.e2);
    const e3 = rows.find((r) => r.groupId === ids.e3);
    expect([nd(e1, 'CLOSE_OFF_RATE'), nd(e1, 'ON_TIME_RATE'), nd(e1, 'OVERDUE_ISSUES')]).toEqual([
      [1, 2],
      [1, 1],
      [1, 2],
    ]);
    expect([nd(e2, 'CLOSE_OFF_RATE'), nd(e2, 'ON_TIME_RATE'), nd(e2, 'OVERDUE_ISSUES')]).toEqual([
      [0, 1],
      [0, 1],
      [1, 1],
    ]);
    expect(nd(e3, 'CLOSE_OFF_RATE')).toEqual([0, 1]);
    expect([nd(e1, 'TRAINING'), nd(e2, 'TRAINING')]).toEqual([
      [1, 2],
      [0, 1],
    ]);
    expect(rows.some((r) => r.groupId === ids.ex)).toBe(false);
  });

  it('by month over a quarter, and by township and month together', async () => {
    const months = await kpis('2026Q4', ['MONTH']);
    expect(months.map((r) => r.month)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(nd(months[0], 'CLOSE_OFF_RATE')).toEqual([1, 4]);
    expect(nd(months[1], 'OVERDUE_ISSUES')).toEqual([2, 2]);
    // December has not begun: nothing is registered in it yet.
    expect(nd(months[2], 'CLOSE_OFF_RATE')).toEqual([0, 0]);
    const both = await kpis('2026-09-01~2026-10-31', ['TOWNSHIP', 'MONTH']);
    expect(both).toHaveLength(4);
    const t1oct = both.find((r) => r.month === '2026-10' && r.groupId === ids.t1);
    const t1sep = both.find((r) => r.month === '2026-09' && r.groupId === ids.t1);
    expect(nd(t1oct, 'CLOSE_OFF_RATE')).toEqual([1, 2]);
    expect(nd(t1sep, 'CLOSE_OFF_RATE')).toEqual([0, 1]);
    expect(nd(t1sep, 'OVERDUE_ISSUES')).toEqual([1, 1]);
  });

  it('each month of a grouped range gives exactly what that month gives asked for alone', async () => {
    const cells = (rows: Awaited<ReturnType<typeof kpis>>) => rows.map((r) => ({ groupId: r.groupId, cells: r.cells }));
    const months = await kpis('2025-09-01~2026-12-31', ['MONTH']);
    expect(months).toHaveLength(16);
    for (const row of months) expect(cells([row]), row.month!).toEqual(cells(await kpis(row.month!)));
    // Clipped first and last months, by township and month together.
    const both = await kpis('2026-09-15~2026-11-10', ['TOWNSHIP', 'MONTH']);
    for (const [month, alone] of [
      ['2026-09', '2026-09-15~2026-09-30'],
      ['2026-10', '2026-10'],
      ['2026-11', '2026-11-01~2026-11-10'],
    ] as const) {
      expect(cells(both.filter((r) => r.month === month)), month).toEqual(cells(await kpis(alone, ['TOWNSHIP'])));
    }
  });

  it('a township’s or a firm’s slice: the same figures as its row, and nothing else', async () => {
    const [t1] = await kpis('2026-10', [], { townshipId: ids.t1 });
    expect([nd(t1, 'CLOSE_OFF_RATE'), nd(t1, 'OVERDUE_ISSUES'), nd(t1, 'TRAINING'), nd(t1, 'NEW_RESIDENTIAL_COVERAGE')]).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    const byTown = await kpis('2026-10', ['TOWNSHIP'], { townshipId: ids.t2 });
    expect(byTown.map((r) => r.groupId)).toEqual([ids.t2]);
    const [e2] = await kpis('2026-10', [], { enterpriseId: ids.e2 });
    expect([nd(e2, 'CLOSE_OFF_RATE'), nd(e2, 'COMPLAINT_TIMELINESS')]).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(e2!.cells.CREDIT_DISTRIBUTION.distribution).toMatchObject({ C: 1, BLACK: 1, AAA: 0 });
    const byFirm = await kpis('2026-10', ['ENTERPRISE'], { enterpriseId: ids.e1 });
    expect(byFirm.map((r) => r.groupId)).toEqual([ids.e1]);
    const [dept] = await kpis('2026-10', [], { departmentId: ids.d2 });
    expect([nd(dept, 'CLOSE_OFF_RATE'), nd(dept, 'CAMPAIGN_MILESTONES')]).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });
});
