import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { aggregate } from './aggregates.js';
import { buildBulletinSnapshot } from './bulletin.js';
import { countExportRows, exportBatches, exportColumns } from './exports.js';
import { KPI_NOW, KPI_TODAY, seedKpiFixture, type KpiFixtureIds } from '../fixtures/kpi-fixture.js';

describeEachDriver('aggregates, exports and the bulletin snapshot', (driver) => {
  let orm: MikroORM;
  let ids: KpiFixtureIds;
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    ids = await seedKpiFixture(orm.em.fork());
  });
  afterAll(async () => orm && dropTestOrm(orm));

  it('groups issues by township and month, with closed / overdue / flagged', async () => {
    const rows = await aggregate(orm.em.fork(), { subject: 'ISSUES', groupBy: ['TOWNSHIP', 'MONTH'], filter: {}, scope: { kind: 'ALL' }, today: KPI_TODAY });
    const t1 = rows.filter((r) => r.keys[0] === String(ids.t1)).map((r) => [r.keys[1], r.count, r.measures.closed, r.measures.overdue]);
    expect(t1).toEqual([
      ['2026-09', 1, 0, 1],
      ['2026-10', 2, 1, 1],
    ]);
    expect(rows.find((r) => r.keys[0] === String(ids.t2))?.labels[0]).toBe('东城街道');
  });

  it('aggregates respect the caller’s scope and filters', async () => {
    const mine = await aggregate(orm.em.fork(), {
      subject: 'COMPLAINTS',
      groupBy: ['ENTERPRISE'],
      filter: {},
      scope: { kind: 'ENTERPRISE', enterpriseId: ids.e2 },
    });
    expect(mine.map((r) => [r.keys[0], r.count, r.measures.dissatisfied])).toEqual([[String(ids.e2), 3, 1]]);
    const firms = await aggregate(orm.em.fork(), { subject: 'ENTERPRISES', groupBy: ['GRADE'], filter: { state: 'BLACK' }, scope: { kind: 'ALL' } });
    expect(firms.map((r) => [r.keys[0], r.count])).toEqual([['C', 1]]);
    const oct = await aggregate(orm.em.fork(), {
      subject: 'ISSUES',
      groupBy: [],
      filter: { from: '2026-10-01', to: '2026-10-31' },
      scope: { kind: 'TOWNSHIP', townshipId: ids.t2 },
    });
    expect(oct.map((r) => r.count)).toEqual([2]);
  });

  it('exports and group labels show codes by name in the reader’s language', async () => {
    const cols = exportColumns('issues').map((c) => c.key);
    const [zh, en]: (string | number | null)[][][] = [[], []];
    for await (const b of exportBatches(orm.em.fork(), 'issues', {}, { kind: 'ALL' })) zh!.push(...b);
    for await (const b of exportBatches(orm.em.fork(), 'issues', {}, { kind: 'ALL' }, 100, 'en')) en!.push(...b);
    expect([zh![0]![cols.indexOf('category')], zh![0]![cols.indexOf('state')], zh![0]![cols.indexOf('flagged')]]).not.toContain('SANITATION');
    for (const row of [...zh!, ...en!]) for (const v of row) expect(String(v)).not.toMatch(/^[A-Z][A-Z_]{3,}$/);
    expect(en![0]![cols.indexOf('flagged')]).toBe('no');
    const byCategory = await aggregate(orm.em.fork(), { subject: 'ISSUES', groupBy: ['CATEGORY', 'STATE'], filter: {}, scope: { kind: 'ALL' } });
    expect(byCategory.length).toBeGreaterThan(0);
    for (const r of byCategory) {
      expect(r.keys[0]).toMatch(/^[A-Z_]+$/);
      expect(r.labels[0]).not.toBe(r.keys[0]);
      expect(r.labels[1]).not.toBe(r.keys[1]);
    }
    const firms = await aggregate(orm.em.fork(), { subject: 'ENTERPRISES', groupBy: ['STATE'], filter: {}, scope: { kind: 'ALL' }, locale: 'en' });
    expect(firms.map((r) => r.labels[0]).sort()).toEqual(['black list', 'none', 'red list']);
  });

  it('exports stream in id order, in batches, within the scope', async () => {
    const batches: unknown[][][] = [];
    for await (const b of exportBatches(orm.em.fork(), 'issues', {}, { kind: 'ALL' }, 4)) batches.push(b);
    expect(batches.map((b) => b.length)).toEqual([4, 2]);
    expect(batches.flat().map((r) => r[1])).toEqual(['I1', 'I2', 'I3', 'I4', 'I5', 'I6']);
    const first = batches[0]![0]!;
    const cols = exportColumns('issues').map((c) => c.key);
    expect(first[cols.indexOf('createdAt')]).toBe('2026-10-01 00:00:00');
    expect(first[cols.indexOf('deadline')]).toBe('2026-10-10');
    expect(first[cols.indexOf('flagged')]).toBe('否');
    const town: unknown[][] = [];
    for await (const b of exportBatches(orm.em.fork(), 'issues', {}, { kind: 'TOWNSHIP', townshipId: ids.t2 })) town.push(...b);
    expect(town.map((r) => r[1])).toEqual(['I3', 'I4', 'I6']);
    expect(await countExportRows(orm.em.fork(), 'issues', {}, { kind: 'TOWNSHIP', townshipId: ids.t2 })).toBe(3);
    expect(await countExportRows(orm.em.fork(), 'enterprises', {}, { kind: 'ENTERPRISE', enterpriseId: ids.e1 })).toBe(1);
    expect(await countExportRows(orm.em.fork(), 'issues', {}, { kind: 'NONE' })).toBe(0);
  });

  it('builds the October bulletin: KPI table by township with the previous month, overdue issues, ranking', async () => {
    const s = await buildBulletinSnapshot(orm.em.fork(), '2026-10', KPI_TODAY, KPI_NOW);
    expect(s.asOf).toBe('2026-10-31');
    const closeOff = s.county.find((k) => k.code === 'CLOSE_OFF_RATE')!;
    expect(closeOff).toMatchObject({ value: 0.25, numerator: 1, denominator: 4, previous: 0, target: 0.95 });
    // Six residential communities, none with a committee.
    expect(s.county.find((k) => k.code === 'COMMITTEE_FORMATION')).toMatchObject({ value: 0, numerator: 0, denominator: 6 });
    expect(s.byTownship.map((t) => t.townshipName).sort()).toEqual(['东城街道', '城关镇'].sort());
    expect(s.overdueIssues.map((i) => [i.title, i.daysOverdue])).toEqual([
      ['I5', 41],
      ['I4', 11],
    ]);
    // Every figure is as of Oct 31, computed from the credit records and list entries: none here, so every active
    // firm has the base 80 (AA) and no list status, whatever grades and lists are stored today (AAA/RED, C/BLACK).
    expect(s.distribution).toEqual({ AAA: 0, AA: 3, A: 0, B: 0, C: 0, RED: 0, BLACK: 0 });
    expect(s.totalFirms).toBe(3);
    expect(s.top10.map((f) => [f.name, f.score])).toEqual([
      ['K物业1', 80],
      ['K物业2', 80],
      ['K物业3', 80],
    ]);
    expect(s.bottom10.map((f) => f.rank)).toEqual([3, 2, 1]);
  });
});
