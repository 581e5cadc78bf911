import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { aggregate, type AggregateDimension, type AggregateSubject } from './aggregates.js';
import { Complaint, Issue } from '../entities/index.js';
import { KPI_TODAY, seedKpiFixture } from '../fixtures/kpi-fixture.js';

/**
 * Aggregates over a range of dates, kept month by month under each month's live token (issue 17): the months add up
 * to the range's own figures, and a write recomputes only the month it dates.
 */
describeEachDriver('aggregates kept month by month', (driver) => {
  let orm: MikroORM;
  const log: string[] = [];
  beforeAll(async () => {
    orm = await createTestOrm({ driver, onQuery: (sql) => log.push(sql) });
    await seedKpiFixture(orm.em.fork());
  });
  afterAll(async () => orm && dropTestOrm(orm));

  const RANGE = { from: '2026-09-01', to: KPI_TODAY };
  const ask = (subject: AggregateSubject, groupBy: AggregateDimension[], em = orm.em.fork()) =>
    aggregate(em, { subject, groupBy, filter: RANGE, scope: { kind: 'ALL' }, today: KPI_TODAY });
  // Inside a transaction nothing is kept or split: one statement over the whole range, the reference.
  const whole = (subject: AggregateSubject, groupBy: AggregateDimension[]) => orm.em.fork().transactional((em) => ask(subject, groupBy, em));
  const SHAPES: [AggregateSubject, AggregateDimension[]][] = [
    ['ISSUES', []],
    ['ISSUES', ['CATEGORY']],
    ['ISSUES', ['TOWNSHIP', 'MONTH']],
    ['ISSUES', ['DEPARTMENT', 'STATE']],
    ['ISSUES', ['ENTERPRISE']],
    ['COMPLAINTS', ['CHANNEL']],
    ['COMPLAINTS', ['TOWNSHIP', 'STATE']],
  ];
  const expectSameAsWhole = async () => {
    for (const [subject, groupBy] of SHAPES) {
      const reference = await whole(subject, groupBy);
      expect(reference.length, `${subject} by ${groupBy.join('+')}`).toBeGreaterThan(0);
      expect(await ask(subject, groupBy), `${subject} by ${groupBy.join('+')}`).toEqual(reference);
      expect(await ask(subject, groupBy), `${subject} by ${groupBy.join('+')} (kept)`).toEqual(reference);
    }
  };
  const statements = async (work: () => Promise<unknown>) => {
    log.length = 0;
    await work();
    return log.filter((l) => l.includes('[query]'));
  };
  const grouped = (sqls: string[]) => sqls.filter((s) => /from (issue|complaint) a/.test(s));

  it('adds the months up to the range’s own figures, for every shape', async () => {
    await expectSameAsWhole();
  });

  it('recomputes only the month a write dates: an October issue re-counts October, a November complaint November', async () => {
    await ask('ISSUES', ['CATEGORY']);
    // Kept: the live tokens and the months' tokens, nothing counted.
    expect(grouped(await statements(() => ask('ISSUES', ['CATEGORY'])))).toEqual([]);
    await orm.em.fork().transactional(async (em) => {
      const i4 = await em.findOneOrFail(Issue, { title: 'I4' });
      i4.category = 'ELEVATOR';
      await em.flush();
    });
    const after = grouped(await statements(() => ask('ISSUES', ['CATEGORY'])));
    expect(after).toHaveLength(1);
    await expectSameAsWhole();
    const [facilities] = (await ask('ISSUES', ['CATEGORY'])).filter((r) => r.keys[0] === 'ELEVATOR');
    expect(facilities?.count).toBe(1);
    // A complaint received in November: the issues stay kept, the complaints re-count one month.
    await ask('COMPLAINTS', ['CHANNEL']);
    await orm.em.fork().transactional(async (em) => {
      const c = await em.findOneOrFail(Complaint, { receivedAt: { $gte: new Date('2026-11-01T00:00:00+08:00') } });
      c.channel = 'WEB';
      await em.flush();
    });
    expect(grouped(await statements(() => ask('ISSUES', ['CATEGORY'])))).toEqual([]);
    expect(grouped(await statements(() => ask('COMPLAINTS', ['CHANNEL'])))).toHaveLength(1);
    await expectSameAsWhole();
  });

  it('moves a row between months when its date changes: both months are re-counted', async () => {
    await ask('ISSUES', ['TOWNSHIP', 'MONTH']);
    await orm.em.fork().transactional(async (em) => {
      const i5 = await em.findOneOrFail(Issue, { title: 'I5' });
      i5.createdAt = new Date('2026-11-03T09:00:00+08:00');
      await em.flush();
    });
    expect(grouped(await statements(() => ask('ISSUES', ['TOWNSHIP', 'MONTH'])))).toHaveLength(2);
    await expectSameAsWhole();
  });
});
