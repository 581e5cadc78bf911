import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ISSUE_CATEGORIES, shanghaiMidnight } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clock } from '../clock.js';
import { Community, Enterprise, Issue, Township } from '../entities/index.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { aggregate } from './aggregates.js';
import { dialectOf, endOfDay } from './sql.js';

/**
 * The home's issues by category over the year to date (issue 17, docs/benchmarks.md): on SQLite with STAT4 samples
 * (better-sqlite3's SQLite writes them on ANALYZE) of a table whose issues all lie in the range, the planner walked
 * issue_category_index and read every issue from the table; the grouping key is now written so that no index can
 * deliver the group order, and the date range of the covering issue_kpi_created_index is read instead. Deterministic:
 * the plan, and the figures on both drivers.
 */
const ISSUES = 1600;
const CATEGORIES = ISSUE_CATEGORIES.slice(0, 8);
const FILTER = { from: '2026-01-01', to: '2026-11-15' };
const TODAY = '2026-11-15';

describeEachDriver('aggregates: issues by category over a date range', (driver) => {
  let orm: MikroORM;
  const statements: string[] = [];
  beforeAll(async () => {
    orm = await createTestOrm({ driver, onQuery: (sql) => statements.push(sql) });
    const em = orm.em.fork();
    const township = em.create(Township, { name: '城关镇', code: 'CG' });
    const enterprise = em.create(Enterprise, { name: '安居物业服务有限公司', uscc: '91330100MA0000001X', legalRepresentative: '王', township });
    const community = em.create(Community, {
      name: '幸福小区',
      township,
      enterprise,
      type: 'OLD',
      serviceMode: 'ENTERPRISE',
      households: 100,
      floorArea: 1000,
    });
    // Every issue registered inside the range, the categories in turn.
    clock.startAt(new Date('2026-06-01T02:00:00Z'));
    try {
      for (let i = 0; i < ISSUES; i++)
        em.create(Issue, {
          source: 'TOWNSHIP_REPORT',
          category: CATEGORIES[i % CATEGORIES.length]!,
          title: '问题',
          community,
          township,
          enterprise,
          state: Math.floor(i / CATEGORIES.length) % 2 ? 'CLOSED' : 'RECTIFYING',
          deadline: '2026-07-01',
        });
      await em.flush();
    } finally {
      clock.startAt(null);
    }
    await (em as SqlEntityManager).getConnection().execute('analyze');
  });
  afterAll(async () => orm && dropTestOrm(orm));

  it('counts each category once (the grouping key written for the planner changes no figure)', async () => {
    statements.length = 0;
    const rows = await aggregate(orm.em.fork(), { subject: 'ISSUES', groupBy: ['CATEGORY'], filter: FILTER, scope: { kind: 'ALL' }, today: TODAY });
    expect(rows.map((r) => [r.keys[0], r.count, r.measures.closed, r.measures.overdue])).toEqual(
      [...CATEGORIES].sort().map((c) => [c, ISSUES / CATEGORIES.length, ISSUES / CATEGORIES.length / 2, ISSUES / CATEGORIES.length / 2]),
    );
  });

  if (driver === 'sqlite')
    it('SQLite with STAT4 samples: reads the date range of the covering index, never issue_category_index', async () => {
      statements.length = 0;
      // Another day: not the answer kept under the live token by the test above.
      await aggregate(orm.em.fork(), { subject: 'ISSUES', groupBy: ['CATEGORY'], filter: FILTER, scope: { kind: 'ALL' }, today: '2026-11-14' });
      const logged = statements.find((s) => /group by/i.test(s) && /from issue a/i.test(s));
      expect(logged).toBeDefined();
      const sql = logged!.replace(/^.*?\[query\]\s*/s, '').replace(/\s*\[took .*$/s, '');
      const d = dialectOf(orm.em.fork());
      // STAT4 plans with the values: the statement's own (today, then the range's instants).
      const params = ['2026-11-14', d.instant(shanghaiMidnight(FILTER.from)), d.instant(endOfDay(FILTER.to))];
      const conn = (orm.em.fork() as SqlEntityManager).getConnection();
      const plan = async (text: string) =>
        ((await conn.execute(`explain query plan ${text}`, params)) as { detail: string }[]).map((p) => p.detail).join(' | ');
      const steered = await plan(sql);
      expect(steered).toMatch(/COVERING INDEX issue_kpi_created_index \(created_at>\? AND created_at<\?\)/);
      expect(steered).not.toMatch(/issue_category_index/);
      // The same statement with the key left indexable walks issue_category_index: what the steering is for.
      expect(await plan(sql.replace(/\+a\.category/g, 'a.category'))).toMatch(/issue_category_index/);
    });
});
