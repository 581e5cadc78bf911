import type { MikroORM } from '@mikro-orm/core';
import { CREDIT_GRADES, SCORING_STANDARD_V1, standingOn } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  CreditRecord,
  CreditRecordEvent,
  Enterprise,
  ListEntry,
  Notification,
  Objection,
  ProjectManager,
  Rating,
  RepairApplication,
} from '../entities/index.js';
import { enterpriseRecords, rankEnterprises, standingsOn } from '../credit/index.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { DEMO_REFERENCE_DATE } from './demo-county.js';

describeEachDriver('demo credit data', (driver) => {
  let orm: MikroORM;
  let seconds = 0;
  beforeAll(async () => {
    const t0 = Date.now();
    orm = await createTestOrm({ driver, seed: true });
    seconds = (Date.now() - t0) / 1000;
  });
  afterAll(async () => dropTestOrm(orm));

  it('gives a believable spread of grades, a red list and a black list', async () => {
    const firms = await orm.em.fork().find(Enterprise, { status: 'ACTIVE' });
    const by = Object.fromEntries(CREDIT_GRADES.map((g) => [g, firms.filter((f) => f.grade === g).length]));
    console.log(
      `[${driver}] seeded in ${seconds.toFixed(1)} s; grades ${JSON.stringify(by)}; red ${firms.filter((f) => f.listStatus === 'RED').length}, black ${firms.filter((f) => f.listStatus === 'BLACK').length}`,
    );
    expect(by.AAA).toBeGreaterThanOrEqual(2);
    expect(by.AA! + by.A!).toBeGreaterThan(firms.length / 2);
    expect(by.B).toBeGreaterThanOrEqual(2);
    expect(by.C).toBeGreaterThanOrEqual(1);
    expect(firms.filter((f) => f.listStatus === 'RED').length).toBeGreaterThanOrEqual(2);
    expect(firms.filter((f) => f.listStatus === 'BLACK').length).toBeGreaterThanOrEqual(3);
  });

  it('stores standings that are exactly what the records give as of the reference date', async () => {
    const em = orm.em.fork();
    const sql = new Map((await standingsOn(em, DEMO_REFERENCE_DATE, SCORING_STANDARD_V1)).map((s) => [s.enterpriseId, s]));
    for (const f of await em.find(Enterprise, {})) {
      const d = standingOn(await enterpriseRecords(em, f.id), DEMO_REFERENCE_DATE, SCORING_STANDARD_V1);
      expect([f.score, f.grade, f.creditPositive, f.creditNegative], f.name).toEqual([d.score, d.grade, d.positive, d.negative]);
      expect(sql.get(f.id)).toMatchObject({ score: d.score, grade: d.grade });
    }
    expect(await em.count(ProjectManager, { grade: { $ne: null } })).toBe(await em.count(ProjectManager, {}));
  });

  it('has two published ratings, the second black-listing firms graded C twice', async () => {
    const ratings = await orm.em.fork().find(Rating, {}, { orderBy: { quarter: 'asc' } });
    expect(ratings.map((r) => [r.quarter, r.status, r.publishedOn])).toEqual([
      ['2026Q2', 'PUBLISHED', '2026-07-10'],
      ['2026Q3', 'PUBLISHED', '2026-10-12'],
    ]);
    expect(await orm.em.fork().count(ListEntry, { reason: 'GRADE_C_TWICE' })).toBeGreaterThanOrEqual(1);
    expect(await orm.em.fork().count(CreditRecord, { itemCode: 'G5', sourceType: 'RATING' })).toBe(20);
  });

  it('uses the items of this issue only, links B11 to appointments, and fills the inboxes', async () => {
    const em = orm.em.fork();
    // B1–B5, B10, B14 come only from the closed loop's items (demo-closed-loop.test.ts checks their sources).
    const codes = new Set(
      (await em.find(CreditRecord, { sourceType: { $nin: ['ISSUE', 'COMPLAINT', 'INSPECTION'] } }, { fields: ['itemCode'] })).map((r) => r.itemCode),
    );
    for (const code of ['B1', 'B2', 'B3', 'B4', 'B5', 'B10', 'B14']) expect(codes.has(code), code).toBe(false);
    expect(await em.count(CreditRecord, { itemCode: 'B11', sourceType: 'APPOINTMENT', sourceId: { $ne: null }, manager: { $ne: null } })).toBeGreaterThan(0);
    expect(await em.count(Objection, { status: 'PENDING' })).toBe(1);
    expect(await em.count(RepairApplication, { status: 'PENDING' })).toBe(1);
    expect(await em.count(CreditRecord, { status: 'PUBLICIZING', enterprise: 1 })).toBeGreaterThanOrEqual(1);
    for (const s of ['CONFIRMED', 'EXPIRED', 'REVOKED', 'REPAIRED', 'OBJECTED'])
      expect(await em.count(CreditRecord, { status: s as never }), s).toBeGreaterThan(0);
  });

  it('dates each notification by the event it reports, once per event, over the year before the reference date', async () => {
    const em = orm.em.fork();
    const notices = await em.find(Notification, { record: { $ne: null } }, { orderBy: { id: 'asc' } });
    expect(notices.length).toBeGreaterThan(10);
    const seen = new Set<string>();
    for (const n of notices) {
      const key = `${n.user.id}:${n.record!.id}:${n.kind}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      const status = n.kind === 'RECORD_PROPOSED' ? 'PROPOSED' : n.kind;
      const events = await em.find(CreditRecordEvent, { record: n.record!.id, toStatus: status as never });
      expect(
        events.map((e) => e.at.toISOString()),
        key,
      ).toContain(n.createdAt.toISOString());
    }
    const days = new Set(notices.map((n) => n.createdAt.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThan(5);
    expect([...days].every((d) => d <= DEMO_REFERENCE_DATE)).toBe(true);
    // A proposal the bureau publicized at once is one notice (公示中), not two.
    const at = (n: Notification) => `${n.user.id}:${n.record!.id}:${n.createdAt.toISOString()}`;
    const publicizing = new Set(notices.filter((n) => n.kind === 'PUBLICIZING').map(at));
    expect(notices.filter((n) => n.kind === 'RECORD_PROPOSED' && publicizing.has(at(n))).map(at)).toEqual([]);
  });

  it('the ranking as of the reference date equals the stored ranking', async () => {
    const stored = await rankEnterprises(orm.em.fork(), { asOf: null, today: DEMO_REFERENCE_DATE, page: 1, perPage: 200 });
    const computed = await rankEnterprises(orm.em.fork(), { asOf: DEMO_REFERENCE_DATE, today: '2099-01-01', page: 1, perPage: 200 });
    expect(computed.items.map((r) => [r.enterpriseId, r.score, r.grade, r.listStatus])).toEqual(
      stored.items.map((r) => [r.enterpriseId, r.score, r.grade, r.listStatus]),
    );
  });
});
