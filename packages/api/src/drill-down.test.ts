/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results are checked by shape in the assertions below */
import type { MikroORM } from '@mikro-orm/core';
import { graphql } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { User, closedLoopPolicy, principalOf, type Em } from '@wuye/db';
import { KPI_NOW, KPI_TODAY, createTestOrm, describeEachDriver, dropTestOrm, seedKpiFixture, type KpiFixtureIds } from '@wuye/db/testing';
import { kpiDrillDown, parsePeriod, type KpiCode } from '@wuye/domain';
import type { Context } from './context.js';
import { testSchema } from './testing.js';

/**
 * A KPI card's drill-down (@wuye/domain kpiDrillDown) opens a list whose total is the figure the card counts: the
 * overdue issues themselves, a ratio's denominator. Checked on the KPI fixture county for a past month (counted as of
 * its last day) and the running one (as of today).
 */
describeEachDriver('KPI drill-down: the list behind a card counts what the card counts', (driver) => {
  let orm: MikroORM;
  let ids: KpiFixtureIds;
  let regulator: number;
  const policyNow = closedLoopPolicy.now;
  beforeAll(async () => {
    closedLoopPolicy.now = () => KPI_NOW;
    orm = await createTestOrm({ driver });
    const em = orm.em.fork() as Em;
    ids = await seedKpiFixture(em);
    const user = em.create(User, { username: 'regulator', displayName: 'regulator', role: 'REGULATOR', passwordHash: 'unused' });
    await em.flush();
    regulator = user.id;
  });
  afterAll(async () => {
    closedLoopPolicy.now = policyNow;
    if (orm) await dropTestOrm(orm);
  });

  const gql = async (source: string, variables: Record<string, unknown> = {}) => {
    const em = orm.em.fork() as Em;
    const user = await em.findOneOrFail(User, { id: regulator });
    const ctx: Context = { em, principal: principalOf(user), user, sessionId: null, locale: 'zh-CN', ip: null, userAgent: null, today: KPI_TODAY };
    const r = await graphql({ schema: testSchema(), source, variableValues: variables, contextValue: ctx });
    expect(r.errors).toBeUndefined();
    return r.data as any;
  };

  const card = async (code: KpiCode, period: string, townshipId?: number) => {
    const data = await gql(`query($p: String!, $f: KpiFilter) { kpis(period: $p, filter: $f) { rows { kpi(code: ${code}) { numerator denominator } } } }`, {
      p: period,
      f: townshipId ? { townshipId: String(townshipId) } : null,
    });
    return data.kpis.rows[0].kpi as { numerator: number; denominator: number };
  };

  const listTotal = async (code: KpiCode, period: string, townshipId?: number) => {
    const drill = kpiDrillDown(code, { period: parsePeriod(period)!, today: KPI_TODAY, townshipId: townshipId ? String(townshipId) : null })!;
    const type = drill.list === 'issues' ? 'IssueFilter' : 'ComplaintFilter';
    const data = await gql(`query($f: ${type}) { ${drill.list}(perPage: 1, filter: $f) { total } }`, { f: drill.filter });
    return data[drill.list].total as number;
  };

  it('overdue issues: the card’s count, for a past month and for the running one', async () => {
    const october = await card('OVERDUE_ISSUES', '2026-10');
    expect(october.numerator).toBe(2);
    expect(await listTotal('OVERDUE_ISSUES', '2026-10')).toBe(october.numerator);
    const november = await card('OVERDUE_ISSUES', '2026-11');
    expect(await listTotal('OVERDUE_ISSUES', '2026-11')).toBe(november.numerator);
    expect(await listTotal('OVERDUE_ISSUES', '2026-10', ids.t2)).toBe((await card('OVERDUE_ISSUES', '2026-10', ids.t2)).numerator);
  });

  it('ratios: the list holds the denominator (issues registered, issues closed, complaints visited)', async () => {
    for (const [code, period] of [
      ['CLOSE_OFF_RATE', '2026-10'],
      ['ON_TIME_RATE', '2026-10'],
      ['ON_TIME_RATE', '2026-11'],
      ['SATISFACTION', '2026-10'],
    ] as const) {
      const kpi = await card(code, period);
      expect(kpi.denominator, `${code} ${period}`).toBeGreaterThan(0);
      expect(await listTotal(code, period), `${code} ${period}`).toBe(kpi.denominator);
    }
  });
});
