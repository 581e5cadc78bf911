import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KPI_GROUPINGS, parsePeriod, type KpiGrouping } from '@wuye/domain';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { computeKpis } from './kpi-engine.js';
import { bumpKpiLiveToken, kpisWithRollups, rollUpClosedMonths } from './rollups.js';
import { run } from './sql.js';
import { Community, CommunityHistory, Enterprise, Issue, SurveyCode, Township } from '../entities/index.js';
import { answerSurvey, closeSurvey, createSurvey } from '../residents/surveys.js';
import { backfillCommunityHistory, communityKind, updateRegistryRow } from '../registry/index.js';
import { buildBulletinSnapshot } from './bulletin.js';
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

describeEachDriver('the running month kept per live token', (driver) => {
  let orm: MikroORM;
  const log: string[] = [];
  beforeAll(async () => {
    orm = await createTestOrm({ driver, onQuery: (sql) => log.push(sql) });
    await seedKpiFixture(orm.em.fork());
    await rollUpClosedMonths(orm.em.fork(), { today: KPI_TODAY, now: KPI_NOW, firstResponseDays: 3 });
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
  const statements = async (work: () => Promise<unknown>) => {
    log.length = 0;
    await work();
    return log.filter((l) => l.includes('[query]')).length;
  };
  // The home's requests (the running month, its previous month, the year by month, townships) and a firm's view.
  const VIEWS: [string, KpiGrouping[]][] = [
    ['2026-11', []],
    ['2026-11', ['TOWNSHIP']],
    ['2026-11', ['ENTERPRISE']],
    ['2026-11', ['DEPARTMENT']],
    ['2026', ['MONTH']],
    ['2026Q4', ['TOWNSHIP', 'MONTH']],
    ['2026-09-15~2026-11-15', ['MONTH']],
  ];
  const expectSameAsLive = async () => {
    for (const [period, groupBy] of VIEWS) {
      const live = await computeKpis(orm.em.fork(), q(period, groupBy));
      // Twice: the second answer is the kept one.
      expect(await kpisWithRollups(orm.em.fork(), q(period, groupBy)), `${period} by ${groupBy.join('+') || 'county'}`).toEqual(live);
      expect(await kpisWithRollups(orm.em.fork(), q(period, groupBy)), `${period} by ${groupBy.join('+') || 'county'} (kept)`).toEqual(live);
    }
  };

  it('answers a repeated running-month query from what it kept: the token, the rolled-up months and the two time-bound KPIs only', async () => {
    const cold = await statements(() => kpisWithRollups(orm.em.fork(), q('2026-11', [])));
    const warm = await statements(() => kpisWithRollups(orm.em.fork(), q('2026-11', [])));
    expect(cold).toBeGreaterThan(8);
    // The token; complaint timeliness; the credit distribution.
    expect(warm).toBe(3);
    await expectSameAsLive();
  });

  it('a write renews only the answers that read its family: an issue written recomputes the issue KPIs alone, a firm’s new credit score nothing', async () => {
    const read = async () => {
      log.length = 0;
      await kpisWithRollups(orm.em.fork(), q('2026-11', []));
      return log.filter((l) => l.includes('[query]'));
    };
    await read();
    const warm = (await read()).length;
    // A firm's score and grade move with every credit write; no KPI kept here reads them.
    await orm.em.fork().transactional(async (em) => {
      const e = await em.findOneOrFail(Enterprise, { name: 'K物业3' });
      e.score = e.score - 1;
      await em.flush();
    });
    expect((await read()).length).toBe(warm);
    // An issue's description: the three issue KPIs (close-off, on-time, overdue) are computed again for the month it was
    // registered in (September), one statement each, after the first month of issues is looked up again; nothing of
    // the registry, training or committees.
    await orm.em.fork().transactional(async (em) => {
      const i3 = await em.findOneOrFail(Issue, { title: 'I3' });
      i3.description = `${i3.description ?? ''}（补充）`;
      await em.flush();
    });
    const afterIssue = await read();
    expect(afterIssue.length).toBe(warm + 4);
    expect(afterIssue.filter((l) => /from \(?select .*issue i|from issue i|cross join issue i/s.test(l)).length).toBe(3);
    expect(afterIssue.some((l) => /community_history|project_manager|owners_committee|milestone/.test(l))).toBe(false);
    await expectSameAsLive();
    // Kept per month of registration: an issue moved to another month, and one registered in a month that had none.
    await orm.em.fork().transactional(async (em) => {
      const i3 = await em.findOneOrFail(Issue, { title: 'I3' });
      i3.createdAt = new Date('2026-11-02T09:00:00+08:00');
      await em.flush();
    });
    await expectSameAsLive();
    await orm.em.fork().transactional(async (em) => {
      const i5 = await em.findOneOrFail(Issue, { title: 'I5' }, { populate: ['community', 'township', 'enterprise', 'department'] });
      em.create(Issue, {
        source: 'TOWNSHIP_REPORT',
        category: 'ELEVATOR',
        title: 'I7',
        community: i5.community,
        township: i5.township,
        enterprise: i5.enterprise,
        department: i5.department,
        deadline: '2026-08-20',
        state: 'RECTIFYING',
        createdAt: new Date('2026-08-03T09:00:00+08:00'),
        updatedAt: new Date('2026-08-03T09:00:00+08:00'),
      });
      await em.flush();
    });
    await expectSameAsLive();
    // A firm's new name labels the answers grouped by firm: every family's answer is renewed.
    await orm.em.fork().transactional(async (em) => {
      const e = await em.findOneOrFail(Enterprise, { name: 'K物业3' });
      e.name = 'K物业3（更名）';
      await em.flush();
    });
    expect((await read()).length).toBeGreaterThan(warm + 3);
    await expectSameAsLive();
  });

  it('a write of any KPI fact is seen on the next read, whatever was kept', async () => {
    await expectSameAsLive();
    const [before] = await kpisWithRollups(orm.em.fork(), q('2026-11', []));
    // I2 (registered 10-31, due 11-05, open: overdue in November) is closed now.
    await orm.em.fork().transactional(async (em) => {
      const i2 = await em.findOneOrFail(Issue, { title: 'I2' });
      i2.state = 'CLOSED';
      i2.closedAt = KPI_NOW;
      await em.flush();
    });
    const [after] = await kpisWithRollups(orm.em.fork(), q('2026-11', []));
    expect(nd(after, 'OVERDUE_ISSUES')).not.toEqual(nd(before, 'OVERDUE_ISSUES'));
    await expectSameAsLive();
    // A township's new name (the groups' names are part of the answer).
    await orm.em.fork().transactional(async (em) => {
      const t = await em.findOneOrFail(Township, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } });
      t.name = `${t.name}（新）`;
      await em.flush();
    });
    await expectSameAsLive();
  });

  it('a survey answer renews the kept running month (a conditional UPDATE the unit of work does not see); the closing is seen on the next read', async () => {
    const REGULATOR = { userId: '', role: 'REGULATOR' as const };
    let state = 7;
    const random = (k: number) =>
      Uint8Array.from({ length: k }, () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return (state >>> 16) & 255;
      });
    const community = await orm.em.fork().findOneOrFail(Community, { enterprise: { $ne: null } }, { orderBy: { id: 'asc' } });
    const survey = await orm.em
      .fork()
      .transactional((em) =>
        createSurvey(
          em,
          REGULATOR,
          { communityId: String(community.id), title: '第四季度满意度测评', sampleSize: 5, opensOn: '2026-11-01', closesOn: '2026-11-20' },
          random,
        ),
      );
    const codes = await orm.em.fork().find(SurveyCode, { survey: survey.id }, { orderBy: { position: 'asc' } });
    await expectSameAsLive();
    const token = async () => (await run(orm.em.fork(), 'select token from kpi_live_version where id = 1', []))[0]?.token;
    // Three of five answer (at least half the sample: the result counts once closed); one in three favourable, so no G6.
    for (const [i, c] of codes.slice(0, 3).entries()) {
      const before = await token();
      await orm.em.fork().transactional((em) => answerSurvey(em, { code: c.code, answer: i === 0 ? 'SATISFIED' : 'DISSATISFIED' }, null, KPI_NOW));
      expect(await token()).not.toBe(before);
      await expectSameAsLive();
    }
    const [before] = await kpisWithRollups(orm.em.fork(), q('2026-11', []));
    await orm.em.fork().transactional((em) => closeSurvey(em, REGULATOR, survey.id, KPI_NOW));
    const [after] = await kpisWithRollups(orm.em.fork(), q('2026-11', []));
    const [n, d] = nd(before, 'SATISFACTION') ?? [0, 0];
    expect(nd(after, 'SATISFACTION')).toEqual([(n ?? 0) + 1, (d ?? 0) + 3]);
    await expectSameAsLive();
  });

  it('keeps nothing computed inside a transaction, and a rolled-back write leaves answers equal to the live ones', async () => {
    await expect(
      orm.em.fork().transactional(async (em) => {
        const i1 = await em.findOneOrFail(Issue, { title: 'I2' });
        i1.state = 'RECTIFYING';
        i1.closedAt = null;
        await em.flush();
        // Inside: the uncommitted change shows, and is not kept for anyone else.
        expect(await kpisWithRollups(em, q('2026-11', []))).toEqual(await computeKpis(em, q('2026-11', [])));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await expectSameAsLive();
    // Another write after the rollback gets a token never used before.
    await orm.em.fork().transactional((em) => bumpKpiLiveToken(em));
    await expectSameAsLive();
  });
});

describeEachDriver('coverage as the registry history had it', (driver) => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    await seedKpiFixture(orm.em.fork());
  });
  afterAll(async () => orm && dropTestOrm(orm));

  it('a community that gets a firm on 2026-11-15 counts as covered from November only: the change vs the previous period is not 0', async () => {
    const em = orm.em.fork();
    const n2 = await em.findOneOrFail(Community, { name: 'N2' });
    const e3 = await em.findOneOrFail(Enterprise, { name: 'K物业3' });
    await em.transactional((tx) => updateRegistryRow(tx, communityKind, n2.id, { serviceMode: 'ENTERPRISE', enterpriseId: String(e3.id) }, null, KPI_TODAY));
    const history = await orm.em.fork().find(CommunityHistory, { community: n2.id }, { orderBy: { id: 'asc' } });
    expect(history.map((h) => [h.serviceMode, h.enterprise?.id ?? null, h.validFrom, h.validTo])).toEqual([
      ['NONE', null, null, KPI_TODAY],
      ['ENTERPRISE', e3.id, KPI_TODAY, null],
    ]);
    const kpis = (period: string, groupBy: KpiGrouping[] = []) =>
      computeKpis(orm.em.fork(), { period: parsePeriod(period)!, groupBy, filter: {}, today: KPI_TODAY, now: KPI_NOW, firstResponseDays: 3 });
    const [oct] = await kpis('2026-10');
    const [nov] = await kpis('2026-11');
    expect(nd(oct, 'NEW_RESIDENTIAL_COVERAGE')).toEqual([2, 3]);
    expect(nd(nov, 'NEW_RESIDENTIAL_COVERAGE')).toEqual([3, 3]);
    // By month, each month its own figure; and the firm's filter follows the firm of the day.
    const months = await kpis('2026Q4', ['MONTH']);
    expect(months.map((r) => nd(r, 'NEW_RESIDENTIAL_COVERAGE'))).toEqual([
      [2, 3],
      [3, 3],
      [3, 3],
    ]);
    const firm = (period: string) =>
      computeKpis(orm.em.fork(), {
        period: parsePeriod(period)!,
        groupBy: [],
        filter: { enterpriseId: e3.id },
        today: KPI_TODAY,
        now: KPI_NOW,
        firstResponseDays: 3,
      });
    expect(nd((await firm('2026-10'))[0], 'NEW_RESIDENTIAL_COVERAGE')).toEqual([0, 0]);
    expect(nd((await firm('2026-11'))[0], 'NEW_RESIDENTIAL_COVERAGE')).toEqual([1, 1]);
    // The bulletin's comparison with the previous month shows the change.
    const snapshot = await buildBulletinSnapshot(orm.em.fork(), '2026-11', KPI_TODAY, KPI_NOW);
    const coverage = snapshot.county.find((k) => k.code === 'NEW_RESIDENTIAL_COVERAGE')!;
    expect([coverage.value, coverage.previous]).toEqual([1, 2 / 3]);
  });

  it('a second change the same day replaces that day’s version; an unchanged save writes none', async () => {
    const em = orm.em.fork();
    const o2 = await em.findOneOrFail(Community, { name: 'O2' });
    await em.transactional((tx) => updateRegistryRow(tx, communityKind, o2.id, { serviceMode: 'BASIC_SERVICE' }, null, KPI_TODAY));
    await orm.em.fork().transactional((tx) => updateRegistryRow(tx, communityKind, o2.id, { serviceMode: 'SELF_MANAGED' }, null, KPI_TODAY));
    await orm.em.fork().transactional((tx) => updateRegistryRow(tx, communityKind, o2.id, { households: 120 }, null, KPI_TODAY));
    const history = await orm.em.fork().find(CommunityHistory, { community: o2.id }, { orderBy: { id: 'asc' } });
    expect(history.map((h) => [h.serviceMode, h.validFrom, h.validTo])).toEqual([
      ['NONE', null, KPI_TODAY],
      ['SELF_MANAGED', KPI_TODAY, null],
    ]);
  });

  it('a back-fill gives every community without a history its current state, once', async () => {
    const em = orm.em.fork();
    const figures = async () =>
      (
        await computeKpis(orm.em.fork(), {
          period: parsePeriod('2026Q4')!,
          groupBy: ['MONTH'],
          filter: {},
          today: KPI_TODAY,
          now: KPI_NOW,
          firstResponseDays: 3,
        })
      ).map((r) => [nd(r, 'NEW_RESIDENTIAL_COVERAGE'), nd(r, 'OLD_COMMUNITY_COVERAGE'), nd(r, 'COMMITTEE_FORMATION')]);
    const before = await figures();
    const withHistory = new Set((await em.find(CommunityHistory, {})).map((h) => h.community.id)).size;
    expect(await backfillCommunityHistory(em)).toBe((await em.count(Community, {})) - withHistory);
    expect(await backfillCommunityHistory(orm.em.fork())).toBe(0);
    // The figures do not move: the back-filled versions say what the community rows said.
    expect(await figures()).toEqual(before);
  });
});
